import { figureKey } from "../../src/domain/submission";
import { buildTemplate, type CellSpec } from "../../src/domain/layout";
import { campaigns, catalog } from "./campaigns";
import { named } from "./plan-helpers";

/** A reference as a formula on `sheet` writes it: plain on the same sheet, quoted sheet name elsewhere. */
const refFrom = (sheet: string, cell: CellSpec): string => (cell.sheet === sheet ? cell.address : `'${cell.sheet}'!${cell.address}`);

describe.each(campaigns.map((c) => [c.id, c] as const))("the formulas of %s", (_id, campaign) => {
  const { plan, cells } = buildTemplate({ catalog, campaign });
  const byKey = new Map(cells.map((c) => [figureKey(c.code, c.column), c]));

  it("divides the summed numerator cells by the summed denominator cells of the same column, blank when a term is blank or the denominator 0", () => {
    const percents = cells.filter((c) => c.valueType === "percent");
    expect(percents.length).toBeGreaterThan(0);
    for (const cell of percents) {
      const compute = catalog.rowsByCode.get(cell.code)!.row.compute!;
      const refs = (codes: readonly string[]) => codes.map((code) => refFrom(cell.sheet, byKey.get(figureKey(code, cell.column))!));
      const num = refs(compute.numerator);
      const den = refs(compute.denominator);
      const anyBlank = [...num, ...den].map((r) => `ISBLANK(${r})`).join(",");
      expect(named(plan, cell.name).formula).toBe(
        `IF(OR(${anyBlank}),"",IF(SUM(${den.join(",")})=0,"",SUM(${num.join(",")})/SUM(${den.join(",")})))`,
      );
    }
  });

  it("computes the change as end − baseline, blank unless both are reported", () => {
    for (const cell of cells.filter((c) => c.column === "change")) {
      const base = byKey.get(figureKey(cell.code, "base"))!.address;
      const end = byKey.get(figureKey(cell.code, "end"))!.address;
      expect(named(plan, cell.name).formula).toBe(`IF(OR(ISBLANK(${base}),ISBLANK(${end})),"",${end}-${base})`);
    }
    expect(cells.some((c) => c.column === "change")).toBe(campaign.kind === "review");
  });

  it("uses only functions every spreadsheet computes alike", () => {
    for (const s of plan.sheets) {
      for (const c of s.cells.filter((x) => x.formula)) {
        const functions = [...c.formula!.replace(/"[^"]*"/g, "").matchAll(/([A-Z]+)\(/g)].map((m) => m[1]);
        for (const fn of functions) expect(["IF", "OR", "ISBLANK", "SUM"]).toContain(fn);
        expect(c.formula!.startsWith("=")).toBe(false);
      }
    }
  });
});

describe("the header block of a table sheet", () => {
  const { plan } = buildTemplate({ catalog, campaign: campaigns[0]! });

  it("shows the unit name typed on the identification sheet, or a placeholder while it is blank", () => {
    const unitCell = named(plan, "UR_ID_UNIT_NAME");
    expect(unitCell).toBeDefined();
    const address = plan.names.find((n) => n.name === "UR_ID_UNIT_NAME")!.ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    const a1 = plan.sheets.find((s) => s.name === "Biểu 01")!.cells.find((c) => c.ref === "A1")!;
    expect(a1.formula).toBe(
      `"Đơn vị báo cáo: "&IF('Thông tin chung'!${address}="","..............................",'Thông tin chung'!${address})`,
    );
  });

  it("names the form and its code at the right, the title in capitals, then the campaign and period", () => {
    const b02 = plan.sheets.find((s) => s.name === "Biểu 02")!;
    const at = (ref: string) => b02.cells.find((c) => c.ref === ref)?.value;
    expect(at("D1")).toBe("MẪU SỐ 2-HĐCĐ");
    expect(at("D3")).toBe("Biểu 02 · tld-bieu-01-04, phiên bản 5");
    expect(at("A4")).toBe("BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN");
    expect(at("A7")).toBe("A- SỐ LIỆU. III. TỔ CHỨC CÔNG ĐOÀN, CÁN BỘ, THƯƠNG LƯỢNG, ĐỐI THOẠI");
    expect(at("A5")).toBe(campaigns[0]!.title.vi);
    expect(at("A6")).toBe("Số liệu tính đến 31/05/2026; chỉ tiêu phát sinh tính từ 01/12/2025 đến 31/05/2026");
  });
});
