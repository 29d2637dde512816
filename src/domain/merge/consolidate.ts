/**
 * The consolidated figures: per input cell, the exact sum over the units that reported it, and blank
 * when none did (a blank is "not reported", never a zero). Computed cells (percentages) are not
 * summed here: the template's formulas recompute them from the summed parts.
 */
import type { FigureKey } from "../submission";
import { fromThousandths, toThousandths } from "./exact-sum";
import type { CellCount, Leaf, PeerOutlier } from "./types";

export interface Totals {
  readonly figures: ReadonlyMap<FigureKey, number | null>;
  readonly counts: ReadonlyMap<FigureKey, CellCount>;
}

export function sumLeaves(keys: readonly FigureKey[], leaves: readonly Leaf[]): Totals {
  const figures = new Map<FigureKey, number | null>();
  const counts = new Map<FigureKey, CellCount>();
  for (const key of keys) {
    let total = 0n;
    let reported = 0;
    for (const leaf of leaves) {
      const value = leaf.figures.get(key);
      if (value === undefined) continue;
      const t = toThousandths(value);
      // Leaves are built only from exact figures (leaves.ts); this is a defect, not a user error.
      if (t === null) throw new RangeError(`inexact figure ${key}=${value} in ${leaf.code}`);
      total += t;
      reported++;
    }
    figures.set(key, reported > 0 ? fromThousandths(total) : null);
    counts.set(key, { reported, blank: leaves.length - reported });
  }
  return { figures, counts };
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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
    for (const key of keys) {
      const values = peers.flatMap((l) => (l.figures.has(key) ? [l.figures.get(key)!] : []));
      if (values.length < minPeers) continue;
      const m = median([...values].sort((a, b) => a - b));
      if (m <= 0) continue;
      for (const leaf of peers) {
        const value = leaf.figures.get(key);
        if (value !== undefined && value > factor * m) out.push({ key, code: leaf.code, name: leaf.name, fileName: leaf.fileName, value, median: m });
      }
    }
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
