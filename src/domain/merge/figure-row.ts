/**
 * A unit's figures as the merge holds them: one number per input cell, in the merge's key order
 * (inputFigureKeys), NaN where the cell was left blank. A typed array instead of a Map per unit: a
 * national merge holds 136,000 units, and a Map of 60 entries costs several KB where this costs 8
 * bytes a figure. Rows read from one file share one buffer (`figureRows`).
 */
import type { FigureKey } from "../submission";
import { perObject } from "../memo";
import { hashText } from "./hash";

export type FigureRow = Float64Array;

/** The figure at `index`, or null when the unit left it blank. */
export const figureAt = (row: FigureRow, index: number): number | null => {
  const value = row[index];
  return value === value ? value : null; // NaN marks a blank
};

/** `count` blank rows of `width` figures on one buffer. */
export function figureRows(count: number, width: number): FigureRow[] {
  const buffer = new Float64Array(count * width).fill(Number.NaN);
  return Array.from({ length: count }, (_, i) => buffer.subarray(i * width, (i + 1) * width));
}

/** A row from figures by key (a submission's own figures). */
export function figureRowOf(keys: readonly FigureKey[], get: (key: FigureKey) => number | null | undefined): FigureRow {
  const [row] = figureRows(1, keys.length);
  keys.forEach((key, i) => {
    const value = get(key);
    if (value !== null && value !== undefined) row[i] = value;
  });
  return row;
}

/** The figures as a Map of the reported ones, for code that wants them by key (a few units at a time). */
export function figureMap(keys: readonly FigureKey[], row: FigureRow): Map<FigureKey, number> {
  const out = new Map<FigureKey, number>();
  keys.forEach((key, i) => {
    const value = figureAt(row, i);
    if (value !== null) out.set(key, value);
  });
  return out;
}

/** The positions of `keys` in sorted key order, once per keys array (one per campaign: figure-keys.ts). */
const sortedOrder = perObject((keys: readonly FigureKey[]): readonly number[] =>
  keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0)),
);

/**
 * The content hash of a unit: its reported figures in sorted key order, then name and level. It
 * depends on what the unit reported, never on file order or file name (see dedupe.ts).
 */
export function rowHash(
  keys: readonly FigureKey[],
  row: FigureRow,
  name: string,
  level: string | null,
  texts?: ReadonlyMap<number, string>,
): string {
  const parts: string[] = [];
  for (const i of sortedOrder(keys)) {
    const value = figureAt(row, i);
    if (value !== null) parts.push(`${keys[i]}=${value}`);
    const text = texts?.get(i);
    if (text !== undefined) parts.push(`${keys[i]}=${JSON.stringify(text)}`);
  }
  return hashText(`${parts.join(";")}|${name}|${level ?? ""}`);
}
