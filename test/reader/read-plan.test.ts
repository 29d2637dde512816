/**
 * The reader works out which cells the names ask for once and reuses that while the next file has the
 * same sheets and names (a merge reads hundreds of files of one template). Reading files in any order
 * must give what reading each of them alone gives, and the cells asked for are still counted per file.
 */
import { handXlsx } from "./build-xlsx";
import { errorCode, mustRead } from "./read-helpers";

const book = (value: number, names: readonly (readonly [string, string])[], sheet = "Biểu 01") =>
  handXlsx({
    sheets: [{ name: sheet, data: `<row r="2"><c r="B2"><v>${value}</v></c><c r="C2"><v>${value + 1}</v></c></row><row r="3"><c r="B3"><v>${value + 2}</v></c></row>` }],
    names,
  });

const plain = (bytes: Uint8Array) => {
  const outcome = mustRead(bytes);
  return { names: [...outcome.workbook.names.entries()], sheets: outcome.workbook.sheets, broken: outcome.flags.brokenNames, cells: outcome.stats.cellsRead };
};

describe("reading files one after another", () => {
  const a = book(1, [["UR_X", "'Biểu 01'!$B$2"], ["UR_Y", "'Biểu 01'!$B$2:$C$3"]]);
  const b = book(10, [["UR_X", "'Biểu 01'!$B$2"], ["UR_Y", "'Biểu 01'!$B$2:$C$3"]]);
  const c = book(20, [["UR_X", "'Biểu 01'!$C$2"], ["UR_Z", "'Biểu 01'!$B$3"], ["UR_X", "'Biểu 01'!$B$2"]]);
  const d = book(30, [["UR_X", "'Biểu 01'!$B$2"], ["UR_Y", "'Biểu 01'!$B$2:$C$3"]], "Biểu 02");

  it("gives each file what reading it alone gives, in any order", () => {
    const alone = [a, b, c, d].map(plain);
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [0, 0, 1, 1], [2, 0, 2, 1, 3, 3, 0]]) {
      for (const i of order) expect(plain([a, b, c, d][i])).toEqual(alone[i]);
    }
    expect(alone[1].names.find(([key]) => key === "UR_Y")?.[1].cells).toEqual([[{ value: 10 }, { value: 11 }], [{ value: 12 }, { value: null }]]);
    expect(alone[2].broken.map((n) => n.reason)).toEqual(["duplicate"]);
    expect(alone[3].broken.map((n) => n.reason)).toEqual(["missing-sheet", "missing-sheet"]);
  });

  it("still counts the cells the names ask for against each file's limit", () => {
    mustRead(a);
    expect(errorCode(b, { maxCells: 3 })).toBe("reader.too-many-cells");
    expect(mustRead(b, { maxCells: 100 }).stats.cellsRead).toBe(plain(a).cells);
  });
});
