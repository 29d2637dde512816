/**
 * Issue 20 item 1: the roster is the union's register. "Tổng số CĐCS" and its split by sector count the
 * CĐCS on it, not the files that arrived; the form and the status sheet say how many came from files and
 * how many from the register only; without a roster the count is of files and says so, and a rule over
 * it only asks. Also the roster's "Ngày nhận": lateness by the day the report was received.
 */
import { consolidatedPlan, rosterFromRows } from "../../src/domain/merge";
import { checkWorkbook } from "../../src/domain/check";
import { buildTemplate, type CellPlan } from "../../src/domain/layout";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { campaign, catalog, consolidatedFile, DISTRICT, merge, planToRaw, PROVINCE, unitFile } from "../merge/support";

const f = (entries: Record<string, number>): Map<FigureKey, number | null> =>
  new Map(Object.entries(entries).map(([code, v]) => [`${code}@value` as FigureKey, v]));
const roster = (lines: (string | number)[][], header = ["Mã đơn vị", "Tên đơn vị", "Cấp", "Loại hình"]) => {
  const read = rosterFromRows([header, ...lines]);
  if (!read.ok) throw new Error(render("en", read.error));
  return read.value;
};
const text = (cell: CellPlan | undefined): string => (typeof cell?.value === "string" ? cell.value : "");

/** The demo commune: 8 CĐCS on its register, 6 files arrived. */
const REGISTER = [
  ["C1", "CĐCS Trường Tiểu học Kim Đồng", "cdcs", "Đơn vị sự nghiệp công lập"],
  ["C2", "CĐCS UBND xã", "cdcs", "Cơ quan hành chính nhà nước"],
  ["C3", "CĐCS Công ty Điện lực", "cdcs", "Doanh nghiệp nhà nước"],
  ["C4", "CĐCS Công ty TNHH May Hòa Bình", "cdcs", "Doanh nghiệp ngoài nhà nước"],
  ["C5", "CĐCS Công ty Giày Hàn Việt", "cdcs", "Doanh nghiệp có vốn đầu tư nước ngoài"],
  ["C6", "CĐCS Hợp tác xã Chè", "cdcs", "Hợp tác xã"],
  ["C7", "CĐCS Trạm Y tế xã", "cdcs", "Đơn vị sự nghiệp công lập"],
  ["C8", "Nghiệp đoàn xe ôm", "cdcs", "Loại hình khác"],
];
const sectorOf = new Map(REGISTER.map(([code, , , sector]) => [code, sector]));
const files = ["C1", "C2", "C3", "C4", "C5", "C6"].map((code, i) =>
  unitFile(
    { code, name: `CĐCS ${code}`, sector: sectorOf.get(code)!, figures: f({ LD_TONG: 10 + i, DV_TONG: 8 }) },
    campaign(),
    `${code}.xlsx`,
    i,
  ),
);
const at = (figures: ReadonlyMap<FigureKey, number | null>, code: string) => figures.get(`${code}@value` as FigureKey);
const counts = (figures: ReadonlyMap<FigureKey, number | null>) =>
  ["CS_TONG", "CS_HCSN", "CS_DNNN", "CS_NGOAI", "CS_FDI", "CS_KHAC", "CS_CHUARO"].map((c) => at(figures, c));

describe("with a roster, the counted rows count the register", () => {
  const result = merge(files, DISTRICT, roster(REGISTER));

  it("counts 8 CĐCS, not the 6 files; the two without a file by the sector the register gives them", () => {
    expect(counts(result.figures)).toEqual([8, 3, 1, 1, 1, 2, 0]);
    expect(result.counting).toEqual({ basis: "register", fromFiles: 6, registerOnly: 2 });
    expect(at(result.figures, "LD_TONG")).toBe(10 + 11 + 12 + 13 + 14 + 15); // only files bring figures
    expect(result.summary.units).toBe(6);
  });

  it("says on the form and on the status sheet how many were counted from files and how many from the register only", () => {
    const plan = consolidatedPlan(catalog, result, "2026-06-20").plan;
    const words = plan.sheets.flatMap((s) => s.cells.map(text));
    expect(words).toContain(
      "Theo danh sách đơn vị: 8 CĐCS, trong đó 6 đếm theo tệp báo cáo nhận được, 2 chỉ có trong danh sách (chưa nộp).",
    );
    const status = plan.sheets.find((s) => s.name === "Tình trạng nộp báo cáo")!;
    expect(status.cells.map(text)).toContain(
      "Theo danh sách đơn vị: 8 CĐCS, trong đó 6 đếm theo tệp báo cáo nhận được, 2 chỉ có trong danh sách (chưa nộp).",
    );
  });

  it("is associative: the commune's workbook merged at the province still counts its 8 CĐCS", () => {
    const commune = consolidatedFile(result, "2026-06-20", "xa.xlsx", 20);
    const province = merge([commune], PROVINCE);
    expect(counts(province.figures)).toEqual([8, 3, 1, 1, 1, 2, 0]);
    expect(province.counting).toEqual({ basis: "register", fromFiles: 6, registerOnly: 2 });
  });

  it("rejects no true commune report: 4 graded CĐCS with one file missing is within the 8 that exist", () => {
    const five = merge(files.slice(0, 5), DISTRICT, roster(REGISTER));
    expect(at(five.figures, "CS_TONG")).toBe(8);
    expect(five.counting).toEqual({ basis: "register", fromFiles: 5, registerOnly: 3 });
  });

  it("takes the register's sector for a file that declares none, and the file's, with a warning, when they differ", () => {
    const none = unitFile({ code: "C7", name: "CĐCS C7", sector: null, figures: f({ LD_TONG: 5 }) }, campaign(), "C7.xlsx", 7);
    const other = unitFile({ code: "C8", name: "CĐCS C8", sector: "Hợp tác xã", figures: f({ LD_TONG: 5 }) }, campaign(), "C8.xlsx", 8);
    const r = merge([...files, none, other], DISTRICT, roster(REGISTER));
    expect(counts(r.figures)).toEqual([8, 3, 1, 1, 1, 2, 0]);
    expect(r.files.find((x) => x.name === "C7.xlsx")!.status).toBe("accepted");
    const c8 = r.files.find((x) => x.name === "C8.xlsx")!;
    expect(c8.reasons.map((m) => render("vi", m))).toEqual([
      'Loại hình trong tệp ("Hợp tác xã") khác loại hình trong danh sách đơn vị ("Loại hình khác"); đã dùng loại hình trong tệp.',
    ]);
  });
});

describe("without a roster", () => {
  const result = merge(files.slice(0, 3), DISTRICT);

  it("counts the files received and says so on the form", () => {
    expect(at(result.figures, "CS_TONG")).toBe(3);
    expect(result.counting).toEqual({ basis: "files", fromFiles: 3, registerOnly: 0 });
    const words = consolidatedPlan(catalog, result, "2026-06-20").plan.sheets.flatMap((s) => s.cells.map(text));
    expect(words).toContain("Theo số tệp nhận được: 3 CĐCS (không có danh sách đơn vị).");
  });

  it("does not turn that count into an error against figures the commune typed: 4 graded against 3 files asks, with the reason", () => {
    const c = campaign("tk-3011-2026");
    const three = merge(
      ["C1", "C2", "C3"].map((code, i) => unitFile({ code, name: code, figures: new Map() }, c, `${code}.xlsx`, i)),
      DISTRICT,
      null,
      c,
    );
    // The commune types its grading into its own consolidated form: 4 graded, one of them sent no file.
    const typed = new Map<FigureKey, number | null>([...three.figures, ["XL_TONG@value", 4], ["XL_TOT@value", 4]]);
    const filled = buildTemplate({
      catalog,
      campaign: c,
      unit: { unitCode: DISTRICT.code, unitName: DISTRICT.name, level: "huyen", datePrepared: "2026-12-20" },
      figures: typed,
      notes: new Map([["CS_TONG", "Theo số tệp nhận được: 3 CĐCS (không có danh sách đơn vị)."]]),
      kind: "consolidated",
    }).plan;
    const issues = checkWorkbook(catalog, planToRaw(filled)).issues.filter((i) => i.ruleId === "XL_TONG_LE_CS_TONG");
    expect(issues.map((i) => i.severity)).toEqual(["warning"]);
    expect(render("vi", issues[0]!.message)).toContain("Tổng số CĐCS đang đếm theo số tệp nhận được");
    // With the register's count, the same figures are an error again only when they are wrong.
    const registered = buildTemplate({
      catalog,
      campaign: c,
      unit: { unitCode: DISTRICT.code, unitName: DISTRICT.name, level: "huyen", datePrepared: "2026-12-20" },
      figures: typed,
      kind: "consolidated",
    }).plan;
    expect(
      checkWorkbook(catalog, planToRaw(registered))
        .issues.filter((i) => i.ruleId === "XL_TONG_LE_CS_TONG")
        .map((i) => i.severity),
    ).toEqual(["error"]);
  });
});

describe("an upper level that fills its own form by hand", () => {
  it("keeps the Tổng số CĐCS it typed: it answers for the units below it", () => {
    const own = unitFile(
      { code: "XA-2", name: "Công đoàn xã Nà Tấu", level: "huyen", figures: f({ CS_TONG: 12, CS_NGOAI: 12, LD_TONG: 500 }) },
      campaign(),
      "xa2.xlsx",
      30,
    );
    const r = merge([own, files[0]!], PROVINCE);
    expect([at(r.figures, "CS_TONG"), at(r.figures, "CS_NGOAI"), at(r.figures, "CS_HCSN")]).toEqual([13, 12, 1]);
  });
});

describe("the roster's Ngày nhận", () => {
  it("judges lateness by the day the report was received, not by the unit's own Ngày lập", () => {
    const late = unitFile(
      { code: "C1", name: "CĐCS C1", date: "2026-06-01", sector: "Đơn vị sự nghiệp công lập", figures: f({ LD_TONG: 5 }) },
      campaign(),
      "C1.xlsx",
      0,
    );
    const onTime = unitFile(
      { code: "C2", name: "CĐCS C2", date: "2026-06-25", sector: "Cơ quan hành chính nhà nước", figures: f({ LD_TONG: 5 }) },
      campaign(),
      "C2.xlsx",
      1,
    );
    const r = merge(
      [late, onTime],
      DISTRICT,
      roster(
        [
          ["C1", "CĐCS C1", "cdcs", "Đơn vị sự nghiệp công lập", "15/06/2026"],
          ["C2", "CĐCS C2", "cdcs", "Cơ quan hành chính nhà nước", "08/06/2026"],
        ],
        ["Mã đơn vị", "Tên đơn vị", "Cấp", "Loại hình", "Ngày nhận"],
      ),
    );
    expect(r.roster!.lines.map((l) => [l.unit.code, l.state, l.datePrepared])).toEqual([
      ["C1", "late", "2026-06-01"],
      ["C2", "submitted", "2026-06-25"],
    ]);
  });
});

describe("sectors typed by hand at the merge", () => {
  it("'Hợp tác xã, khác' and 'Công ty TNHH' are counted in their rows, not 'chưa rõ'; 'Hành chính, sự nghiệp' is counted, its wage routed to neither HC nor SN", () => {
    const typed = [
      ["H1", "Hợp tác xã, khác"],
      ["H2", "Công ty TNHH"],
      ["H3", "Hành chính, sự nghiệp"],
    ].map(([code, sector], i) =>
      unitFile(
        { code: code!, name: code!, sector: sector!, figures: f({ TL_BQ: 6_000_000, TL_NGUOI: 10 }) },
        campaign(),
        `${code}.xlsx`,
        40 + i,
      ),
    );
    const r = merge(typed, DISTRICT);
    expect(counts(r.figures)).toEqual([3, 1, 0, 1, 0, 1, 0]);
    expect([at(r.figures, "TL_NGUOI_HC"), at(r.figures, "TL_NGUOI_SN"), at(r.figures, "TL_NGUOI_DN"), at(r.figures, "TL_NGUOI")]).toEqual([
      null,
      null,
      10,
      30,
    ]);
  });
});

describe("the demo commune", () => {
  it("has 8 CĐCS on its register and its form says 8, not the 6 whose files were counted", async () => {
    const { sampleFiles, loadRoster, mergeFiles } = await import("../../src/app/merge");
    const { SAMPLE_DISTRICT } = await import("../../src/domain/merge/sample");
    const sample = await sampleFiles(catalog);
    const roster = loadRoster(sample.roster.name, sample.roster.bytes);
    if (!roster.ok) throw new Error(render("en", roster.error));
    const outcome = await mergeFiles(
      catalog,
      sample.files.map((file) => ({ name: file.name, bytes: file.bytes })),
      { campaignId: sample.campaignId, mergingUnit: SAMPLE_DISTRICT, roster: roster.value },
    );
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    expect(outcome.result.counting.fromFiles + outcome.result.counting.registerOnly).toBe(8);
    expect(at(outcome.result.figures, "CS_TONG")).toBe(8);
  });
});
