import { isoDateToSerial, parseNumberText } from "../../src/workbook/file/reader/numbers";
import { compileSharedFormula, parseNameTarget, shiftShared } from "../../src/workbook/file/reader/refs";
import { isDateFormatCode } from "../../src/domain/number-format";

describe("numbers as the file wrote them", () => {
  it.each([
    ["42", 42],
    ["-0.5", -0.5],
    ["1E-3", 0.001],
    ["2.2000000000000002", 2.2000000000000002],
    ["0.30000000000000004", 0.30000000000000004],
    ["100000000000000000000", 1e20],
    ["1234567890123456", 1234567890123456],
  ])("reads %s exactly", (text, value) => expect(parseNumberText(text)).toEqual({ value }));

  it.each(["12345678901234567890", "9007199254740993", "0.12345678901234567891"])(
    "keeps the text of %s, which a double cannot hold",
    (text) => {
      expect(parseNumberText(text)).toEqual({ value: Number(text), inexact: text });
    },
  );

  it.each(["", "1,5", "1.250,5", "abc", "1e999"])("does not guess a number from %j", (text) =>
    expect(parseNumberText(text)).toEqual({ value: null, inexact: text }),
  );

  it("turns ISO dates into 1900-system serials", () => {
    expect(isoDateToSerial("2020-07-15")).toBe(44027);
    expect(isoDateToSerial("2020-07-15T12:00:00Z")).toBe(44027.5);
    expect(isoDateToSerial("1900-01-01")).toBe(1);
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial("2020-02-30")).toBeUndefined();
  });
});

describe("defined-name targets", () => {
  it.each([
    ["'Biểu 01'!$D$7", "Biểu 01", 7, 4, 7, 4],
    ["Sheet1!$A$5:$AZ$300", "Sheet1", 5, 1, 300, 52],
    ["'It''s'!B2", "It's", 2, 2, 2, 2],
    ["S!$C$3:$A$1", "S", 1, 1, 3, 3],
  ])("%s", (formula, sheet, r1, c1, r2, c2) => {
    expect(parseNameTarget(formula)).toEqual({ ok: true, sheet, first: { row: r1, column: c1 }, last: { row: r2, column: c2 } });
  });

  it.each([
    ["[1]Sheet1!$A$1", "external"],
    ["'C:\\x\\[Book.xlsx]Sheet1'!$A$1", "external"],
    ["#REF!", "ref-error"],
    ["Sheet1!#REF!", "ref-error"],
    ["Sheet1!$A:$A", "unsupported"],
    ["Sheet1!$A$1,Sheet1!$B$1", "unsupported"],
    ["'S1:S3'!A1", "unsupported"],
    ["5", "unsupported"],
    ["S!$A$1048577", "unsupported"],
  ])("refuses %s as %s", (formula, reason) => expect(parseNameTarget(formula)).toEqual({ ok: false, reason }));
});

const shiftFormula = (formula: string, rows: number, columns: number): string => shiftShared(compileSharedFormula(formula), rows, columns);

describe("moving a shared formula", () => {
  it("moves relative references only, leaving strings, sheet names and functions alone", () => {
    expect(shiftFormula("SUM(B5:C5)*$A$1+LOG10(D5)&\"B5\"+'Biểu 01'!E5+A$1+$A1", 2, 1)).toBe(
      "SUM(C7:D7)*$A$1+LOG10(E7)&\"B5\"+'Biểu 01'!F7+B$1+$A3",
    );
  });
  it("writes #REF! for a reference moved off the sheet", () => expect(shiftFormula("A1", -1, 0)).toBe("#REF!"));
  it("splits the formula once and moves it for every follower of a register column", () => {
    const shared = compileSharedFormula('IF(OR(AB12="",AC12=""),"",AC12/AB12)&"AB12"+XFE1');
    expect(shiftShared(shared, 0, 0)).toBe('IF(OR(AB12="",AC12=""),"",AC12/AB12)&"AB12"+XFE1');
    expect(shiftShared(shared, 3, 0)).toBe('IF(OR(AB15="",AC15=""),"",AC15/AB15)&"AB12"+XFE1');
    expect(shiftShared(shared, 3988, 1)).toBe('IF(OR(AC4000="",AD4000=""),"",AD4000/AC4000)&"AB12"+XFE1');
    expect(shiftShared(shared, -12, 0)).toBe('IF(OR(#REF!="",#REF!=""),"",#REF!/#REF!)&"AB12"+XFE1');
  });
});

describe("date formats", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["[$-42A]d mmmm yyyy", true],
    ["h:mm AM/PM", true],
    ["[h]:mm:ss", true],
    ["#,##0", false],
    ['0 "ngày"', false],
    ["[Red]#,##0.00", false],
    ["General", false],
    ["0.0%", false],
  ])("%s → %s", (code, expected) => expect(isDateFormatCode(code)).toBe(expected));
});
