/**
 * Issue 20, the union's look and rows: the official heading, TT numbers 1…n without gaps on each level's
 * form, the national signature, the counting period of flow rows, each rate under its own line (with the
 * women's rate of mẫu 2-HĐCĐ item 2), a work stoppage that is not a part of a dispute, and the wage band.
 */
import { buildTemplate, type CellPlan, type SheetPlan } from "../../src/domain/layout";
import { checkWorkbook } from "../../src/domain/check";
import type { Level } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { campaign, catalog, planToRaw } from "../merge/support";

const text = (cell: CellPlan | undefined): string => (typeof cell?.value === "string" ? cell.value : "");
const columnOf = (sheet: SheetPlan, letter: string): CellPlan[] =>
  sheet.cells.filter((c) => c.ref.replace(/[0-9]+$/, "") === letter).sort((a, b) => Number(a.ref.slice(1)) - Number(b.ref.slice(1)));
const sheets = (id: string, level?: Level) =>
  buildTemplate({
    catalog,
    campaign: campaign(id),
    unit: { unitCode: "X", unitName: "Đơn vị X", ...(level ? { level } : {}) },
  }).plan.sheets.filter((s) => s.role === "table");
const f = (entries: Record<string, number>): Map<FigureKey, number | null> =>
  new Map(Object.entries(entries).map(([code, v]) => [`${code}@value` as FigureKey, v]));

describe("TT numbers run 1…n within each form, with no gaps", () => {
  for (const [id, level] of [
    ["tk-3105-2026", "cdcs"],
    ["tk-3011-2026", "cdcs"],
    ["tk-3011-2026", "huyen"],
    ["tk10-nq6a-2011-2020", "cdcs"],
    ["tk10-nq6a-2011-2020", "tinh"],
  ] as const) {
    it(`${id}, ${level}`, () => {
      for (const sheet of sheets(id, level)) {
        const tts = columnOf(sheet, "A")
          .filter((c) => Number(c.ref.slice(1)) >= 10)
          .map(text);
        const items = tts.filter((t) => /^\d+$/.test(t)).map(Number);
        expect(items).toEqual(items.map((_, i) => i + 1));
        // Sub-items follow their item: 1.1, 1.2 …
        let item = 0;
        let sub = 0;
        for (const t of tts) {
          if (/^\d+$/.test(t)) [item, sub] = [Number(t), 0];
          else if (/^\d+\.\d+$/.test(t)) expect(t).toBe(`${item}.${++sub}`);
        }
      }
    });
  }

  it("Biểu 01 starts at 1 (it started at 2 when LD_TONG moved to Biểu 00) and the CĐCS's Biểu 02 at 1 (it started at 5)", () => {
    for (const name of ["Biểu 01", "Biểu 02", "Biểu 04"]) {
      const sheet = sheets("tk-3105-2026", "cdcs").find((s) => s.name === name)!;
      expect(text(columnOf(sheet, "A").find((c) => Number(c.ref.slice(1)) >= 10 && text(c) !== ""))).toBe("1");
    }
  });
});

describe("the official heading", () => {
  it("a CĐCS's form is mẫu 1-HĐCĐ, an upper level's and the national one mẫu 2-HĐCĐ, with the definition's identity, not 'Mã biểu BCCD-00'", () => {
    const all = (id: string, level: Level) => sheets(id, level).flatMap((s) => s.cells.map(text));
    expect(all("tk-3105-2026", "cdcs")).toEqual(
      expect.arrayContaining([
        "MẪU SỐ 1-HĐCĐ",
        "(Dùng cho công đoàn cơ sở và nghiệp đoàn)",
        "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ",
        "A- SỐ LIỆU. I. TÌNH HÌNH LAO ĐỘNG",
      ]),
    );
    expect(all("tk-3105-2026", "huyen")).toEqual(
      expect.arrayContaining([
        "MẪU SỐ 2-HĐCĐ",
        "BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN",
        `Biểu 02 · ${catalog.form.id}, phiên bản ${catalog.form.version}`,
      ]),
    );
    expect(all("tk-3105-2026", "huyen").some((t) => t.startsWith("Mã biểu"))).toBe(false);
  });

  it("the national level signs TM. ĐOÀN CHỦ TỊCH, the upper levels TM. BAN THƯỜNG VỤ, a CĐCS TM. BAN CHẤP HÀNH", () => {
    const signs = (level: Level) => sheets("tk-3105-2026", level)[0]!.cells.map(text);
    expect(signs("tw")).toContain("TM. ĐOÀN CHỦ TỊCH");
    expect(signs("tinh")).toContain("TM. BAN THƯỜNG VỤ");
    expect(signs("cdcs")).toContain("TM. BAN CHẤP HÀNH");
  });

  it("says 'Ô nền xám', and the Hướng dẫn asks for the chair's signature, not the 'thủ trưởng đơn vị'", () => {
    const plan = buildTemplate({ catalog, campaign: campaign("tk-3105-2026"), unit: { level: "cdcs" } }).plan;
    const words = plan.sheets.flatMap((s) => s.cells.map(text)).join("\n");
    expect(words).toContain("Ô nền xám");
    expect(words).not.toMatch(/tô xám|thủ trưởng/i);
    expect(words).toContain("Chủ tịch công đoàn");
  });
});

describe("flow rows state their counting period", () => {
  it("the half-year report counts flows from 01/12 of the year before to 31/5; the yearly one from 01/6 to 30/11", () => {
    const period = (id: string) => text(sheets(id, "cdcs")[0]!.cells.find((c) => c.ref === "A6"));
    expect(period("tk-3105-2026")).toBe("Số liệu tính đến 31/05/2026; chỉ tiêu phát sinh tính từ 01/12/2025 đến 31/05/2026");
    expect(period("tk-3011-2026")).toBe("Số liệu tính đến 30/11/2026; chỉ tiêu phát sinh tính từ 01/06/2026 đến 30/11/2026");
    expect(period("tk10-nq6a-2011-2020")).toBe("Giai đoạn 2011–2020");
  });
});

describe("mẫu 2-HĐCĐ item 2: each rate under its own line", () => {
  it("the upper level's form reads: thiếu việc làm, + tỷ lệ, nữ thiếu việc làm, + tỷ lệ so với lao động nữ", () => {
    const ld = sheets("tk-3105-2026", "huyen").find((s) => s.name === "Biểu 00")!;
    const labels = columnOf(ld, "B").map(text);
    const at = labels.indexOf("Việc làm: Số lao động thiếu việc làm");
    expect(labels.slice(at, at + 4)).toEqual([
      "Việc làm: Số lao động thiếu việc làm",
      "Tỷ lệ so với tổng số lao động",
      "Số lao động nữ thiếu việc làm",
      "Tỷ lệ so với tổng số lao động nữ",
    ]);
    const rate = catalog.rowsByCode.get("VL_TYLE_NU")!.row;
    expect(rate.compute).toEqual({ numerator: ["VL_THIEU_NU"], denominator: ["LD_NU"] });
  });
});

describe("a work stoppage is not a part of a collective dispute", () => {
  const check = (figures: ReadonlyMap<FigureKey, number | null>) => {
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign("tk-3105-2026"),
      unit: { unitCode: "X", unitName: "CĐCS X", level: "cdcs", datePrepared: "2026-06-05" },
      figures,
    });
    return checkWorkbook(catalog, planToRaw(plan)).issues.filter((i) => i.severity === "error" || i.severity === "warning");
  };
  it("one stoppage with no formal dispute passes", () => {
    expect(check(f({ TC_VU: 0, TC_NGUNGVIEC: 1 }))).toEqual([]);
    expect(catalog.rowsByCode.get("TC_NGUNGVIEC")!.row.parent).toBeUndefined();
  });
  it("a dispute resolved with the union is still a part of the disputes", () => {
    expect(check(f({ TC_VU: 0, TC_CDGQ: 1 })).map((i) => i.ruleId)).toEqual(["PART_TC_CDGQ_LE_TC_VU"]);
  });
});

describe("a wage typed in millions", () => {
  const check = (figures: ReadonlyMap<FigureKey, number | null>) => {
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign("tk-3105-2026"),
      unit: { unitCode: "X", unitName: "CĐCS X", level: "cdcs", datePrepared: "2026-06-05" },
      figures,
    });
    return checkWorkbook(catalog, planToRaw(plan)).issues.filter((i) => i.severity === "error" || i.severity === "warning");
  };
  it("7.5 is asked about ('có phải nhập theo triệu đồng?'); 7,500,000 passes", () => {
    const issues = check(f({ LD_TONG: 10, TL_BQ: 7.5, TL_NGUOI: 10 }));
    expect(issues.map((i) => [i.ruleId, i.severity])).toEqual([["TL_BQ_BAND", "warning"]]);
    expect(render("vi", issues[0]!.message)).toContain("có phải nhập theo triệu đồng?");
    expect(check(f({ LD_TONG: 10, TL_BQ: 7_500_000, TL_NGUOI: 10 }))).toEqual([]);
  });
});

describe("level codes", () => {
  it("accept the 2026 names of the upper level above the CĐCS, and keep huyen", async () => {
    const { parseLevel } = await import("../../src/domain/definition");
    for (const name of ["xa", "phuong", "dac-khu", "cong-doan-xa", "Công đoàn xã", "Công đoàn phường", "Công đoàn đặc khu", "Xã", "huyen"])
      expect([name, parseLevel(name)]).toEqual([name, "huyen"]);
  });
});

describe("an average and its weight travel together", () => {
  const check = (figures: ReadonlyMap<FigureKey, number | null>) => {
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign("tk-3105-2026"),
      unit: { unitCode: "X", unitName: "CĐCS X", level: "cdcs", datePrepared: "2026-06-05" },
      figures,
    });
    return checkWorkbook(catalog, planToRaw(plan)).issues.filter((i) => i.severity === "error" || i.severity === "warning");
  };

  it("TL_BQ with 'Số người được tính' blank is an error naming both cells", () => {
    const issues = check(f({ LD_TONG: 10, TL_BQ: 7_500_000 }));
    expect(issues.map((i) => [i.ruleId, i.severity])).toEqual([["WEIGHT_MISSING_TL_BQ", "error"]]);
    const words = render("vi", issues[0]!.message);
    expect(words).toMatch(
      /^Tiền lương bình quân \(Biểu 00!D\d+\) có số liệu nhưng Số người được tính lương bình quân \(Biểu 00!D\d+\) để trống/,
    );
    expect(issues[0]!.cells).toHaveLength(2);
  });

  it("a weight without its average is a warning; both, or neither, pass", () => {
    expect(check(f({ LD_TONG: 10, TL_NGUOI: 10 })).map((i) => [i.ruleId, i.severity])).toEqual([["AVERAGE_MISSING_TL_BQ", "warning"]]);
    expect(check(f({ LD_TONG: 10, TL_BQ: 7_500_000, TL_NGUOI: 10 }))).toEqual([]);
    expect(check(f({ LD_TONG: 10 }))).toEqual([]);
  });
});

describe("Loại hình is chosen from the seven sectors", () => {
  const SEVEN = [
    "Cơ quan hành chính nhà nước",
    "Đơn vị sự nghiệp công lập",
    "Doanh nghiệp nhà nước",
    "Doanh nghiệp ngoài nhà nước",
    "Doanh nghiệp có vốn đầu tư nước ngoài",
    "Hợp tác xã",
    "Loại hình khác",
  ];
  const plan = (sector?: string) =>
    buildTemplate({
      catalog,
      campaign: campaign("tk-3105-2026"),
      unit: { unitCode: "X", unitName: "CĐCS X", level: "cdcs", datePrepared: "2026-06-05", ...(sector ? { sector } : {}) },
    }).plan;

  it("is a list validation over the seven sectors, kept on the hidden sheet", () => {
    const p = plan();
    const id = p.sheets.find((s) => s.role === "identification")!;
    const cell = id.cells.find((c) => c.validation?.type === "list" && c.validation.items.includes("Hợp tác xã"))!;
    expect(cell.validation).toMatchObject({ type: "list", items: SEVEN, range: "'_meta'!$H$2:$H$8" });
    const meta = p.sheets.find((s) => s.role === "meta")!;
    expect(SEVEN.map((_, i) => meta.cells.find((c) => c.ref === `H${2 + i}`)?.value)).toEqual(SEVEN);
  });

  const sectorIssues = (sector: string) =>
    checkWorkbook(catalog, planToRaw(plan(sector))).issues.filter((i) => i.id.includes("unknown-choice"));
  it("accepts the form's own wording and hand-typed synonyms, and names an unknown text at its cell", () => {
    for (const ok of [...SEVEN, "Hợp tác xã, khác", "Công ty TNHH", "FDI", "hanh chinh su nghiep"])
      expect([ok, sectorIssues(ok)]).toEqual([ok, []]);
    const [issue] = sectorIssues("Tư nhân cá thể");
    expect(issue!.severity).toBe("warning");
    expect(issue!.cells[0]!.sheet).toBe("Thông tin chung");
    expect(render("vi", issue!.message)).toContain('Loại hình "Tư nhân cá thể" không có trong danh sách');
  });
});
