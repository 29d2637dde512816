/**
 * The import's inferences, on forms typed in different ways (as plain grids; the .xlsx reading is tested
 * in read-typed-form.test.ts). Each test states what an officer typed and what the proposal must say.
 */
import type { DefinitionSheet } from "../../src/domain/definition/definition-sheets";
import { proposeDefinition, type Proposal } from "../../src/domain/forms/import";
import { form1, grid } from "./grids";

/** The rows of one definition sheet as records keyed by its header. */
function records(proposal: Proposal, name: string): Record<string, string | number | boolean | null>[] {
  const sheet = proposal.sheets.sheets.find((s: DefinitionSheet) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const [header, ...rows] = sheet.rows;
  return rows.map((row) => Object.fromEntries(header.map((key, i) => [String(key), row[i] ?? null])));
}

const byLabel = (proposal: Proposal, label: string) => {
  const found = records(proposal, "indicators").filter((r) => r.label_vi === label);
  if (found.length !== 1) throw new Error(`${found.length} rows labelled ${label}`);
  return found[0];
};

describe("proposeDefinition on mẫu 1-HĐCĐ as typed", () => {
  const proposal = proposeDefinition(form1());
  const indicators = records(proposal, "indicators");

  it("takes the title, the number and the as-of date from the rows above the header, and the ids from the title", () => {
    expect(records(proposal, "settings")).toEqual([
      expect.objectContaining({
        form_id: "bao-cao-hoat-dong-cong-doan-co-so",
        version: 1,
        title_vi: "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ",
        todo: null,
      }),
    ]);
    expect(records(proposal, "tables")).toEqual([
      expect.objectContaining({ table_id: "B01", number: "1-HDCD", sheet_name: "Biểu 1-HDCD", todo: null }),
    ]);
    expect(records(proposal, "campaigns")).toEqual([
      expect.objectContaining({ campaign_id: "bao-cao-hoat-dong-cong-doan-co-so", kind: "periodic", as_of: "31/5", todo: null }),
    ]);
    expect(records(proposal, "campaign_levels").map((r) => [r.level, r.tables, r.deadline])).toEqual([
      ["cdcs", "B01", null],
      ["huyen", "B01", null],
      ["tinh", "B01", null],
    ]);
    // Each level's deadline is a todo in its own row, as a line's todo is.
    expect(records(proposal, "campaign_levels").map((r) => r.todo)).toEqual([
      "ghi hạn nộp của cấp cdcs vào ô deadline (vd. 15/6; hạn rơi vào năm sau: 10/1+1), hoặc xóa dòng này nếu cấp cdcs không báo cáo",
      "ghi hạn nộp của cấp huyen vào ô deadline (vd. 15/6; hạn rơi vào năm sau: 10/1+1), hoặc xóa dòng này nếu cấp huyen không báo cáo",
      "ghi hạn nộp của cấp tinh vào ô deadline (vd. 15/6; hạn rơi vào năm sau: 10/1+1), hoặc xóa dòng này nếu cấp tinh không báo cáo",
    ]);
    expect(proposal.notes.filter((n) => n.key === "formsImport.todo.deadline" && n.todo)).toHaveLength(3);
  });

  it("makes Roman, capital-letter and unit-less Arabic lines section headings, and skips the column numbering row", () => {
    const sections = indicators.filter((r) => r.type === "section").map((r) => `${r.tt} ${r.label_vi}`);
    expect(sections).toEqual(["A SỐ LIỆU", "I Tình hình lao động", "1 Lao động", "2 Việc làm", "3 Tiền lương", "II Tổ chức công đoàn"]);
    expect(indicators.some((r) => r.label_vi === "2")).toBe(false);
    expect(indicators.filter((r) => r.type === "section").every((r) => r.code === null)).toBe(true);
  });

  it('gives the same "- Trong đó: nữ" under two wholes two codes derived from their parents', () => {
    const parts = indicators.filter((r) => r.label_vi === "Trong đó: nữ");
    expect(parts.map((r) => [r.tt, r.code, r.parent])).toEqual([
      ["-", "TONG_LAO_DONG_NU", "TONG_LAO_DONG"],
      ["-", "LAO_DONG_THIEU_VIEC_LAM_NU", "LAO_DONG_THIEU_VIEC_LAM"],
    ]);
    expect(parts[0].name_vi).toBe("Tổng số lao động — trong đó nữ");
    // A part of a stock is a stock, without asking.
    expect(parts[0].kind).toBe("stock");
    expect(parts[0].todo).toBeNull();
  });

  it('makes a "bình quân" line followed by "+ Số người được tính" an average weighted by that line', () => {
    const wage = byLabel(proposal, "Tiền lương bình quân tháng của 1 người lao động");
    const people = byLabel(proposal, "Số người được tính");
    expect(wage).toEqual(
      expect.objectContaining({ type: "decimal", money_unit: "dong", aggregation: "weighted_average", weight: people.code }),
    );
    expect(people).toEqual(expect.objectContaining({ tt: "+", type: "whole", parent: null, aggregation: "sum", indent: "x" }));
  });

  it("maps units to types: người and cuộc whole, đồng and triệu đồng money", () => {
    expect(byLabel(proposal, "Tổng số lao động")).toEqual(expect.objectContaining({ type: "whole", unit_vi: "người", money_unit: null }));
    expect(byLabel(proposal, "Số cuộc đối thoại").type).toBe("whole");
    expect(byLabel(proposal, "Tổng số tiền doanh nghiệp còn nợ lương người lao động")).toEqual(
      expect.objectContaining({ type: "decimal", money_unit: "trieu_dong", kind: "stock" }),
    );
  });

  it("infers stock and flow only from wording that says so, and asks otherwise", () => {
    expect(byLabel(proposal, "Tổng số đoàn viên công đoàn").kind).toBe("stock");
    expect(byLabel(proposal, "Số đoàn viên kết nạp mới").kind).toBe("flow");
    const dialogue = byLabel(proposal, "Số cuộc đối thoại");
    expect(dialogue.kind).toBeNull();
    expect(dialogue.todo).toMatch(/^số tính đến một thời điểm .*stock.*flow/);
  });

  it("makes a % line a ratio only when its label names both sides, and asks when it had to guess", () => {
    const named = byLabel(proposal, "Tỷ lệ đoàn viên so với tổng số lao động");
    expect(named).toEqual(
      expect.objectContaining({
        type: "percent",
        aggregation: "ratio",
        numerator: "TONG_DOAN_VIEN_CONG_DOAN",
        denominator: "TONG_LAO_DONG",
        todo: null,
      }),
    );
    const guessed = byLabel(proposal, "Tỷ lệ so với tổng số lao động");
    expect(guessed).toEqual(
      expect.objectContaining({
        code: "TY_LE_TONG_LAO_DONG",
        aggregation: "ratio",
        numerator: "LAO_DONG_THIEU_VIEC_LAM",
        denominator: "TONG_LAO_DONG",
      }),
    );
    expect(guessed.todo).toMatch(/đã đoán/);
  });

  it('keeps a label starting with "=" as typed, and asks the officer to look at it', () => {
    const hostile = byLabel(proposal, '=HYPERLINK("http://x.invalid","bấm vào đây")');
    expect(hostile.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(hostile.todo).toMatch(/"="/);
  });

  it("stops at the signatures below the table", () => {
    expect(indicators.some((r) => String(r.label_vi).startsWith("Người lập"))).toBe(false);
  });

  it("makes readable, unique ASCII codes within the contract's limit, the same for the same form", () => {
    const codes = indicators.filter((r) => r.type !== "section").map((r) => String(r.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]{1,30}$/);
    const again = proposeDefinition(form1());
    expect(again.sheets).toEqual(proposal.sheets);
  });

  it("lists every todo of the workbook as a note with its row and code", () => {
    const todoRows = indicators.filter((r) => r.todo !== null).map((r) => r.code);
    const noted = new Set(proposal.notes.filter((n) => n.todo && n.code).map((n) => n.code));
    expect(todoRows.length).toBeGreaterThan(0);
    for (const code of todoRows) expect(noted.has(String(code))).toBe(true);
  });
});

describe("proposeDefinition on forms typed other ways", () => {
  it("without a unit column: every line gets a type todo, Arabic lines in bold are headings", () => {
    const proposal = proposeDefinition(
      grid("Biểu", [
        ["BÁO CÁO SỐ LIỆU ĐOÀN VIÊN"],
        ["STT", "Chỉ tiêu", "Số lượng", "Ghi chú"],
        [
          { text: "1", bold: true },
          { text: "Đoàn viên", bold: true },
        ],
        ["1.1", "Tổng số đoàn viên"],
        ["1.2", "Đoàn viên kết nạp mới trong kỳ"],
      ]),
      {},
    );
    const rows = records(proposal, "indicators");
    expect(rows.map((r) => [r.tt, r.type])).toEqual([
      ["1", "section"],
      ["1.1", "whole"],
      ["1.2", "whole"],
    ]);
    for (const row of rows.slice(1)) expect(row.todo).toMatch(/không có cột Đơn vị tính/);
    expect(rows[2].kind).toBe("flow");
  });

  it("with empty columns, a two-row header over Đầu kỳ / Cuối kỳ and years in the title: a review", () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["TỔNG KẾT 10 NĂM THỰC HIỆN NGHỊ QUYẾT 6A (2011 - 2020)"],
        ["TT", null, "Nội dung", "ĐVT", "Số lượng", null, "Ghi chú"],
        [null, null, null, null, "Đầu kỳ", "Cuối kỳ"],
        ["I.", null, "Đoàn viên"],
        ["1.", null, "Tổng số đoàn viên", "người"],
        [null, null, "Trong đó:"],
        [null, null, "Nữ", "người"],
        [null, null, "Dân tộc thiểu số", "người"],
        ["2.", null, "Số đoàn viên kết nạp mới", "người"],
      ]),
      {},
    );
    expect(records(proposal, "campaigns")).toEqual([
      expect.objectContaining({ kind: "review", base_year: 2011, end_year: 2020, as_of: null }),
    ]);
    const rows = records(proposal, "indicators");
    expect(rows.map((r) => [r.tt, r.code, r.parent])).toEqual([
      ["I", null, null],
      ["1", "TONG_DOAN_VIEN", null],
      [null, "TONG_DOAN_VIEN_NU", "TONG_DOAN_VIEN"],
      [null, "TONG_DOAN_VIEN_DAN_TOC", "TONG_DOAN_VIEN"],
      ["2", "DOAN_VIEN_KET_NAP_MOI", null],
    ]);
    // Parts announced by "Trong đó:" are parts for sure: no todo about it.
    expect(rows[2].todo).toBeNull();
    expect(proposal.notes.filter((n) => n.key === "formsImport.note.unknownColumn")).toEqual([]);
  });

  it("takes lines indented under an indicator as its parts, marked for the officer to confirm (and skips a header typed again)", () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["TT", "Nội dung", "Đơn vị tính", "Số lượng"],
        ["1", "Tổng số CĐCS hiện có", "đơn vị"],
        [null, { text: "CĐCS khu vực nhà nước", indent: 1 }, "đơn vị"],
        [null, { text: "CĐCS doanh nghiệp", indent: 1 }, "đơn vị"],
        ["TT", "Nội dung", "Đơn vị tính", "Số lượng"],
        ["1", "2", "3", "4"],
        ["2", "Số CĐCS thành lập mới", "đơn vị"],
        [null, { text: "Số CĐCS giải thể", indent: 1 }, "đơn vị"],
      ]),
      {},
    );
    const rows = records(proposal, "indicators");
    expect(rows.map((r) => [r.code, r.parent, r.kind])).toEqual([
      ["TONG_CDCS_HIEN_CO", null, "stock"],
      ["TONG_CDCS_HIEN_CO_KHU_VUC", "TONG_CDCS_HIEN_CO", "stock"],
      ["TONG_CDCS_HIEN_CO_DOANH", "TONG_CDCS_HIEN_CO", "stock"],
      ["CDCS_THANH_LAP_MOI", null, "flow"],
      ["CDCS_THANH_LAP_MOI_GIAI_THE", "CDCS_THANH_LAP_MOI", "flow"],
    ]);
    expect(rows[1].todo).toMatch(/một phần \("trong đó"\) của TONG_CDCS_HIEN_CO/);
    // Indented is not always a part (dissolved unions are not part of new ones): the guess is the officer's to undo.
    expect(rows[4].todo).toMatch(/nếu không phải, xóa ô parent/);
  });

  it("does not make a flow a part of a stock, nor guess a weight that is not there", () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["TT", "Nội dung", "Đơn vị tính", "Số lượng"],
        ["1", "Tổng số đoàn viên", "người"],
        [null, "- Kết nạp mới", "người"],
        ["2", "Thu nhập bình quân", "triệu đồng"],
        ["3", "Tỷ lệ nữ", "%"],
        ["4", "Diện tích", "ha"],
      ]),
      {},
    );
    const rows = records(proposal, "indicators");
    expect(rows[1]).toEqual(expect.objectContaining({ parent: null, kind: "flow" }));
    expect(rows[2]).toEqual(expect.objectContaining({ aggregation: "none", weight: null }));
    expect(rows[2].todo).toMatch(/weight/);
    expect(rows[3]).toEqual(expect.objectContaining({ type: "percent", aggregation: "none", code: "TY_LE_NU" }));
    expect(rows[3].todo).toMatch(/numerator/);
    expect(rows[4].todo).toMatch(/chưa nhận ra đơn vị tính "ha"/);
  });

  it("writes todos in English when asked, and says so when no sheet has a header", () => {
    const en = proposeDefinition(form1(), { lang: "en" });
    expect(records(en, "indicators").find((r) => r.code === "CUOC_DOI_THOAI")?.todo).toMatch(/^counted at a date .*stock/);
    const none = proposeDefinition(grid("Notes", [["just", "some", "text"]]));
    expect(none.lines).toEqual([]);
    expect(none.notes.map((n) => n.key)).toContain("formsImport.note.noHeader");
  });
});
