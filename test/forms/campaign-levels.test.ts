/**
 * The campaign_levels sheet (issue 22 item 4, definition version 5): a deadline in the year after the
 * campaign's ("10/1+1"), a deadline before the as-of day refused at its cell, and each level's official
 * form (form_number, form_use, form_title) printed at the top of its sheets — the shipped definition's
 * mẫu 1-HĐCĐ / 2-HĐCĐ included, as data, so an officer's definition prints its own.
 */
import {
  campaignFromJson,
  campaignToJson,
  catalogOfDefinition,
  concreteCampaign,
  faultMessage,
  formHeadingFor,
  loadCatalog,
  resolveCampaign,
  type Campaign,
  type Definition,
  type CampaignDef,
} from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import { problemText } from "../../src/domain/definition/problems";
import { render } from "../../src/domain/i18n/message";
import { buildTemplate, type CellPlan, type SheetPlan } from "../../src/domain/layout";
import { addRow, rowsOf, setCell, shippedCopy, type EditableSheets } from "./definition-edit";
import { columnsDefinition } from "../columns/definitions";
import { parseAddress } from "../../src/domain/a1";

const PERIODIC = "tk-3011"; // as of 30/11

function loaded(sheets: EditableSheets) {
  const load = loadDefinition(sheets);
  return { load, errors: load.problems.filter((p) => p.severity === "error").map((p) => problemText(p, "vi")) };
}

function defOf(sheets: EditableSheets, id: string): CampaignDef {
  const { load, errors } = loaded(sheets);
  if (!load.definition) throw new Error(errors.join("\n"));
  return load.definition.campaigns.find((c) => c.id === id)!;
}

/** Sets a cell (the deadline unless said) of one level's first row of a campaign; answers its 1-based row. */
function levelCell(sheets: EditableSheets, campaign: string, level: string, value: string, key = "deadline"): number {
  const rows = rowsOf(sheets, "campaign_levels");
  const header = rows[0]!.map(String);
  const index = rows.findIndex((r, i) => i > 0 && r[header.indexOf("campaign_id")] === campaign && r[header.indexOf("level")] === level);
  if (!header.includes(key)) rows[0]!.push(key);
  rows[index]![rows[0]!.map(String).indexOf(key)] = value;
  return index + 1;
}

const columnLetter = (sheets: EditableSheets, key: string): string =>
  String.fromCharCode(65 + rowsOf(sheets, "campaign_levels")[0]!.map(String).indexOf(key));

describe("deadlines in campaign_levels", () => {
  it('takes "10/1+1" as the tenth of January after the campaign\'s year: an annual report due next January', () => {
    const sheets = shippedCopy();
    levelCell(sheets, PERIODIC, "tinh", "10/1+1");
    const def = defOf(sheets, PERIODIC);
    expect(def.deadlines.find((d) => d.level === "tinh")!.date).toEqual({ month: 1, day: 10, yearOffset: 1 });
    const made = concreteCampaign(def, 2026);
    if (!made.ok) throw new Error(render("en", made.error));
    expect(made.value.deadlines).toEqual({ cdcs: "2026-12-10", huyen: "2026-12-20", tinh: "2027-01-10" });
  });

  it("refuses a deadline before the as-of day, in Vietnamese, at its cell, and says how to write next year's", () => {
    const sheets = shippedCopy();
    const row = levelCell(sheets, PERIODIC, "huyen", "10/1");
    const { load, errors } = loaded(sheets);
    expect(load.definition).toBeNull();
    expect(errors).toEqual([
      `campaign_levels!${columnLetter(sheets, "deadline")}${row}: hạn "10/1" sớm hơn ngày chốt số liệu 30/11 của kỳ: đơn vị không thể gửi báo cáo trước khi số liệu được chốt. Nếu hạn rơi vào năm sau, ghi thêm "+1" (vd. 10/1+1) hoặc ghi đủ ngày/tháng/năm`,
    ]);
  });

  it("accepts a deadline on the as-of day itself, and refuses a finish-by date before it the same way", () => {
    const sameDay = shippedCopy();
    levelCell(sameDay, PERIODIC, "cdcs", "30/11");
    expect(loaded(sameDay).errors).toEqual([]);
    const finish = shippedCopy();
    const row = levelCell(finish, PERIODIC, "cdcs", "1/6", "finish_by");
    expect(loaded(finish).errors).toEqual([
      expect.stringMatching(
        new RegExp(`^campaign_levels!${columnLetter(finish, "finish_by")}${row}: hạn "1/6" sớm hơn ngày chốt số liệu 30/11`),
      ),
    ]);
  });

  it('names what it accepts when a deadline is neither a date nor "dd/mm+1"', () => {
    for (const typed of ["10/1+2", "10/1-1", "32/1+1", "mười tháng giêng"]) {
      const sheets = shippedCopy();
      levelCell(sheets, PERIODIC, "tinh", typed);
      const { load, errors } = loaded(sheets);
      expect(load.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["forms.level.deadline"]);
      expect(errors[0]).toContain(`ngày "${typed}" không hợp lệ`);
      expect(errors[0]).toContain('thêm "+1" khi hạn rơi vào năm sau (vd. 10/1+1)');
    }
  });

  it("a review writes full dates only: a next-year day is its full date", () => {
    const sheets = shippedCopy();
    levelCell(sheets, "nk-2023-2025", "cdcs", "10/1+1");
    expect(
      loaded(sheets)
        .load.problems.filter((p) => p.severity === "error")
        .map((p) => p.code),
    ).toEqual(["forms.level.deadline"]);
    const term = concreteCampaign(defOf(shippedCopy(), "nk-2023-2025"));
    expect(term.ok && term.value.deadlines.tinh).toBe("2026-01-31");
  });

  it("a fixed date in a periodic campaign is compared with the as-of day of the year chosen", () => {
    const sheets = shippedCopy();
    levelCell(sheets, PERIODIC, "tinh", "15/1/2027");
    const def = defOf(sheets, PERIODIC);
    const early = concreteCampaign(def, 2027);
    expect(early.ok).toBe(false);
    if (!early.ok) expect(render("vi", early.error)).toBe('Kỳ báo cáo "tk-3011": hạn nộp 15/01/2027 sớm hơn ngày chốt số liệu 30/11/2027.');
    const fine = concreteCampaign(def, 2026);
    expect(fine.ok && fine.value.deadlines.tinh).toBe("2027-01-15");
    // A workbook already made with such a campaign (its definition then allowed it) is read as made, not refused.
    if (!fine.ok) throw new Error(render("en", fine.error));
    const stored = JSON.parse(campaignToJson(fine.value)) as { year: number };
    const carried = campaignFromJson(JSON.stringify({ ...stored, year: 2027 }));
    expect(carried.ok && [carried.value.id, carried.value.deadlines.tinh]).toEqual(["tk-3011-2027", "2027-01-15"]);
  });
});

const text = (cell: CellPlan | undefined): string => (typeof cell?.value === "string" ? cell.value : "");
const at = (sheet: SheetPlan, ref: string): string => text(sheet.cells.find((c) => c.ref === ref));

function catalogOf(sheets: EditableSheets): Definition {
  const { load, errors } = loaded(sheets);
  if (!load.definition) throw new Error(errors.join("\n"));
  const built = catalogOfDefinition(load.definition);
  if (!built.ok) throw new Error(render("en", faultMessage(built.error)));
  return built.value;
}

function firstTableSheet(catalog: Definition, campaign: Campaign, level: "cdcs" | "huyen" | "tinh" | "tw"): SheetPlan {
  const sheets = buildTemplate({ catalog, campaign, unit: { unitCode: "X", unitName: "Đơn vị X", level } }).plan.sheets;
  return sheets.find((s) => s.name === catalog.tables.find((tb) => tb.id === campaign.tables[0])!.sheetName)!;
}

describe("each level's official form, as definition data", () => {
  const shipped = loadCatalog();
  const tk = (catalog: Definition): Campaign => {
    const c = resolveCampaign(catalog.campaignDefs, "tk-3105-2026");
    if (!c.ok) throw new Error(render("en", c.error));
    return c.value;
  };

  it("the shipped definition names mẫu 1-HĐCĐ for a CĐCS and 2-HĐCĐ for the upper levels; the national level and a consolidated workbook print 2-HĐCĐ", () => {
    const c = tk(shipped);
    const number = (level: Campaign["level"], consolidated = false) =>
      formHeadingFor({ ...c, ...(level ? { level } : {}) }, consolidated)?.number;
    expect([number("cdcs"), number("huyen"), number("tinh"), number("tw"), number(undefined, true), number("cdcs", true)]).toEqual([
      "MẪU SỐ 1-HĐCĐ",
      "MẪU SỐ 2-HĐCĐ",
      "MẪU SỐ 2-HĐCĐ",
      "MẪU SỐ 2-HĐCĐ",
      "MẪU SỐ 2-HĐCĐ",
      "MẪU SỐ 2-HĐCĐ",
    ]);
    expect(shipped.form.version).toBe(5);
  });

  it("an officer's definition prints its own form number, use line and title; an upper level without one prints none (never the CĐCS's)", () => {
    const sheets = shippedCopy();
    // The shipped definition's data, changed by hand: the template follows the data, not the form's id.
    for (const row of rowsOf(sheets, "campaign_levels").slice(1)) {
      const header = rowsOf(sheets, "campaign_levels")[0]!.map(String);
      for (const key of ["form_number", "form_use_vi", "form_use_en", "form_title_vi", "form_title_en"]) row[header.indexOf(key)] = null;
    }
    setCell(sheets, "settings", "version", 5, "form_id", "ldld-dien-bien-2026");
    const row = levelCell(sheets, "tk-3105", "cdcs", "MẪU SỐ 01/LĐLĐ", "form_number");
    rowsOf(sheets, "campaign_levels")[row - 1]![rowsOf(sheets, "campaign_levels")[0]!.map(String).indexOf("form_use_vi")] =
      "(Dùng cho CĐCS thuộc LĐLĐ tỉnh Điện Biên)";
    const catalog = catalogOf(sheets);
    const cdcs = firstTableSheet(catalog, tk(catalog), "cdcs");
    expect([at(cdcs, "D1"), at(cdcs, "D2"), at(cdcs, "D3")]).toEqual([
      "MẪU SỐ 01/LĐLĐ",
      "(Dùng cho CĐCS thuộc LĐLĐ tỉnh Điện Biên)",
      "Biểu 00 · ldld-dien-bien-2026, phiên bản 5",
    ]);
    // Without a form title, the table's own title heads the sheet, and no "A- SỐ LIỆU" line.
    expect(at(cdcs, "A4")).toBe(catalog.tables[0]!.title.vi.toLocaleUpperCase("vi"));
    expect(cdcs.cells.some((c) => text(c).startsWith("A- SỐ LIỆU"))).toBe(false);
    const huyen = firstTableSheet(catalog, tk(catalog), "huyen");
    expect(huyen.cells.some((c) => text(c).includes("MẪU SỐ"))).toBe(false);
  });

  it("the shipped CĐCS form is printed from the data: its number, use, title and the table's title under the period", () => {
    const sheets = shippedCopy();
    setCell(sheets, "campaign_levels", "campaign_id", "tk-3105", "form_title_vi", "BÁO CÁO CỦA CĐCS");
    const catalog = catalogOf(sheets);
    const cdcs = firstTableSheet(catalog, tk(catalog), "cdcs");
    expect([at(cdcs, "D1"), at(cdcs, "A4")]).toEqual(["MẪU SỐ 1-HĐCĐ", "BÁO CÁO CỦA CĐCS"]);
    expect(at(cdcs, "A7")).toBe("A- SỐ LIỆU. I. TÌNH HÌNH LAO ĐỘNG");
  });

  it("a form title over a table whose header has a group row: row 7 holds the group, no merged range overlaps another", () => {
    const sheets = JSON.parse(JSON.stringify(columnsDefinition())) as EditableSheets;
    setCell(sheets, "campaign_levels", "level", "cdcs", "form_number", "MẪU SỐ 01");
    setCell(sheets, "campaign_levels", "level", "cdcs", "form_title_vi", "BÁO CÁO CỦA CĐCS");
    const catalog = catalogOf(sheets);
    const campaign = resolveCampaign(catalog.campaignDefs, "cot-6t-2026");
    if (!campaign.ok) throw new Error(render("en", campaign.error));
    const plan = buildTemplate({ catalog, campaign: campaign.value, unit: { unitCode: "X", unitName: "Đơn vị X", level: "cdcs" } }).plan;
    const matrix = plan.sheets.find((sheet) => sheet.name === "Biểu 01")!;
    expect([at(matrix, "D1"), at(matrix, "A4"), at(matrix, "E7")]).toEqual(["MẪU SỐ 01", "BÁO CÁO CỦA CĐCS", "Chia ra"]);
    const ranges = matrix.merges.map(
      (merge) => merge.split(":").map(parseAddress) as [ReturnType<typeof parseAddress>, ReturnType<typeof parseAddress>],
    );
    const overlap = ([a0, a1]: (typeof ranges)[number], [b0, b1]: (typeof ranges)[number]) =>
      a0.column <= b1.column && b0.column <= a1.column && a0.row <= b1.row && b0.row <= a1.row;
    expect(ranges.flatMap((a, i) => ranges.slice(i + 1).filter((b) => overlap(a, b)))).toEqual([]);
    // The plan / actual table has no group row: its title heads the figures on row 7.
    expect(
      at(
        plan.sheets.find((sheet) => sheet.name === "Biểu 02")!,
        "A7",
      ),
    ).toBe("A- SỐ LIỆU. KẾT QUẢ THỰC HIỆN CHỈ TIÊU");
  });

  it("refuses a use or title without a number, and two different forms for one level, at their cells", () => {
    const sheets = shippedCopy();
    const row = addRow(sheets, "campaign_levels", {
      campaign_id: "tk-3105",
      level: "tw",
      tables: "LD",
      form_title_vi: "BÁO CÁO TOÀN QUỐC",
    });
    const { errors } = loaded(sheets);
    expect(errors).toEqual([
      `campaign_levels!${columnLetter(sheets, "form_title_vi")}${row}: cột form_title_vi chỉ dùng khi có form_number (số hiệu mẫu biểu in ở góc trên bên phải, vd. "MẪU SỐ 1-HĐCĐ"): hãy ghi form_number hoặc để trống ô này`,
    ]);
    const twice = shippedCopy();
    const second = addRow(twice, "campaign_levels", {
      campaign_id: "tk-3105",
      level: "cdcs",
      tables: "LD, B01, B02, B03, B04",
      reports_to: "tinh",
      deadline: "20/6",
      form_number: "MẪU SỐ 3",
    });
    expect(loaded(twice).errors).toEqual([
      `campaign_levels!${columnLetter(twice, "form_number")}${second}: cấp cdcs của kỳ tk-3105 đã ghi mẫu biểu khác ở dòng 2: mỗi cấp in một mẫu biểu, hãy ghi giống nhau hoặc chỉ ghi ở một dòng`,
    ]);
  });

  it("travels with a campaign written into a workbook", () => {
    const c = tk(shipped);
    const again = campaignFromJson(campaignToJson(c));
    expect(again.ok && again.value.forms).toEqual(c.forms);
    expect(again.ok && formHeadingFor({ ...again.value, level: "cdcs" }, false)?.number).toBe("MẪU SỐ 1-HĐCĐ");
  });
});
