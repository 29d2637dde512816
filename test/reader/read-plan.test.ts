/**
 * The reader works out which cells the names ask for once and reuses that while the next file has the
 * same sheets and names (a merge reads hundreds of files of one template). Reading files in any order
 * must give what reading each of them alone gives, and the cells asked for are still counted per file.
 */
import { unzipSync } from "fflate";
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

/**
 * Parts a file shares byte for byte with an earlier one (the workbook part, relationships, styles) are
 * not parsed again (PartMemo). That must be invisible: the same result, the same charge to the budget,
 * and no limit bypassed by a result read under looser limits.
 */
describe("parts repeated byte for byte from an earlier file", () => {
  const names = [["UR_X", "'Biểu 01'!$B$2"], ["UR_Y", "'Biểu 01'!$B$2:$C$3"]] as const;
  const a = book(1, names);
  const b = book(10, names);
  const other = book(20, [["UR_X", "'Biểu 01'!$C$2"]]);
  const stats = (bytes: Uint8Array, first: Uint8Array) => {
    mustRead(first); // whatever it leaves behind is what the next read may reuse
    const { ms: _ms, ...rest } = mustRead(bytes).stats;
    return rest;
  };

  it("are really the same bytes in these files (else this test would prove nothing)", () => {
    const [pa, pb] = [unzipSync(a), unzipSync(b)];
    expect(pa["xl/workbook.xml"]).toEqual(pb["xl/workbook.xml"]);
    expect(pa["xl/worksheets/sheet1.xml"]).not.toEqual(pb["xl/worksheets/sheet1.xml"]);
  });

  it("give the same figures and the same charge to the budget as a read from scratch", () => {
    expect(plain(b)).toEqual((mustRead(other), plain(b)));
    const fresh = stats(b, other);
    const reused = stats(b, a);
    expect(reused).toEqual(fresh);
    expect(fresh.inflatedBytes).toBeGreaterThan(0);
  });

  it("are still held to the limits of the file being read", () => {
    mustRead(a);
    expect(errorCode(b, { maxDefinedNames: 1 })).toBe("reader.too-many-names");
    const inflated = (mustRead(other), mustRead(b).stats.inflatedBytes);
    mustRead(a);
    expect(errorCode(b, { maxInflatedBytes: inflated - 1 })).toBe("reader.inflated-too-large");
    mustRead(a, { maxDefinedNames: 1000 });
    expect(mustRead(b).stats.inflatedBytes).toBe(inflated);
  });
});
