/**
 * The union's own forms as of 2026, as definitions: a CĐCS's template reads like mẫu 1-HĐCĐ, an upper
 * level's consolidated workbook like mẫu 2-HĐCĐ (counted units by sector, wages routed to their sector),
 * and the corrected rules no longer reject true reports.
 */
import { buildTemplate, type CellPlan, type SheetPlan } from "../../src/domain/layout";
import { checkWorkbook } from "../../src/domain/check";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/merge";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogOfDefinition, faultMessage, resolveCampaign } from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { campaign, catalog, consolidatedFile, DISTRICT, merge, planToRaw, PROVINCE, unitFile, type UnitSpec } from "../merge/support";

const f = (entries: Record<string, number>): Map<FigureKey, number | null> =>
  new Map(Object.entries(entries).map(([code, v]) => [`${code}@value` as FigureKey, v]));
const text = (cell: CellPlan | undefined): string => (typeof cell?.value === "string" ? cell.value : "");
const column = (sheet: SheetPlan, letter: string): string[] =>
  sheet.cells
    .filter((c) => c.ref.replace(/[0-9]+$/, "") === letter)
    .sort((a, b) => Number(a.ref.slice(1)) - Number(b.ref.slice(1)))
    .map(text);
const sheetOf = (sheets: readonly SheetPlan[], name: string): SheetPlan => sheets.find((s) => s.name === name)!;
const template = (id: string, level: "cdcs" | "huyen") =>
  buildTemplate({ catalog, campaign: campaign(id), unit: { unitCode: "X", unitName: "Đơn vị X", level } }).plan.sheets;

describe("a 2026 CĐCS template (mẫu 1-HĐCĐ)", () => {
  const sheets = template("tk-3105-2026", "cdcs");

  it("opens with I. Tình hình lao động, rows in the form's order with its units", () => {
    const ld = sheetOf(sheets, "Biểu 00");
    expect(column(ld, "A")).toEqual(expect.arrayContaining(["BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ", "A- SỐ LIỆU. I. TÌNH HÌNH LAO ĐỘNG"]));
    expect(column(ld, "D").slice(0, 3)).toEqual([
      "MẪU SỐ 1-HĐCĐ",
      "(Dùng cho công đoàn cơ sở và nghiệp đoàn)",
      "Biểu 00 · tld-bieu-01-04, phiên bản 5",
    ]);
    const labels = column(ld, "B").filter((t) => t !== "");
    const first = labels.indexOf("Lao động: Tổng số lao động");
    expect(labels.slice(first, first + 12)).toEqual([
      "Lao động: Tổng số lao động",
      "Trong đó: nữ",
      "Việc làm: Số lao động thiếu việc làm",
      "Số lao động nữ thiếu việc làm",
      "Tiền lương: Tiền lương bình quân tháng của 1 người lao động",
      "Số người được tính",
      "Tổng số tiền doanh nghiệp còn nợ lương người lao động",
      "Nhà ở: Số người được Nhà nước, cơ quan, doanh nghiệp bố trí nhà ở",
      "Số người phải tự thuê nhà ở",
      "Hợp đồng lao động và bảo hiểm: Số lao động được ký hợp đồng lao động",
      "Số lao động được đóng BHXH, BHYT, BHTN",
      "Tranh chấp lao động tập thể, đình công: số vụ tranh chấp lao động tập thể",
    ]);
    const units = column(ld, "C");
    expect(units).toContain("đồng");
    expect(column(ld, "A").filter((t) => /^[0-9]$/.test(t))).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("does not ask a CĐCS how many CĐCS there are, nor the upper level's percentages, nor grading in the 31/5 report", () => {
    const all = sheets.flatMap((s) => s.cells.map(text));
    expect(all).not.toContain("Tổng số CĐCS, nghiệp đoàn");
    expect(all).not.toContain("Tỷ lệ so với tổng số lao động");
    expect(all).not.toContain("Khu vực hành chính nhà nước: tiền lương bình quân tháng");
    expect(all).not.toContain("Số CĐCS được đánh giá, xếp loại");
  });

  it("is signed for the executive committee by its chair, beside the preparer", () => {
    const b01 = sheetOf(sheets, "Biểu 01").cells.map(text);
    expect(b01).toEqual(expect.arrayContaining(["Người lập biểu", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH"]));
    expect(b01).not.toContain("Thủ trưởng đơn vị");
  });

  it("shows the campaign's title, not its id, and the header lines of the form", () => {
    const ld = sheetOf(sheets, "Biểu 00");
    expect(column(ld, "A")).toContain("Báo cáo thống kê định kỳ 6 tháng đầu năm 2026 (số liệu tính đến 31/5/2026)");
    expect(ld.cells.some((c) => typeof c.formula === "string" && c.formula.includes("Đơn vị báo cáo: "))).toBe(true);
    expect(ld.cells.some((c) => typeof c.formula === "string" && c.formula.includes("Công đoàn cấp trên: "))).toBe(true);
  });
});

describe("an upper level's template (mẫu 2-HĐCĐ)", () => {
  it("has the percentages, the wages by sector and, at 30/11, the four grades; signed for the standing committee", () => {
    const sheets = template("tk-3011-2026", "huyen");
    const all = sheets.flatMap((s) => s.cells.map(text));
    expect(all).toEqual(
      expect.arrayContaining([
        "Tỷ lệ so với tổng số lao động",
        "Doanh nghiệp: tiền lương bình quân tháng",
        "Chưa rõ loại hình (CĐCS chưa khai loại hình)",
        "Hoàn thành xuất sắc nhiệm vụ",
        "TM. BAN THƯỜNG VỤ",
      ]),
    );
    expect(all).not.toContain("Vững mạnh (cách xếp loại trước năm 2019)");
  });

  it("grades a 2011 baseline with the grades of its time and the 2020 end with the 2019 scheme", () => {
    const c = campaign("tk10-nq6a-2011-2020");
    const { cells } = buildTemplate({ catalog, campaign: c, unit: { level: "huyen" } });
    const columnsOf = (code: string) =>
      cells
        .filter((x) => x.code === code && x.input)
        .map((x) => x.column)
        .sort();
    expect(columnsOf("XL_VM")).toEqual(["base"]);
    expect(columnsOf("XL_XS")).toEqual(["end"]);
    expect(columnsOf("XL_TONG")).toEqual(["base", "end"]);
    expect(cells.some((x) => x.code === "XL_VM" && x.column === "end")).toBe(false);
  });

  it("words the seeds' deadlines as the seeds do, and gives the CĐCS an earlier one", () => {
    const help = (id: string) =>
      buildTemplate({ catalog, campaign: campaign(id) })
        .plan.sheets.find((s) => s.role === "instructions")!
        .cells.map(text)
        .join("\n");
    expect(help("tk10-nq6a-2011-2020")).toContain("trước ngày 20/7/2020");
    expect(help("tk10-nq6a-2011-2020")).toContain("trước ngày 15/8/2020");
    expect(help("sk5-nq20-2008-2012")).toContain("chậm nhất ngày 20/7/2012");
    expect(help("sk5-nq20-2008-2012")).toContain("Đối với CĐCS trực thuộc: hoàn thành việc sơ kết chậm nhất ngày 30 tháng 6/2012"); // verbatim, as a finish-by date
    for (const c of catalog.campaignDefs.map((d) => campaign(d.kind === "periodic" ? `${d.id}-2026` : d.id))) {
      if (c.deadlines.cdcs && c.deadlines.huyen) expect(c.deadlines.cdcs < c.deadlines.huyen).toBe(true);
    }
    expect(campaign("nk-2023-2025").title.vi).toContain("Báo cáo số liệu nhiệm kỳ 2023–2025");
  });
});

/** Three CĐCS of a commune: a state enterprise, a state agency, and one that wrote no sector. */
const UNITS: UnitSpec[] = [
  {
    code: "CD1",
    name: "CĐCS Điện lực",
    sector: "Doanh nghiệp nhà nước",
    figures: f({
      LD_TONG: 100,
      LD_NU: 40,
      TL_BQ: 9_000_000,
      TL_NGUOI: 100,
      TL_NO: 1_500_000.5,
      VL_THIEU: 4,
      HD_KY: 100,
      BH_DONG: 90,
      DV_TONG: 90,
    }),
  },
  {
    code: "CD2",
    name: "CĐCS UBND xã",
    sector: "Cơ quan hành chính nhà nước",
    figures: f({ LD_TONG: 30, LD_NU: 20, TL_BQ: 6_000_000, TL_NGUOI: 25, VL_THIEU: 0, HD_KY: 30, BH_DONG: 30, DV_TONG: 30 }),
  },
  {
    code: "CD3",
    name: "CĐCS Hợp tác xã",
    sector: null,
    figures: f({ LD_TONG: 20, LD_NU: 5, TL_BQ: 5_000_000, TL_NGUOI: 20, VL_THIEU: 2, HD_KY: 15, BH_DONG: 10, DV_TONG: 12 }),
  },
];

describe("an upper level's consolidated workbook (mẫu 2-HĐCĐ)", () => {
  const files = UNITS.map((u, i) => unitFile(u, campaign(), `${u.code}.xlsx`, i));
  const result = merge(files, DISTRICT);
  const value = (code: string) => result.figures.get(`${code}@value` as FigureKey);

  it("counts the CĐCS merged, by the sector each declares; one with none is counted as unknown and listed", () => {
    expect([
      value("CS_TONG"),
      value("CS_DNNN"),
      value("CS_HCSN"),
      value("CS_NGOAI"),
      value("CS_FDI"),
      value("CS_KHAC"),
      value("CS_CHUARO"),
    ]).toEqual([3, 1, 1, 0, 0, 0, 1]);
    const cd3 = result.files.find((r) => r.name === "CD3.xlsx")!;
    expect(cd3.status).toBe("warnings");
    expect(cd3.reasons.map((r) => render("vi", r)).join(" ")).toContain("chưa rõ loại hình");
    expect(result.leaves.map((l) => l.code).sort()).toEqual(["CD1", "CD2", "CD3"]);
  });

  it("sums counts and money exactly and routes each CĐCS's wage to its sector's rows", () => {
    expect([value("LD_TONG"), value("VL_THIEU"), value("TL_NGUOI"), value("TL_NO")]).toEqual([150, 6, 145, 1_500_000.5]);
    expect([value("TL_NGUOI_DN"), value("TL_NGUOI_HC"), value("TL_NGUOI_SN")]).toEqual([100, 25, null]);
    // Σ wage × people / Σ people, never a sum or a plain mean: (9,000,000×100 + 6,000,000×25 + 5,000,000×20) / 145.
    expect(value("TL_BQ")).toBeCloseTo(1_150_000_000 / 145, 3);
    expect([value("TL_BQ_DN"), value("TL_BQ_HC"), value("TL_BQ_SN")]).toEqual([9_000_000, 6_000_000, null]);
  });

  it("does not take a count a file typed: no file decides how many units were merged", () => {
    const typed = unitFile(
      { ...UNITS[0]!, code: "CD9", figures: new Map([...UNITS[0]!.figures, ["CS_TONG@value" as FigureKey, 50]]) },
      campaign(),
      "CD9.xlsx",
      9,
    );
    expect(merge([typed], DISTRICT).figures.get("CS_TONG@value")).toBe(1);
  });

  it("is form 2 again one level up: a commune's workbook merged with a CĐCS equals all three at once", () => {
    const commune = consolidatedFile(merge(files.slice(0, 2), DISTRICT), "2026-06-15", "xa.xlsx", 10);
    const nested = merge([commune, files[2]!], PROVINCE);
    const flat = merge(files, PROVINCE);
    expect([...nested.figures.entries()].sort()).toEqual([...flat.figures.entries()].sort());
    expect(nested.figures.get("CS_TONG@value")).toBe(3);
    expect(nested.figures.get("CS_DNNN@value")).toBe(1);
  });
});

describe("rules that no longer reject true reports", () => {
  const check = (figures: ReadonlyMap<FigureKey, number | null>, id = "tk-3105-2026", level: "cdcs" | "huyen" = "cdcs") => {
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign(id),
      unit: { unitCode: "X", unitName: "CĐCS X", level, datePrepared: "2026-06-05" },
      figures,
    });
    return checkWorkbook(catalog, planToRaw(plan)).issues.filter((i) => i.severity === "error" || i.severity === "warning");
  };

  it("never makes Party admissions above introductions an error", () => {
    expect(check(f({ DG_GIOITHIEU: 1, DG_KETNAP: 3 }))).toEqual([]);
  });

  it("compares women registered for Giỏi việc nước with women workers, not women members", () => {
    expect(check(f({ LD_TONG: 50, LD_NU: 40, DV_TONG: 20, DV_NU: 10, GVN_DANGKY: 30, GVN_DAT: 12 }))).toEqual([]);
    expect(
      check(f({ LD_TONG: 50, LD_NU: 20, GVN_DANGKY: 30, GVN_DAT: 12 }))
        .map((i) => i.id)
        .join(" "),
    ).toContain("GVN_DANGKY_LE_LD_NU");
  });

  it("a table of ordinary true CĐCS reports passes with no error or warning", () => {
    for (const unit of UNITS) expect(check(unit.figures)).toEqual([]);
  });
});

describe("last season's file (the 2025 one-template-for-all, version 1)", () => {
  it("is merged by the 2026 definition with a warning; its CĐCS, which declared no sector, is counted as unknown, not dropped", async () => {
    // The definition as shipped before this version, kept as a fixture: a real old version, not a made-up one.
    // It was the shipped definition then, so its campaign ids were its own: built as that release built it.
    const loaded = loadDefinition(
      JSON.parse(readFileSync(join(__dirname, "fixtures", "definition-2025-v1.json"), "utf8")) as DefinitionSheets,
    );
    if (!loaded.definition) throw new Error(JSON.stringify(loaded.problems));
    const d = loaded.definition;
    const built = catalogOfDefinition(d);
    if (!built.ok) throw new Error(render("en", faultMessage(built.error)));
    const old = { catalog: built.value };
    expect([old.catalog.form.id, old.catalog.form.version]).toEqual([catalog.form.id, 1]);
    const oldCampaign = resolveCampaign(old.catalog.campaignDefs, "tk-3105-2026");
    if (!oldCampaign.ok) throw new Error(render("en", oldCampaign.error));
    const oldFile = await writeWorkbook(
      buildTemplate({
        catalog: old.catalog,
        campaign: oldCampaign.value,
        unit: { unitCode: "CU", unitName: "CĐCS cũ", level: "cdcs", datePrepared: "2026-06-05" },
        figures: f({ LD_TONG: 40, DV_TONG: 30, CS_TONG: 1, CS_FDI: 1 }),
      }).plan,
    );
    const newFile = await writeWorkbook(
      buildTemplate({
        catalog,
        campaign: campaign(),
        unit: { unitCode: "MOI", unitName: "CĐCS mới", level: "cdcs", datePrepared: "2026-06-05", sector: "FDI" },
        figures: f({ LD_TONG: 60, DV_TONG: 50 }),
      }).plan,
    );
    const outcome = await mergeFiles(
      catalog,
      [
        { name: "cu.xlsx", bytes: oldFile },
        { name: "moi.xlsx", bytes: newFile },
      ],
      { campaignId: "tk-3105-2026", mergingUnit: DISTRICT },
    );
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    expect(outcome.result.files.map((r) => [r.name, r.status])).toEqual([
      ["cu.xlsx", "warnings"],
      ["moi.xlsx", "accepted"],
    ]);
    const at = (code: string) => outcome.result.figures.get(`${code}@value` as FigureKey);
    expect([at("LD_TONG"), at("DV_TONG"), at("CS_TONG"), at("CS_FDI"), at("CS_CHUARO")]).toEqual([100, 80, 2, 1, 1]);
    expect(outcome.result.files[0]!.reasons.map((r) => render("vi", r)).join(" ")).toContain("chưa rõ loại hình");
  });
});

describe("a file of the first 2026 release (version 2, 2026 level names in every campaign)", () => {
  it("is merged by version 3 with a warning, a 2020 review's figures kept, its counted baseline not taken", async () => {
    const loaded = loadDefinition(
      JSON.parse(readFileSync(join(__dirname, "fixtures", "definition-2026-v2.json"), "utf8")) as DefinitionSheets,
    );
    if (!loaded.definition) throw new Error(JSON.stringify(loaded.problems));
    const d = loaded.definition;
    const built = catalogOfDefinition(d);
    if (!built.ok) throw new Error(render("en", faultMessage(built.error)));
    expect([built.value.form.version, catalog.form.version]).toEqual([2, 5]);
    const review = resolveCampaign(built.value.campaignDefs, "tk10-nq6a-2011-2020");
    if (!review.ok) throw new Error(render("en", review.error));
    const figures = new Map<FigureKey, number | null>([
      ["DV_TONG@base", 80],
      ["DV_TONG@end", 95],
      ["LD_TONG@base", 100],
      ["LD_TONG@end", 110],
    ]);
    const oldFile = await writeWorkbook(
      buildTemplate({
        catalog: built.value,
        campaign: review.value,
        unit: { unitCode: "CU", unitName: "CĐCS cũ", level: "cdcs", datePrepared: "2020-07-01", sector: "FDI" },
        figures,
      }).plan,
    );
    const outcome = await mergeFiles(catalog, [{ name: "cu.xlsx", bytes: oldFile }], {
      campaignId: "tk10-nq6a-2011-2020",
      mergingUnit: DISTRICT,
    });
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    expect(outcome.result.files.map((r) => [r.name, r.status])).toEqual([["cu.xlsx", "warnings"]]);
    const at = (key: string) => outcome.result.figures.get(key as FigureKey);
    expect([at("DV_TONG@base"), at("DV_TONG@end"), at("CS_TONG@end"), at("CS_FDI@end"), at("CS_TONG@base")]).toEqual([
      80,
      95,
      1,
      1,
      undefined,
    ]);
  });
});
