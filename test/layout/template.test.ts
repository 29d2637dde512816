import {
  cellName,
  identificationName,
  levelLabel,
  LEVELS,
  META_KEYS,
  metaName,
  noteName,
  campaignRowColumns,
  campaignFromJson,
} from "../../src/domain/definition";
import { buildTemplate, type WorkbookPlan } from "../../src/domain/layout";
import { campaigns, catalog } from "./campaigns";
import { cellAt, named, sheet, sheetText } from "./plan-helpers";

const tablesOf = (campaignTables: readonly string[]) => campaignTables.map((id) => catalog.tables.find((t) => t.id === id)!);

describe.each(campaigns.map((c) => [c.id, c] as const))("the template of %s", (_id, campaign) => {
  const { plan, cells, noteCells } = buildTemplate({ catalog, campaign });
  const tables = tablesOf(campaign.tables);

  it("has the identification, the instructions, one sheet per table, then the hidden _meta sheet", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Thông tin chung", "Hướng dẫn", ...tables.map((t) => t.sheetName), "_meta"]);
    expect(plan.sheets.map((s) => s.role)).toEqual(["identification", "instructions", ...tables.map(() => "table"), "meta"]);
    expect(sheet(plan, "_meta").visibility).toBe("hidden");
    for (const s of plan.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it("protects every sheet but _meta", () => {
    for (const s of plan.sheets) expect([s.name, s.protect]).toEqual([s.name, s.name !== "_meta"]);
  });

  it("gives every input row and column exactly one named, unlocked, validated input cell", () => {
    for (const table of tables) {
      for (const row of table.rows) {
        for (const column of campaignRowColumns(campaign, row, table).filter((c) => c.input)) {
          const name = cellName(row.code, column.id);
          const entries = plan.names.filter((n) => n.name === name);
          expect(entries).toHaveLength(1);
          expect(entries[0]!.sheet).toBe(table.sheetName);
          const cell = named(plan, name);
          expect(cell.locked).toBe(false);
          expect(cell.formula).toBeUndefined();
          expect(cell.validation).toMatchObject({ type: row.valueType === "integer" ? "whole" : "decimal", min: 0 });
          expect(cell.validation?.prompt.text).toContain("để trống nếu không có số liệu");
        }
      }
    }
  });

  it("leaves nothing unlocked but input cells and Ghi chú cells", () => {
    const editable = new Set([...cells.filter((c) => c.input), ...noteCells].map((c) => `${c.sheet}!${c.address}`));
    for (const s of plan.sheets.filter((x) => x.role === "table")) {
      for (const c of s.cells.filter((x) => x.locked === false)) expect(editable).toContain(`${s.name}!${c.ref}`);
    }
  });

  it("makes every computed cell a locked, named formula", () => {
    const computed = cells.filter((c) => !c.input);
    expect(computed.length).toBeGreaterThan(0);
    for (const spec of computed) {
      const cell = named(plan, spec.name);
      expect(cell.formula).toBeTruthy();
      expect(cell.locked).not.toBe(false);
      expect(cell.value).toBeUndefined();
    }
  });

  it("gives every row an unlocked Ghi chú cell named after its code", () => {
    for (const { row } of tables
      .flatMap((t) => t.rows.map((r) => ({ table: t, row: r })))
      .filter((x) => campaignRowColumns(campaign, x.row, x.table).length > 0)) {
      const cell = named(plan, noteName(row.code));
      expect(cell.locked).toBe(false);
      expect(cell.style).toBe("note");
    }
  });

  it("shades and locks the columns a row does not have", () => {
    for (const s of plan.sheets.filter((x) => x.role === "table")) {
      for (const c of s.cells.filter((x) => x.style === "notApplicable")) {
        expect(c.locked).not.toBe(false);
        expect(c.value ?? c.formula).toBeUndefined();
      }
    }
  });

  it("names cells uniquely, with the UR_ prefix, each pointing at a drawn cell", () => {
    const names = plan.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of plan.names) {
      expect(n.name).toMatch(/^UR_[A-Z0-9_]+$/);
      expect(cellAt(plan, n.sheet, n.ref.split(":")[0]!)).toBeDefined(); // a range (the carried definition): its first cell
    }
  });

  it("draws each cell once per sheet", () => {
    for (const s of plan.sheets) {
      const refs = s.cells.map((c) => c.ref);
      expect(new Set(refs).size).toBe(refs.length);
    }
  });

  it("carries template id, version, campaign and kind in _meta", () => {
    for (const key of META_KEYS) expect(plan.names.find((n) => n.name === metaName(key))?.sheet).toBe("_meta");
    expect(named(plan, metaName("TEMPLATE_ID")).value).toBe(catalog.templateId);
    expect(named(plan, metaName("TEMPLATE_VERSION")).value).toBe(catalog.version);
    expect(named(plan, metaName("CAMPAIGN_ID")).value).toBe(campaign.id);
    expect(named(plan, metaName("KIND")).value).toBe("submission");
    const rebuilt = campaignFromJson(String(named(plan, metaName("CAMPAIGN_DEF")).value));
    expect(rebuilt.ok && rebuilt.value).toEqual(campaign);
  });

  it("asks for every identification field, with campaign and period prefilled and locked", () => {
    for (const field of catalog.identification)
      expect(plan.names.find((n) => n.name === identificationName(field.key))?.sheet).toBe("Thông tin chung");
    expect(named(plan, identificationName("CAMPAIGN"))).toMatchObject({ value: campaign.title.vi }); // the title, never the id
    expect(named(plan, identificationName("PERIOD"))).toMatchObject({ value: campaign.periodLabel.vi });
    expect(named(plan, identificationName("CAMPAIGN")).locked).not.toBe(false);
    expect(named(plan, identificationName("PERIOD")).locked).not.toBe(false);
    expect(named(plan, identificationName("UNIT_NAME")).locked).toBe(false);
  });

  it("offers the levels as a list, from cells that hold them", () => {
    const level = named(plan, identificationName("LEVEL"));
    const labels = LEVELS.map((l) => levelLabel(l, campaign.levelNames).vi);
    expect(level.validation).toMatchObject({ type: "list", items: labels });
    const range = level.validation?.type === "list" ? level.validation.range : undefined;
    expect(range).toBe("'_meta'!$D$2:$D$5");
    expect([2, 3, 4, 5].map((r) => cellAt(plan, "_meta", `D${r}`)?.value)).toEqual(labels);
  });

  it("validates the date prepared as a date", () => {
    expect(named(plan, identificationName("DATE")).validation?.type).toBe("date");
  });

  it("tells the deadline of every level that has one", () => {
    const text = sheetText(sheet(plan, "Hướng dẫn"));
    const dates = Object.values(campaign.deadlines);
    expect(dates.length).toBeGreaterThan(0);
    for (const iso of dates) expect(text).toContain(`${iso!.slice(8, 10)}/${iso!.slice(5, 7)}/${iso!.slice(0, 4)}`);
    expect(text).toContain("KHÔNG phải là số 0");
    expect(text).toContain("Ghi chú");
    expect(text).toMatch(/không đặt mật khẩu/);
  });

  it("prints on A4, fitted to width, with the header rows repeated and the panes frozen under them", () => {
    for (const s of plan.sheets.filter((x) => x.role === "table")) {
      expect(s.print).toMatchObject({
        paper: "A4",
        fitToWidth: true,
        orientation: campaign.kind === "periodic" ? "portrait" : "landscape",
        repeatRows: { first: 8, last: 9 },
      });
      expect(s.freeze).toEqual({ rows: 9, columns: 2 });
    }
  });

  it("ends each table with the signature block", () => {
    for (const s of plan.sheets.filter((x) => x.role === "table")) {
      const text = sheetText(s);
      for (const words of [
        "Người lập biểu",
        "TM. BAN CHẤP HÀNH",
        "CHỦ TỊCH",
        "(Ký, ghi rõ họ tên)",
        "(Ký tên, đóng dấu)",
        "ngày ..... tháng ..... năm",
      ])
        expect(text).toContain(words);
    }
  });

  it("is the same plan every time", () => {
    const unit = { unitName: "CĐCS Công ty May 10", unitCode: "HN-0010", level: "cdcs" as const };
    expect(JSON.stringify(buildTemplate({ catalog, campaign, unit }))).toBe(JSON.stringify(buildTemplate({ catalog, campaign, unit })));
  });
});

describe("the column layout", () => {
  const header = (plan: WorkbookPlan, name: string) =>
    ["A", "B", "C", "D", "E", "F", "G", "H"].map((col) => cellAt(plan, name, `${col}8`)?.value);

  it("is TT · Nội dung · Đơn vị tính · Số lượng · Ghi chú for periodic statistics", () => {
    const { plan, cells } = buildTemplate({ catalog, campaign: campaigns[0]! });
    expect(header(plan, "Biểu 01")).toEqual(["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú", undefined, undefined, undefined]);
    expect(cells.find((c) => c.name === "UR_LD_TONG_SL")).toMatchObject({
      sheet: "Biểu 00",
      address: "D10",
      input: true,
      valueType: "integer",
    });
    expect(cellAt(plan, "Biểu 01", "A9")?.value).toBe("(1)");
  });

  it("has baseline, end, change and cumulative columns for a review", () => {
    const { plan, cells } = buildTemplate({ catalog, campaign: campaigns[2]! });
    expect(header(plan, "Biểu 01")).toEqual([
      "TT",
      "Nội dung",
      "Đơn vị tính",
      "Đầu kỳ (năm 2011)",
      "Cuối kỳ (năm 2020)",
      "Tăng (+), giảm (−)",
      "Lũy kế 2011–2020",
      "Ghi chú",
    ]);
    expect(cellAt(plan, "Biểu 01", "F9")?.value).toBe("(6) = (5) − (4)");
    const at = (name: string) => cells.find((c) => c.name === name)?.address;
    expect([at("UR_DV_TONG_DAU"), at("UR_DV_TONG_CUOI"), at("UR_DV_TONG_TD"), at("UR_DV_TONG_LK")]).toEqual([
      "D10",
      "E10",
      "F10",
      undefined,
    ]);
    expect([at("UR_DV_MOI_DAU"), at("UR_DV_MOI_LK")]).toEqual([undefined, "G14"]);
    expect(cellAt(plan, "Biểu 01", "G10")?.style).toBe("notApplicable");
    expect(cellAt(plan, "Biểu 01", "D14")?.style).toBe("notApplicable");
  });

  it("puts the same code at the same address in every file of a campaign", () => {
    const campaign = campaigns[3]!;
    const blank = buildTemplate({ catalog, campaign });
    const filled = buildTemplate({
      catalog,
      campaign,
      unit: { unitName: "LĐLĐ huyện Cư Jút", unitCode: "DN-CJ", level: "huyen" },
      figures: new Map([["DV_TONG@end", 1250]]),
      kind: "consolidated",
    });
    expect(filled.cells).toEqual(blank.cells);
    expect(filled.plan.names).toEqual(blank.plan.names);
  });
});
