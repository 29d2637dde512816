/**
 * The computed columns of a definition (its columns sheet: TL = TH / KH, TONG = sum(HCSN, DNNN, NGOAI,
 * FDI), and a review's change = end − base), consolidated. A computed cell is never summed or averaged:
 * it is recomputed from the consolidated cells of its row. A formula that divides is taken over the
 * units that reported every term (ratio-over-complete.ts), the others over the consolidated cells, as
 * the template's own formula computes them. Computed rows (a ratio of codes) are not here: the
 * template's formula recomputes them from the summed parts, as before.
 */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import { campaignCells } from "../definition/columns";
import type { Calc, ColumnDef } from "../definition/schema";
import { figureKey, type FigureKey } from "../submission";
import { perObjectPair } from "../memo";
import { columnFormulaValue } from "../check/computed-cells";
import { divides, ratioOverComplete } from "./ratio-over-complete";
import { figureAt, type FigureRow } from "./figure-row";

/** One computed cell of a computed column. */
export interface ComputedCell {
  readonly key: FigureKey;
  readonly code: string;
  readonly column: ColumnDef;
  /** The cells the formula reads, in the formula's term order: input cells or earlier computed cells of the row. */
  readonly terms: readonly FigureKey[];
  readonly calc?: Calc;
  /** The formula divides: consolidated over the units that reported every term. */
  readonly ratio: boolean;
}

/** The computed cells of a campaign in template order (a term always before the cell computed from it), once per campaign. */
export const computedCells: (definition: Definition, campaign: Campaign) => readonly ComputedCell[] = perObjectPair(listCells);

function listCells(definition: Definition, campaign: Campaign): ComputedCell[] {
  const out: ComputedCell[] = [];
  for (const { row, column: cell } of campaignCells(definition, campaign)) {
    if (row.kind === "computed") continue; // a ratio of codes: the template's formula over the summed parts
    const compute = cell.def.compute;
    if (cell.role !== "computed" || !compute) continue;
    out.push({
      key: figureKey(row.code, cell.id),
      code: row.code,
      column: cell.def,
      terms: compute.terms.map((id) => figureKey(row.code, id)),
      ...(compute.calc ? { calc: compute.calc } : {}),
      ratio: divides(compute.calc),
    });
  }
  return out;
}

const keyIndex = (keys: readonly FigureKey[]): Map<FigureKey, number> => new Map(keys.map((key, k) => [key, k]));

/** A unit left out of a ratio because it reported some of its terms and not all. */
export interface PartialRatio {
  /** Index of the unit in the units consolidated. */
  readonly unit: number;
  readonly key: FigureKey;
  /** The terms it left blank. */
  readonly blank: readonly FigureKey[];
}

export interface ComputedTotals {
  readonly figures: Map<FigureKey, number | null>;
  readonly partial: readonly PartialRatio[];
}

/**
 * The consolidated computed cells over `units` (their figure rows in `keys` order), from `inputs`, the
 * consolidated input cells. A ratio reads each unit's terms (a computed term from the unit's own cells,
 * as its template showed it); nothing per unit is kept beyond the units it names as partial. A ratio
 * over a cell never totalled (`unsummed`: a column or row aggregated "none") is blank: its parts do not add up.
 */
export function consolidateComputed(
  cells: readonly ComputedCell[],
  keys: readonly FigureKey[],
  units: readonly { readonly figures: FigureRow }[],
  inputs: ReadonlyMap<FigureKey, number | null>,
  unsummed: ReadonlySet<FigureKey> = new Set(),
): ComputedTotals {
  const figures = new Map<FigureKey, number | null>();
  const partial: PartialRatio[] = [];
  if (cells.length === 0) return { figures, partial };
  const at = keyIndex(keys);
  const byKey = new Map(cells.map((c) => [c.key, c]));
  /** A unit's value of a term: its figure, or its own computed cell (recomputed, never stored). */
  const unitTerm = (figures: FigureRow, key: FigureKey): number | null => {
    const k = at.get(key);
    if (k !== undefined) return figureAt(figures, k);
    const inner = byKey.get(key);
    return inner
      ? columnFormulaValue(
          inner.calc,
          inner.terms.map((t) => unitTerm(figures, t)),
        )
      : null;
  };
  const blocked = new Set(unsummed);
  const consolidated = (key: FigureKey): number | null => (at.has(key) ? (inputs.get(key) ?? null) : (figures.get(key) ?? null));
  for (const cell of cells) {
    if (cell.terms.some((t) => blocked.has(t))) {
      blocked.add(cell.key);
      figures.set(cell.key, null);
      continue;
    }
    if (!cell.ratio) {
      figures.set(cell.key, columnFormulaValue(cell.calc, cell.terms.map(consolidated)));
      continue;
    }
    // Input terms by position (the hot loop of a national merge: units × ratio cells × terms); a computed term by key.
    const index = cell.terms.map((t) => at.get(t) ?? -1);
    const outcome = ratioOverComplete(cell.calc!, cell.terms.length, units.length, (u, t) =>
      index[t] >= 0 ? figureAt(units[u].figures, index[t]) : unitTerm(units[u].figures, cell.terms[t]),
    );
    figures.set(cell.key, outcome.value);
    for (const u of outcome.partial)
      partial.push({ unit: u, key: cell.key, blank: cell.terms.filter((t) => unitTerm(units[u].figures, t) === null) });
  }
  return { figures, partial };
}
