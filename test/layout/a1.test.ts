/** A1 references, one module: the layout, the Office.js adapter and the file reader read a reference the same way. */
import { address, columnLetter, columnNumber, parseCellRef, readCellRef } from "../../src/domain/a1";
import { parseCell, rectAddress } from "../../src/workbook/office/a1";
import { formatAddress, parseNameTarget } from "../../src/workbook/file/reader/refs";

const CASES: readonly (readonly [string, { row: number; column: number } | undefined])[] = [
  ["A1", { row: 1, column: 1 }],
  ["d7", { row: 7, column: 4 }],
  ["$D$7", { row: 7, column: 4 }],
  ["D$7", { row: 7, column: 4 }],
  ["$D7", { row: 7, column: 4 }],
  ["XFD1048576", { row: 1_048_576, column: 16_384 }],
  ["XFE1", undefined],
  ["A1048577", undefined],
  ["AAAA1", undefined],
  ["A0", undefined],
  ["A", undefined],
  ["7", undefined],
  ["A1B", undefined],
  ["$$A1", undefined],
  ["", undefined],
];

describe("A1 references, one reading for every layer", () => {
  it.each(CASES)("%j", (ref, expected) => {
    expect(parseCellRef(ref)).toEqual(expected);
    const out: [number, number] = [-1, -1];
    readCellRef(ref, out);
    expect(out).toEqual(expected ? [expected.row, expected.column] : [0, 0]);
    // The Office.js adapter counts from 0 at its edge.
    if (expected) expect(parseCell(ref)).toEqual({ row: expected.row - 1, col: expected.column - 1 });
    else expect(() => parseCell(ref)).toThrow(RangeError);
    // The reader's defined-name targets.
    const target = parseNameTarget(`Sheet1!${ref}`);
    expect(target.ok ? target.first : undefined).toEqual(expected);
  });

  it("numbers columns from 1 everywhere, letters and back", () => {
    for (const [column, letters] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [52, "AZ"],
      [702, "ZZ"],
      [703, "AAA"],
      [16_384, "XFD"],
    ] as const) {
      expect(columnLetter(column)).toBe(letters);
      expect(columnNumber(letters)).toBe(column);
      expect(columnNumber(letters.toLowerCase())).toBe(column);
    }
    expect(formatAddress({ row: 7, column: 28 })).toBe(address(28, 7));
    expect(address(28, 7)).toBe("AB7");
    expect(rectAddress({ top: 6, left: 27, bottom: 6, right: 27 })).toBe("AB7");
    expect(() => columnLetter(0)).toThrow(RangeError);
  });
});
