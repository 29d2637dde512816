/**
 * The reader works out which cells the names ask for once and reuses that while the next file has the
 * same sheets and names (a merge reads hundreds of files of one template). Reading files in any order
 * through one WorkbookReader (one memory, as a merge does) must give what reading each of them alone
 * gives, and the cells asked for are still counted per file.
 */
import { unzipSync } from "fflate";
import { WorkbookReader } from "../../src/workbook/file/reader";
import { XmlByteScanner } from "../../src/workbook/file/reader/xml-bytes";
import { handXlsx } from "./build-xlsx";
import { errorCode, mustRead } from "./read-helpers";

const book = (value: number, names: readonly (readonly [string, string])[], sheet = "Biểu 01") =>
  handXlsx({
    sheets: [
      {
        name: sheet,
        data: `<row r="2"><c r="B2"><v>${value}</v></c><c r="C2"><v>${value + 1}</v></c></row><row r="3"><c r="B3"><v>${value + 2}</v></c></row>`,
      },
    ],
    names,
  });

/** What a read gives: alone (fresh memory), or through `reader`, after the files it read before. */
const plain = (bytes: Uint8Array, reader?: WorkbookReader) => {
  const outcome = mustRead(bytes, undefined, reader);
  return {
    names: [...outcome.workbook.names.entries()],
    sheets: outcome.workbook.sheets,
    broken: outcome.flags.brokenNames,
    cells: outcome.stats.cellsRead,
  };
};

describe("reading files one after another", () => {
  const a = book(1, [
    ["UR_X", "'Biểu 01'!$B$2"],
    ["UR_Y", "'Biểu 01'!$B$2:$C$3"],
  ]);
  const b = book(10, [
    ["UR_X", "'Biểu 01'!$B$2"],
    ["UR_Y", "'Biểu 01'!$B$2:$C$3"],
  ]);
  const c = book(20, [
    ["UR_X", "'Biểu 01'!$C$2"],
    ["UR_Z", "'Biểu 01'!$B$3"],
    ["UR_X", "'Biểu 01'!$B$2"],
  ]);
  const d = book(
    30,
    [
      ["UR_X", "'Biểu 01'!$B$2"],
      ["UR_Y", "'Biểu 01'!$B$2:$C$3"],
    ],
    "Biểu 02",
  );

  it("gives each file what reading it alone gives, in any order", () => {
    const alone = [a, b, c, d].map((bytes) => plain(bytes));
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [0, 0, 1, 1],
      [2, 0, 2, 1, 3, 3, 0],
    ]) {
      const series = new WorkbookReader();
      for (const i of order) expect(plain([a, b, c, d][i], series)).toEqual(alone[i]);
    }
    expect(alone[1].names.find(([key]) => key === "UR_Y")?.[1].cells).toEqual([
      [{ value: 10 }, { value: 11 }],
      [{ value: 12 }, { value: null }],
    ]);
    expect(alone[2].broken.map((n) => n.reason)).toEqual(["duplicate"]);
    expect(alone[3].broken.map((n) => n.reason)).toEqual(["missing-sheet", "missing-sheet"]);
  });

  it("still counts the cells the names ask for against each file's limit", () => {
    const series = new WorkbookReader();
    mustRead(a, undefined, series);
    expect(errorCode(b, { maxCells: 3 }, series)).toBe("reader.too-many-cells");
    expect(mustRead(b, { maxCells: 100 }, series).stats.cellsRead).toBe(plain(a).cells);
  });
});

/**
 * Parts a file shares byte for byte with an earlier one (the workbook part, relationships, styles) are
 * not parsed again (PartMemo). That must be invisible: the same result, the same charge to the budget,
 * and no limit bypassed by a result read under looser limits.
 */
describe("parts repeated byte for byte from an earlier file", () => {
  const names = [
    ["UR_X", "'Biểu 01'!$B$2"],
    ["UR_Y", "'Biểu 01'!$B$2:$C$3"],
  ] as const;
  const a = book(1, names);
  const b = book(10, names);
  const other = book(20, [["UR_X", "'Biểu 01'!$C$2"]]);
  /** A series that reads `first`, then `bytes`: what `first` leaves in the reader's memory is what the read of `bytes` may reuse. */
  const after = (first: Uint8Array, options?: Parameters<typeof mustRead>[1]) => {
    const series = new WorkbookReader();
    mustRead(first, options, series);
    return series;
  };
  const stats = (bytes: Uint8Array, first: Uint8Array) => {
    const { ms: _ms, ...rest } = mustRead(bytes, undefined, after(first)).stats;
    return rest;
  };

  it("are really the same bytes in these files (else this test would prove nothing)", () => {
    const [pa, pb] = [unzipSync(a), unzipSync(b)];
    expect(pa["xl/workbook.xml"]).toEqual(pb["xl/workbook.xml"]);
    expect(pa["xl/worksheets/sheet1.xml"]).not.toEqual(pb["xl/worksheets/sheet1.xml"]);
  });

  it("are really reused by a series (else the tests here would compare a fresh read with a fresh read)", () => {
    const scanned = jest.spyOn(XmlByteScanner.prototype, "write");
    try {
      mustRead(b);
      const alone = scanned.mock.calls.length;
      const series = after(a);
      scanned.mockClear();
      mustRead(b, undefined, series);
      expect(scanned.mock.calls.length).toBeLessThan(alone);
    } finally {
      scanned.mockRestore();
    }
  });

  it("give the same figures and the same charge to the budget as a read from scratch", () => {
    expect(plain(b, after(a))).toEqual(plain(b));
    const fresh = stats(b, other);
    const reused = stats(b, a);
    expect(reused).toEqual(fresh);
    expect(fresh.inflatedBytes).toBeGreaterThan(0);
  });

  it("are still held to the limits of the file being read", () => {
    expect(errorCode(b, { maxDefinedNames: 1 }, after(a))).toBe("reader.too-many-names");
    const inflated = mustRead(b).stats.inflatedBytes;
    expect(errorCode(b, { maxInflatedBytes: inflated - 1 }, after(a))).toBe("reader.inflated-too-large");
    expect(mustRead(b, undefined, after(a, { maxDefinedNames: 1000 })).stats.inflatedBytes).toBe(inflated);
  });
});
