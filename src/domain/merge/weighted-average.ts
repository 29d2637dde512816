/**
 * Consolidation of an average weighted by another code ("Tiền lương bình quân" by "Số người được
 * tính"): Σ value × weight / Σ weight over the units that reported both — never a sum, never a plain
 * mean. Computed from the leaves (each CĐCS), so merging level by level gives the same figure as
 * merging everything at once. Exact: thousandths as bigints, rounded half up to a thousandth once.
 */
import type { Definition } from "../definition/catalog";
import { figureKey, splitFigureKey, type FigureKey } from "../submission";
import { fromThousandths, toThousandths } from "../exact";
import { figureAt } from "./figure-row";
import type { Leaf } from "./types";

/** Σ value × weight / Σ weight over the pairs where both are present; null when none is (or every weight is 0). */
export function weightedMean(pairs: Iterable<readonly [number | null | undefined, number | null | undefined]>): number | null {
  let products = 0n;
  let weights = 0n;
  for (const [value, weight] of pairs) {
    if (value === undefined || value === null || weight === undefined || weight === null) continue;
    const v = toThousandths(value);
    const w = toThousandths(weight);
    // Leaves hold exact figures only (leaves.ts); this is a defect, not a user error.
    if (v === null || w === null) throw new RangeError(`inexact figure ${value} × ${weight}`);
    products += v * w;
    weights += w;
  }
  if (weights === 0n) return null;
  const negative = products < 0n !== weights < 0n;
  const [p, q] = [products < 0n ? -products : products, weights < 0n ? -weights : weights];
  const rounded = (2n * p + q) / (2n * q);
  return fromThousandths(negative ? -rounded : rounded);
}

/** The weighted average of the figure at `index` over the leaves, weighted by the figure at `weightIndex`. */
export function weightedAverage(index: number, weightIndex: number, leaves: readonly Leaf[]): number | null {
  return weightedMean(leaves.map((leaf) => [figureAt(leaf.figures, index), figureAt(leaf.figures, weightIndex)] as const));
}

/** The weight's key for a weighted-average cell, null for a summed one. */
export function weightKeyOf(catalog: Definition, key: FigureKey): FigureKey | null {
  const { code, column } = splitFigureKey(key);
  const row = catalog.rowsByCode.get(code)?.row;
  return row?.aggregation === "weighted_average" && row.weight ? figureKey(row.weight, column) : null;
}

/** For every weighted-average key's index, its weight's index (absent when the weight is not among the keys). */
export function weightIndexes(catalog: Definition, keys: readonly FigureKey[]): Map<number, number> {
  const out = new Map<number, number>();
  keys.forEach((key, index) => {
    const weightKey = weightKeyOf(catalog, key);
    const weightIndex = weightKey ? keys.indexOf(weightKey) : -1;
    if (weightIndex >= 0) out.set(index, weightIndex);
  });
  return out;
}

/** The sums with every weighted-average cell replaced by its weighted average. */
export function withWeightedAverages(
  catalog: Definition,
  keys: readonly FigureKey[],
  leaves: readonly Leaf[],
  sums: ReadonlyMap<FigureKey, number | null>,
): Map<FigureKey, number | null> {
  const figures = new Map(sums);
  keys.forEach((key, index) => {
    const weightKey = weightKeyOf(catalog, key);
    const weightIndex = weightKey ? keys.indexOf(weightKey) : -1;
    // A weight outside the campaign's tables was never reported: the average cannot be formed.
    if (weightKey) figures.set(key, weightIndex < 0 ? null : weightedAverage(index, weightIndex, leaves));
  });
  return figures;
}
