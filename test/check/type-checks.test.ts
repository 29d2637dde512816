/** Type checks run before any rule: each case reported once, its value kept out of the figures. */
import { checkWorkbook, readSubmission } from "../../src/domain/check";
import { figureKey } from "../../src/domain/submission";
import { catalog, PERIODIC, REVIEW, templateWorkbook, type CellInput } from "./helpers";
import { render } from "../../src/domain/i18n/message";

const read = (key: string, cell: CellInput, campaign = PERIODIC) => {
  const reading = readSubmission(catalog, templateWorkbook(campaign, { figures: { [key]: cell } }));
  const issue = reading.issues.find((i) => i.code !== undefined && `${i.code}@${i.column}` === key && i.severity !== "blank");
  return { reading, issue, figure: reading.submission!.figures.get(key as ReturnType<typeof figureKey>) };
};

describe("type checks on an input cell", () => {
  it("accepts a whole number in a count cell and a 3-decimal amount in a money cell", () => {
    expect(read("DV_TONG@value", 1250).figure).toBe(1250);
    expect(read("DV_TONG@value", 1250).issue).toBeUndefined();
    expect(read("SK_GIATRI@value", 12.345).figure).toBe(12.345);
    expect(read("SK_GIATRI@value", 12.345).issue).toBeUndefined();
    expect(read("DV_TONG@value", 0).figure).toBe(0);
  });

  it.each([
    ["1.250", "1250"],
    ["1.250,5", "1250,5"],
    ["12,5", "12,5"],
    ["1250", "1250"],
    ["1 250", "1250"],
  ])("reports the number stored as text %p (looks like %s), never converting it", (text, looksLike) => {
    const { issue, figure } = read("DV_TONG@value", text);
    expect(figure).toBeUndefined();
    expect(issue!.severity).toBe("error");
    expect(issue!.category).toBe("type");
    expect(render("vi", issue!.message)).toContain(`"${text}"`);
    expect(render("vi", issue!.message)).toContain(`trông như số ${looksLike}`);
  });

  it("gives the English hint with an English number", () => {
    expect(render("en", read("DV_TONG@value", "1.250,5").issue!.message)).toContain("looks like the number 1250.5");
  });

  it("reports text in a number cell", () => {
    const { issue, figure } = read("DV_TONG@value", "khoảng một trăm");
    expect(figure).toBeUndefined();
    expect(render("vi", issue!.message)).toBe('Tổng số đoàn viên: ô chứa chữ "khoảng một trăm", không phải số.');
  });

  it("reports a true/false value", () => {
    expect(render("vi", read("DV_TONG@value", true).issue!.message)).toContain("đúng/sai");
  });

  it("reports a negative figure", () => {
    const { issue, figure } = read("DV_TONG@value", -5);
    expect(figure).toBeUndefined();
    expect(render("vi", issue!.message)).toBe("Tổng số đoàn viên: số âm (-5); số liệu phải từ 0 trở lên.");
    expect(issue!.values).toEqual([-5]);
  });

  it("reports a fraction in a count, in the Vietnamese way", () => {
    const { issue, figure } = read("DV_TONG@value", 1250.5);
    expect(figure).toBeUndefined();
    expect(render("vi", issue!.message)).toBe("Tổng số đoàn viên: phải là số nguyên, ô chứa 1.250,5.");
    expect(render("en", issue!.message)).toContain("1,250.5");
  });

  it("reports more than 3 decimals in money, showing every digit", () => {
    const { issue, figure } = read("SK_GIATRI@value", 12.3456);
    expect(figure).toBeUndefined();
    expect(render("vi", issue!.message)).toContain("12,3456");
  });

  it("reports a date in a count cell", () => {
    const { issue } = read("DV_TONG@value", { value: 46188, isDate: true });
    expect(render("vi", issue!.message)).toContain("định dạng ngày tháng");
  });

  it.each(["#REF!", "#DIV/0!", "#VALUE!"])("reports the error value %s", (error) => {
    const { issue, figure } = read("DV_TONG@value", { value: { error } });
    expect(figure).toBeUndefined();
    expect(render("vi", issue!.message)).toBe(`Tổng số đoàn viên: ô có lỗi ${error}.`);
  });

  it("takes a formula's cached value as the figure, with a warning", () => {
    const { reading, figure } = read("DV_TONG@value", { value: 1100, formula: "1000+100" });
    expect(figure).toBe(1100);
    const warning = reading.issues.find((i) => i.id === "formula:DV_TONG@value")!;
    expect(warning.severity).toBe("warning");
    expect(render("vi", warning.message)).toContain("=1000+100");
    expect(render("vi", warning.message)).toContain("1.100");
  });

  it("reports a formula with no cached value as an error", () => {
    const { issue, figure } = read("DV_TONG@value", { value: null, formula: "SUM(A1:A3)" });
    expect(figure).toBeUndefined();
    expect(issue!.severity).toBe("error");
    expect(render("vi", issue!.message)).toContain("công thức chưa có giá trị");
  });

  it.each([Infinity, -Infinity, NaN, 1e308 * 10, 2 ** 60])("reports %p as outside the number range", (value) => {
    const { issue, figure } = read("DV_TONG@value", value);
    expect(figure).toBeUndefined();
    expect(render("vi", issue!.message)).toContain("giới hạn số của Excel");
  });

  it("reports a number the reader could not hold exactly, never rounding it", () => {
    const { issue, figure } = read("DV_TONG@value", { value: 12345678901234568, inexact: "12345678901234567" });
    expect(figure).toBeUndefined();
    expect(render("vi", issue!.message)).toContain("12345678901234567");
  });

  it("reports the same problem in a review column with the column named", () => {
    const { issue } = read("DV_TONG@end", -1, REVIEW);
    expect(render("vi", issue!.message)).toBe("Tổng số đoàn viên (cuối kỳ): số âm (-1); số liệu phải từ 0 trở lên.");
    expect(issue!.cells[0]).toEqual({ sheet: "Biểu 01", address: "E8" });
  });

  it("keeps a rejected figure out of the rules: one bad cell, one issue", () => {
    const { issues } = checkWorkbook(catalog, templateWorkbook(PERIODIC, { figures: { "DV_TONG@value": "1.100", "DV_NU@value": 1250 } }));
    expect(issues.filter((i) => i.severity === "error").map((i) => i.id)).toEqual(["type:DV_TONG@value"]);
  });
});

describe("a blank is not a zero", () => {
  it("lists a blank cell as not reported, with its cell, and keeps it null in the figures", () => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { figures: { "DV_TONG@value": 0 } }));
    const sub = reading.submission!;
    expect(sub.figures.get("DV_TONG@value")).toBe(0);
    expect(sub.figures.get("DV_NU@value")).toBeNull();
    const blank = reading.issues.find((i) => i.id === "blank:DV_NU@value")!;
    expect(blank.severity).toBe("blank");
    expect(blank.values).toEqual([null]);
    expect(blank.cells).toHaveLength(1);
    expect(render("vi", blank.message)).toBe("Số đoàn viên nữ: để trống, được hiểu là chưa báo cáo (không phải số 0).");
    expect(reading.issues.some((i) => i.id === "blank:DV_TONG@value")).toBe(false);
  });

  it("treats a cell of spaces as blank", () => {
    expect(
      readSubmission(catalog, templateWorkbook(PERIODIC, { figures: { "DV_TONG@value": "   " } })).submission!.figures.get("DV_TONG@value"),
    ).toBeNull();
  });

  it("does not break a part ≤ whole rule when the whole is blank and the part is zero", () => {
    const { issues } = checkWorkbook(catalog, templateWorkbook(PERIODIC, { figures: { "DV_NU@value": 0 } }));
    expect(issues.filter((i) => i.category === "rule")).toEqual([]);
  });

  it("counts a blank part as zero in a breakdown only when something is reported", () => {
    const some = checkWorkbook(
      catalog,
      templateWorkbook(PERIODIC, { figures: { "CS_TONG@value": 5, "CS_HCSN@value": 2, "CS_DNNN@value": 3 } }),
    ).issues;
    expect(some.some((i) => i.id === "CS_BREAKDOWN_EQ_TONG@value")).toBe(false);
    const short = checkWorkbook(
      catalog,
      templateWorkbook(PERIODIC, { figures: { "CS_TONG@value": 6, "CS_HCSN@value": 2, "CS_DNNN@value": 3 } }),
    ).issues;
    expect(short.find((i) => i.id === "CS_BREAKDOWN_EQ_TONG@value")!.values).toEqual([2, 3, null, null, null, null, 6]);
  });
});

describe("names deleted from the workbook", () => {
  it("reports a missing input cell name as an error naming the figure", () => {
    const { issues, submission } = readSubmission(catalog, templateWorkbook(PERIODIC, { omit: ["UR_DV_NU_SL"] }));
    const issue = issues.find((i) => i.id === "missing:DV_NU@value")!;
    expect(issue.severity).toBe("error");
    expect(render("vi", issue.message)).toBe('Ô của chỉ tiêu "Số đoàn viên nữ" (DV_NU) không còn trong tệp (tên vùng bị xóa?).');
    expect(submission!.figures.has("DV_NU@value")).toBe(false);
  });

  it("reports a table whose every name is gone once, by its sheet", () => {
    const b01 = catalog.tables[0];
    const names = b01.rows.flatMap((r) => [`UR_${r.code}_SL`]);
    const { issues } = readSubmission(catalog, templateWorkbook(PERIODIC, { omit: names }));
    const gone = issues.filter((i) => i.tableId === b01.id && i.severity === "error");
    expect(gone).toHaveLength(1);
    expect(render("vi", gone[0].message)).toContain(`"${b01.sheetName}"`);
  });
});
