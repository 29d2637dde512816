/**
 * The forms provincial and district offices type (typed-forms.ts), written as real .xlsx files and read
 * back by the import: each mistake issue 22 found on them, and the shapes with several value columns,
 * proposed as the definition's `columns` sheet (ids, groups, what is computed and how; a todo for each guess).
 */
import type { DefinitionSheet } from "../../src/domain/definition/definition-sheets";
import { proposeDefinition, type Proposal } from "../../src/domain/forms/import";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import { readTypedForm } from "../../src/workbook/file/forms/read-typed-form";
import { render } from "../../src/domain/i18n/message";
import { grid } from "./grids";
import { decideEveryTodo } from "./officer";
import { ANNUAL_REPORT, PLAN_ACTUAL, SECTOR_MATRIX, TWO_YEARS } from "./typed-forms";
import { typedXlsx, type TypedSheet } from "./typed-xlsx";

type Cell = string | number | boolean | null;

function records(proposal: Proposal, name: string): Record<string, Cell>[] {
  const sheet = proposal.sheets.sheets.find((s: DefinitionSheet) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const [header, ...rows] = sheet.rows;
  return rows.map((row) => Object.fromEntries(header.map((key, i) => [String(key), row[i] ?? null])));
}

async function imported(form: TypedSheet): Promise<Proposal> {
  const read = await readTypedForm(await typedXlsx([form]));
  if (!read.ok) throw new Error(render("en", read.error));
  return proposeDefinition(read.value.sheets);
}

const line = (proposal: Proposal, label: string) => {
  const found = records(proposal, "indicators").filter((r) => r.label_vi === label);
  if (found.length !== 1) throw new Error(`${found.length} rows labelled ${label}`);
  return found[0];
};

describe("a district's annual report, typed with placeholders, a year in the title and the preparer's lines", () => {
  let proposal: Proposal;
  beforeAll(async () => {
    proposal = await imported(ANNUAL_REPORT);
  });

  it('takes the title from the title line, never from the placeholder "LĐLĐ HUYỆN/CĐ NGÀNH: …"', () => {
    expect(records(proposal, "settings")[0].title_vi).toBe("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN");
    expect(records(proposal, "tables")[0]).toEqual(
      expect.objectContaining({ number: "02", title_vi: "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN" }),
    );
  });

  it('makes the form and campaign ids from the title, and "NĂM 2026" the campaign\'s {year}', () => {
    expect(records(proposal, "settings")[0].form_id).toBe("bao-cao-ket-qua-hoat-dong-cong-doan");
    expect(records(proposal, "campaigns")[0]).toEqual(
      expect.objectContaining({
        campaign_id: "bao-cao-ket-qua-hoat-dong-cong-doan",
        title_vi: "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM {year}",
        as_of: "30/11",
      }),
    );
    expect(records(proposal, "campaign_levels").every((r) => r.campaign_id === "bao-cao-ket-qua-hoat-dong-cong-doan")).toBe(true);
  });

  it('skips the numbering row "A B C 1 2" and the sample line, which are no indicators', () => {
    const labels = records(proposal, "indicators").map((r) => r.label_vi);
    expect(labels).not.toContain("B");
    expect(labels.some((label) => String(label).startsWith("Ví dụ"))).toBe(false);
    expect(proposal.notes).toContainEqual(expect.objectContaining({ key: "formsImport.note.sample", row: 12, todo: false }));
  });

  it('codes "Số công đoàn cơ sở" CONG_DOAN_CO_SO: "sở" is not the filler "số"', () => {
    expect(line(proposal, "Số công đoàn cơ sở").code).toBe("CONG_DOAN_CO_SO");
  });

  it('reads "nghìn đồng" as money in thousands', () => {
    expect(line(proposal, "Tổng số tiền hỗ trợ")).toEqual(
      expect.objectContaining({ type: "decimal", money_unit: "nghin_dong", unit_vi: "nghìn đồng" }),
    );
  });

  it("finds the weight line typed above its average", () => {
    const weight = line(proposal, "Số lượt đoàn viên được tính hỗ trợ");
    expect(line(proposal, "Mức hỗ trợ bình quân một lượt")).toEqual(
      expect.objectContaining({ aggregation: "weighted_average", weight: weight.code }),
    );
    expect(weight).toEqual(expect.objectContaining({ type: "whole", aggregation: "sum", parent: null }));
  });

  it('makes "Họ tên người lập biểu" and "Số điện thoại liên hệ" with a blank ĐVT text rows with a todo, not headings', () => {
    for (const label of ["Họ tên người lập biểu", "Số điện thoại liên hệ"]) {
      const row = line(proposal, label);
      expect(row).toEqual(expect.objectContaining({ type: "text", aggregation: "none" }));
      expect(row.todo).toMatch(/Thông tin đơn vị/);
    }
    expect(
      records(proposal, "indicators")
        .filter((r) => r.type === "section")
        .map((r) => r.label_vi),
    ).toEqual(["Tổ chức công đoàn", "Chăm lo đời sống"]);
  });

  it("loads, once the officer has decided its todos, with the money unit and the text rows", () => {
    const sheets = decideEveryTodo(proposal.sheets);
    const load = loadDefinition(sheets);
    expect(load.problems.filter((p) => p.severity === "error")).toEqual([]);
    const rows = new Map(load.definition!.tables[0].rows.map((row) => [row.code, row]));
    expect(rows.get("TONG_TIEN_HO_TRO")?.moneyUnit).toBe("nghin_dong");
    expect(rows.get("HO_TEN_NGUOI_LAP_BIEU")?.valueType).toBe("text");
  });
});

describe("titles as typed", () => {
  const titled = (...above: string[]) =>
    proposeDefinition(
      grid("Sheet1", [...above.map((text) => [text]), ["TT", "Nội dung", "Đơn vị tính", "Số lượng"], ["1", "Tổng số đoàn viên", "người"]]),
    );

  it('keeps "đầu năm" when the year goes, and leaves a span of years to the review', () => {
    const half = titled("BIỂU TỔNG HỢP SỐ LIỆU 6 THÁNG ĐẦU NĂM 2026");
    expect(records(half, "settings")[0].title_vi).toBe("BIỂU TỔNG HỢP SỐ LIỆU 6 THÁNG ĐẦU NĂM");
    expect(records(half, "campaigns")[0].title_vi).toBe("BIỂU TỔNG HỢP SỐ LIỆU 6 THÁNG ĐẦU NĂM {year}");
    expect(records(titled("TỔNG KẾT NHIỆM KỲ (NĂM 2021 - 2026)"), "settings")[0].title_vi).toBe("TỔNG KẾT NHIỆM KỲ (NĂM 2021 - 2026)");
  });

  it("prefers a line worded as a title over the issuing body typed alone above it", () => {
    expect(records(titled("LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN", "Tổng hợp số liệu đoàn viên"), "settings")[0].title_vi).toBe(
      "Tổng hợp số liệu đoàn viên",
    );
  });

  it("without a title, gives a placeholder id and a todo in the settings sheet, not the file's name", () => {
    const untitled = titled("CĐCS: ......................");
    expect(records(untitled, "settings")[0]).toEqual(expect.objectContaining({ form_id: "bieu-mau", title_vi: "Sheet1" }));
    expect(records(untitled, "settings")[0].todo).toMatch(/không thấy tên biểu .*form_id/);
    expect(records(untitled, "campaigns")[0].campaign_id).toBe("bieu-mau");
  });
});

/** The proposed `columns` sheet as records: what the officer sees, todo cells included. */
const columnsOf = (proposal: Proposal) =>
  records(proposal, "columns").map((r) => ({
    id: r.id,
    label: r.label_vi,
    group: r.group_vi,
    role: r.role,
    formula: r.formula,
    type: r.value_type,
    number: r.number,
    todo: r.todo,
  }));
const input = (id: string, label: string, number: string | null = null, group: string | null = null) => ({
  id,
  label,
  group,
  role: "input",
  formula: null,
  type: null,
  number,
  todo: null,
});

describe("forms with several value columns: the columns sheet", () => {
  it('plan / actual / % of plan with "A B C 1 2 3=2/1 4": KH and TH typed, TL computed TH / KH as a percent, as the numbering says', async () => {
    const proposal = await imported(PLAN_ACTUAL);
    const labels = records(proposal, "indicators").map((r) => r.label_vi);
    expect(labels).toEqual(["Kết nạp đoàn viên mới", "Thành lập công đoàn cơ sở mới", "Số cuộc đối thoại tại nơi làm việc"]);
    expect(records(proposal, "indicators").every((r) => r.unit_vi !== "C" && r.code !== "B")).toBe(true);
    expect(records(proposal, "columns").every((r) => r.table === "B01")).toBe(true);
    expect(columnsOf(proposal)).toEqual([
      input("KH", "Kế hoạch năm", "1"),
      input("TH", "Thực hiện 6 tháng", "2"),
      { ...input("TL", "Tỷ lệ % so với KH", "3=2/1"), role: "computed", formula: "TH / KH", type: "percent" },
    ]);
    // Nothing guessed about the columns: no todo on the table any more.
    expect(records(proposal, "tables")[0].todo).toBeNull();
    expect(records(proposal, "campaigns")[0].kind).toBe("periodic");
  });

  it('a sector matrix under a two-row "Chia ra" header numbered (1)…(9): TONG and the four sectors grouped "Chia ra"; whether TONG is their sum is asked', async () => {
    const proposal = await imported(SECTOR_MATRIX);
    expect(records(proposal, "indicators").map((r) => [r.code, r.parent])).toEqual([
      ["CONG_DOAN_CO_SO", null],
      ["TONG_DOAN_VIEN", null],
      ["TONG_DOAN_VIEN_NU", "TONG_DOAN_VIEN"],
    ]);
    expect(columnsOf(proposal)).toEqual([
      {
        ...input("TONG", "Tổng số", "(4)"),
        todo: 'cột "Tổng số" có bằng tổng các cột "Chia ra" không? Nếu có, ghi role = computed và formula = sum(HCSN, DNNN, NGOAI, FDI) (biểu mẫu tự cộng, ô bị khóa); nếu không, để role = input',
      },
      input("HCSN", "Khu vực HCSN", "(5)", "Chia ra"),
      input("DNNN", "DN nhà nước", "(6)", "Chia ra"),
      input("NGOAI", "DN ngoài nhà nước", "(7)", "Chia ra"),
      input("FDI", "DN có vốn ĐTNN", "(8)", "Chia ra"),
    ]);
    expect(proposal.notes).toContainEqual(expect.objectContaining({ key: "formsImport.column.totalAsk", sheet: "columns", todo: true }));
  });

  it('the total of a split is computed when the numbering row says "(4)=(5)+(6)+(7)+(8)", or its cells hold =SUM(E7:H7)', async () => {
    const numbered = await imported({
      ...SECTOR_MATRIX,
      rows: SECTOR_MATRIX.rows.map((row, i) =>
        i === 5 ? ["(1)", "(2)", "(3)", "(4)=(5)+(6)+(7)+(8)", "(5)", "(6)", "(7)", "(8)", "(9)"] : row,
      ),
    });
    expect(columnsOf(numbered)[0]).toEqual({
      ...input("TONG", "Tổng số", "(4)=(5)+(6)+(7)+(8)"),
      role: "computed",
      formula: "HCSN + DNNN + NGOAI + FDI",
    });
    const summed = await imported({
      ...SECTOR_MATRIX,
      formulas: {
        D7: { formula: "SUM(E7:H7)", result: 0 },
        D8: { formula: "SUM($E8:$H8)", result: 0 },
        D9: { formula: "SUM(E9:H9)", result: 0 },
      },
    });
    expect(columnsOf(summed)[0]).toEqual({ ...input("TONG", "Tổng số", "(4)"), role: "computed", formula: "sum(HCSN, DNNN, NGOAI, FDI)" });
  });

  it("last year / this year / comparison: NAM_TRUOC and NAM_NAY typed, SO_SANH guessed as NAM_NAY / NAM_TRUOC and asked; not a review", async () => {
    const proposal = await imported(TWO_YEARS);
    expect(records(proposal, "campaigns")[0]).toEqual(expect.objectContaining({ kind: "periodic", base_year: null, end_year: null }));
    const yearTodo = (label: string, year: number) =>
      `tên cột "${label}" ghi năm ${year}: kỳ báo cáo năm khác vẫn in đúng chữ này; nếu cột là năm trước / năm nay của kỳ, hãy sửa label_vi (vd. "Năm trước")`;
    expect(columnsOf(proposal)).toEqual([
      { ...input("NAM_TRUOC", "Năm 2025"), todo: yearTodo("Năm 2025", 2025) },
      { ...input("NAM_NAY", "Năm 2026"), todo: yearTodo("Năm 2026", 2026) },
      {
        ...input("SO_SANH", "So sánh (%)"),
        role: "computed",
        formula: "NAM_NAY / NAM_TRUOC",
        type: "percent",
        todo: 'cột "So sánh (%)" được đoán là số tính NAM_NAY / NAM_TRUOC theo tên cột (biểu không ghi công thức): hãy kiểm tra; nếu đơn vị tự nhập, ghi role = input và xóa formula',
      },
    ]);
  });

  it("a review's own columns stay a review, without a todo and without a columns sheet", () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["SƠ KẾT 5 NĂM THỰC HIỆN NGHỊ QUYẾT 20"],
        ["TT", "Nội dung", "ĐVT", "Năm 2008", "Năm 2012", "Tăng, giảm"],
        ["1", "Tổng số đoàn viên", "người"],
      ]),
    );
    expect(records(proposal, "campaigns")[0]).toEqual(expect.objectContaining({ kind: "review", base_year: 2008, end_year: 2012 }));
    expect(records(proposal, "tables")[0].todo).toBeNull();
    expect(proposal.sheets.sheets.map((sheet) => sheet.name)).not.toContain("columns");
  });

  it("a form with one value column has no columns sheet: it behaves as before", async () => {
    const proposal = await imported(ANNUAL_REPORT);
    expect(proposal.sheets.sheets.map((sheet) => sheet.name)).toEqual([
      "settings",
      "tables",
      "indicators",
      "rules",
      "campaigns",
      "campaign_levels",
    ]);
  });
});

describe("a % column typed as formulas, without a numbering row", () => {
  const withoutNumbering = (formulas: TypedSheet["formulas"]): TypedSheet => ({
    ...PLAN_ACTUAL,
    // The numbering row "A B C 1 2 3=2/1 4" left out: the formulas alone say the column is computed.
    rows: PLAN_ACTUAL.rows.filter((_, i) => i !== 4),
    formulas,
  });

  it("becomes the computed column TH / KH, a percent: =E5/D5*100 and =IFERROR(ROUND(E6/D6*100,1),0) say the same", async () => {
    const proposal = await imported(
      withoutNumbering({
        F5: { formula: "E5/D5*100", result: 53.3 },
        F6: { formula: "IFERROR(ROUND(E6/D6*100,1),0)", result: 40 },
        F7: { formula: "$E7/$D7*100", result: 43.8 },
      }),
    );
    expect(columnsOf(proposal)[2]).toEqual({ ...input("TL", "Tỷ lệ % so với KH"), role: "computed", formula: "TH / KH", type: "percent" });
  });

  it("asks when rows hold different formulas, and when a formula is not one over the row's columns", async () => {
    const differ = await imported(
      withoutNumbering({ F5: { formula: "E5/D5*100", result: 53.3 }, F6: { formula: "D6/E6*100", result: 250 } }),
    );
    expect(columnsOf(differ)[2]).toEqual(
      expect.objectContaining({
        role: "computed",
        formula: "TH / KH",
        todo: 'cột "Tỷ lệ % so với KH": công thức ở dòng 5 và dòng 6 (=D6/E6*100) khác nhau; đã lấy TH / KH — hãy kiểm tra',
      }),
    );
    const unread = await imported(withoutNumbering({ F5: { formula: "E5/1000", result: 0.6 } }));
    expect(columnsOf(unread)[2]).toEqual({
      ...input("TL", "Tỷ lệ % so với KH"),
      todo: 'cột "Tỷ lệ % so với KH" là số tính (=E5/1000) nhưng chưa đọc được công thức theo các cột: đã để role = input; hãy ghi role = computed và formula theo mã cột (vd. TH / KH)',
    });
  });
});

describe("shapes typed on the grid", () => {
  it('reads a two-row "Trong đó" header as a total and its parts: TONG, NU, DTTS grouped "Trong đó"', () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["BÁO CÁO SỐ LIỆU CÁN BỘ CÔNG ĐOÀN"],
        ["TT", "Nội dung", "ĐVT", "Tổng số", "Trong đó", null, "Ghi chú"],
        [null, null, null, null, "Nữ", "Dân tộc thiểu số"],
        ["1", "Số cán bộ công đoàn chuyên trách", "người"],
      ]),
    );
    expect(columnsOf(proposal).map((c) => [c.id, c.label, c.group, c.role])).toEqual([
      ["TONG", "Tổng số", null, "input"],
      ["NU", "Nữ", "Trong đó", "input"],
      ["DTTS", "Dân tộc thiểu số", "Trong đó", "input"],
    ]);
    expect(columnsOf(proposal)[0].todo).toContain('cột "Tổng số" có bằng tổng các cột "Trong đó" không?');
    expect(records(proposal, "indicators").map((r) => r.code)).toEqual(["CAN_BO_CONG_DOAN_CHUYEN"]);
  });

  it("gives each header a readable id, unique and at most 12 characters, and guesses a change column with a todo", () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["TT", "Nội dung", "ĐVT", "Năm 2025", "Năm 2026", "Tăng, giảm", "Chia ra", null, null, "Số lượng cán bộ chuyên trách", "Số lượng"],
        [null, null, null, null, null, null, "Hợp tác xã", "Dân tộc thiểu số", "Khu vực HCSN"],
        ["1", "Tổng số đoàn viên", "người"],
      ]),
    );
    expect(columnsOf(proposal).map((c) => [c.id, c.role, c.formula])).toEqual([
      ["NAM_TRUOC", "input", null],
      ["NAM_NAY", "input", null],
      ["TANG_GIAM", "computed", "NAM_NAY - NAM_TRUOC"],
      ["HTX", "input", null],
      ["DTTS", "input", null],
      ["HCSN", "input", null],
      ["SLCBCT", "input", null],
      ["SO_LUONG", "input", null],
    ]);
    expect(columnsOf(proposal)[2].todo).toContain("được đoán là số tính NAM_NAY - NAM_TRUOC theo tên cột");
    expect(columnsOf(proposal).every((c) => /^[A-Z][A-Z0-9_]{0,11}$/.test(String(c.id)))).toBe(true);
  });

  it("two plan columns get two ids", () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["TT", "Nội dung", "ĐVT", "Kế hoạch năm", "Kế hoạch 6 tháng", "Thực hiện"],
        ["1", "Tổng số đoàn viên", "người"],
      ]),
    );
    expect(columnsOf(proposal).map((c) => c.id)).toEqual(["KH", "KH_2", "TH"]);
  });

  it("skips a numbering row with a computed column typed again after a page break", () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ %"],
        ["A", "B", "C", "1", "2", "3=2/1"],
        ["1", "Kết nạp đoàn viên mới", "người"],
        ["A", "B", "C", "1", "2", "3=2/1"],
        ["2", "Thành lập công đoàn cơ sở mới", "đơn vị"],
      ]),
    );
    expect(records(proposal, "indicators").map((r) => r.label_vi)).toEqual(["Kết nạp đoàn viên mới", "Thành lập công đoàn cơ sở mới"]);
  });

  it('does not take a money line "… được tính" above an average as its weight', () => {
    const proposal = proposeDefinition(
      grid("Sheet1", [
        ["TT", "Nội dung", "Đơn vị tính", "Số lượng"],
        ["1", "Tổng số tiền được tính hỗ trợ", "nghìn đồng"],
        ["2", "Mức hỗ trợ bình quân một lượt", "nghìn đồng"],
      ]),
    );
    const average = records(proposal, "indicators")[1];
    expect(average).toEqual(expect.objectContaining({ aggregation: "none", weight: null }));
    expect(average.todo).toMatch(/weight/);
  });
});
