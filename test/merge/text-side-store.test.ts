/**
 * Text beside the compact figures: a register column of a text row keeps each unit's text in a side
 * store, a numeric column still refuses text (no file changes what a column holds), and a unit
 * without text carries no store at all, so numeric-only forms keep their Float64Array rows alone.
 */
import { readBreakdown, BREAKDOWN_META } from "../../src/domain/merge";
import type { RawCell, RawNamedRange } from "../../src/domain/raw";
import type { FigureKey } from "../../src/domain/submission";

const KEYS = ["DV_TONG@value", "CHU_TICH@value"] as FigureKey[];
const TEXT_KEYS = new Set([1]);

/** A register of units: each row is [unit code, figure, text]. */
function register(rows: (string | number | null)[][]): RawNamedRange {
  const cell = (value: string | number | null): RawCell => ({ value });
  const header = [...BREAKDOWN_META, ...KEYS].map(cell);
  const unit = ([code, ...values]: (string | number | null)[]) =>
    [code, `CĐCS ${String(code)}`, "cdcs", "", "05/06/2026", ...values].map(cell);
  return { name: "UR_BREAKDOWN", sheet: "Chi tiết theo đơn vị", ref: "A6:G9", cells: [header, ...rows.map(unit)] };
}

describe("the register's text side store", () => {
  it("keeps a text row's value per unit, NFC, and nothing for a unit that wrote none", () => {
    const read = readBreakdown(
      register([
        ["A", 30, "Nguyễn Thị Ánh".normalize("NFD")],
        ["B", 50, null],
      ]),
      KEYS,
      TEXT_KEYS,
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const [a, b] = read.value;
    expect(a!.texts).toEqual(new Map([[1, "Nguyễn Thị Ánh"]]));
    expect(Array.from(a!.figures)).toEqual([30, Number.NaN]);
    expect(b!.figures[0]).toBe(50);
    expect("texts" in b!).toBe(false);
  });

  it("refuses text in a numeric column, whatever the file says", () => {
    const read = readBreakdown(register([["A", "ba mươi", "Nguyễn Thị Ánh"]]), KEYS, TEXT_KEYS);
    expect(read).toEqual({
      ok: false,
      error: { code: "merge.breakdown.value", key: "merge.breakdown.value", params: { row: 1, column: "DV_TONG@value" } },
    });
  });

  it("without text keys (a numeric form), a text in any column is refused and no row has a store", () => {
    expect(readBreakdown(register([["A", 30, "x"]]), KEYS).ok).toBe(false);
    const read = readBreakdown(register([["A", 30, 2]]), KEYS);
    expect(read.ok && read.value.every((row) => !("texts" in row))).toBe(true);
  });
});
