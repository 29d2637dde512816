/** How a typed form says a column is computed, read over the columns' ids: the numbering row's entry, or a formula typed in a cell. */
import { formulaFromCell, formulaFromNumbering } from "../../src/domain/forms/import/column-formulas";

const byNumber = new Map([
  [1, "KH"],
  [2, "TH"],
  [4, "TONG"],
  [5, "HCSN"],
  [6, "DNNN"],
]);
// Columns D, E, F, G of a sheet (0-based 3…6).
const byColumn = new Map([
  [3, "KH"],
  [4, "TH"],
  [5, "HCSN"],
  [6, "DNNN"],
]);

describe("a numbering entry's formula", () => {
  it.each([
    ["2/1", "TH / KH", true],
    ["2:1", "TH / KH", true],
    ["2/1x100", "TH / KH", true],
    ["2/1×100", "TH / KH", true],
    ["(5)+(6)", "HCSN + DNNN", false],
    ["(4)-(5)", "TONG - HCSN", false],
    ["(2-1)/1", "(TH - KH) / KH", true],
  ])("%s → %s", (text, formula, divides) => {
    expect(formulaFromNumbering(text, byNumber)).toEqual({ formula, divides });
  });

  it.each(["3/1", "2/1+a", "", "100"])("%s names no formula over the value columns", (text) => {
    expect(formulaFromNumbering(text, byNumber)).toBeNull();
  });
});

describe("a formula typed in a cell", () => {
  it.each([
    ["=E11/D11*100", "TH / KH", true],
    ["E11/D11", "TH / KH", true],
    ["=$E$11/$D$11*100", "TH / KH", true],
    ["=100*E11/D11", "TH / KH", true],
    ["=IFERROR(ROUND(E11/D11*100,1),0)", "TH / KH", true],
    ['=iferror(e11/d11*100, "")', "TH / KH", true],
    ["=F11+G11", "HCSN + DNNN", false],
    ["=SUM(F11:G11)", "sum(HCSN, DNNN)", false],
  ])("%s → %s", (text, formula, divides) => {
    expect(formulaFromCell(text, 10, byColumn)).toEqual({ formula, divides });
  });

  it.each([
    ["=E12/D12*100", "another row"],
    ["=E11/C11", "a column that is not a value column"],
    ["=E11/1000", "a constant"],
    ["=SUM(F11:G12)", "a range over two rows"],
    ["=VLOOKUP(E11,A:B,2,0)", "a function"],
  ])("%s (%s) is not read", (text) => {
    expect(formulaFromCell(text, 10, byColumn)).toBeNull();
  });
});
