/**
 * The consolidated figures: per input cell, the exact sum over the units that reported it, and blank
 * when none did (a blank is "not reported", never a zero). Computed cells (percentages) are not
 * summed here: the template's formulas recompute them from the summed parts.
 */
import type { FigureKey } from "../submission";
import { ExactTotal } from "../exact";
import { figureAt } from "./figure-row";
import type { CellCount, Leaf, PeerOutlier } from "./types";

export interface Totals {
  readonly figures: ReadonlyMap<FigureKey, number | null>;
  readonly counts: ReadonlyMap<FigureKey, CellCount>;
}

export function sumLeaves(keys: readonly FigureKey[], leaves: readonly Leaf[]): Totals {
  const totals = keys.map(() => new ExactTotal());
  for (const leaf of leaves) {
    for (let k = 0; k < keys.length; k++) {
      const value = figureAt(leaf.figures, k);
      // Leaves are built only from exact figures (leaves.ts); this is a defect, not a user error.
      if (value !== null && !totals[k].add(value)) throw new RangeError(`inexact figure ${keys[k]}=${value} in ${leaf.code}`);
    }
  }
  const figures = new Map<FigureKey, number | null>();
  const counts = new Map<FigureKey, CellCount>();
  keys.forEach((key, k) => {
    figures.set(key, totals[k].value());
    counts.set(key, { reported: totals[k].count, blank: leaves.length - totals[k].count });
  });
  return { figures, counts };
}

/** Moves the k-th smallest value of `a` to a[k], smaller ones before it, larger after (Hoare's selection). */
function select(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The median of `values`, reordering them: a selection, not a sort (a national merge takes one per indicator over 136,000 units). */
function median(values: Float64Array): number {
  const mid = values.length >> 1;
  select(values, mid);
  if (values.length % 2) return values[mid];
  let below = values[0];
  for (let i = 1; i < mid; i++) if (values[i] > below) below = values[i];
  return (below + values[mid]) / 2;
}

/**
 * A unit's figure more than `factor` times the median of its peers: units of the same level that
 * reported that cell (a district's own figures are not compared with a CĐCS). Only where at least
 * `minPeers` units reported it, so a median means something. A warning to look at, not an error.
 */
export function peerOutliers(keys: readonly FigureKey[], leaves: readonly Leaf[], factor: number, minPeers = 5): PeerOutlier[] {
  const out: PeerOutlier[] = [];
  const byLevel = new Map<string, Leaf[]>();
  for (const leaf of leaves) {
    const level = leaf.level ?? "";
    const list = byLevel.get(level);
    if (list) list.push(leaf);
    else byLevel.set(level, [leaf]);
  }
  for (const peers of byLevel.values()) {
    const values = new Float64Array(peers.length);
    keys.forEach((key, k) => {
      let n = 0;
      for (const leaf of peers) {
        const value = figureAt(leaf.figures, k);
        if (value !== null) values[n++] = value;
      }
      if (n < minPeers) return;
      const m = median(values.subarray(0, n));
      if (m <= 0) return;
      for (const leaf of peers) {
        const value = figureAt(leaf.figures, k);
        if (value !== null && value > factor * m)
          out.push({ key, code: leaf.code, name: leaf.name, fileName: leaf.fileName, value, median: m });
      }
    });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface OutlierGroup {
  readonly key: FigureKey;
  readonly outliers: readonly PeerOutlier[];
}

/** Outliers by indicator, the indicator with most first; within one, the most extreme (value ÷ median) first. */
export function outlierGroups(outliers: readonly PeerOutlier[]): OutlierGroup[] {
  const byKey = new Map<FigureKey, PeerOutlier[]>();
  for (const o of outliers) {
    const list = byKey.get(o.key);
    if (list) list.push(o);
    else byKey.set(o.key, [o]);
  }
  const groups = [...byKey].map(([key, list]) => ({ key, outliers: list.sort((a, b) => b.value / b.median - a.value / a.median) }));
  return groups.sort((a, b) => b.outliers.length - a.outliers.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
