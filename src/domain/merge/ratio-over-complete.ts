/**
 * A computed cell whose formula divides (Tỷ lệ % so với KH = Thực hiện / Kế hoạch), consolidated: the
 * formula over the sums of its terms, each sum taken over the units that reported EVERY term. A unit
 * that reported the actual but left the plan blank is left out of both sides: counting its actual over
 * a plan it never gave would read 200 % where the units that reported both stand at 50 %. Such a unit
 * is named (`partial`), so the merge can warn about it. A unit that reported none of the terms is simply
 * absent. Computed from the leaves (each CĐCS), so merging level by level gives the same figure as
 * merging everything at once, and exactly: sums in thousandths, the quotient as a fraction.
 */
import type { Calc } from "../definition/schema";
import { add, decimalOf, ExactTotal, fractionToNumber, ZERO, type Decimal } from "../exact";
import { evaluateCalc } from "../check/calc";

/** Does the tree divide? Only then are its terms summed over the complete units (a sum or a difference is linear). */
export function divides(calc: Calc | undefined): boolean {
  if (!calc || "num" in calc || "term" in calc) return false;
  if ("neg" in calc) return divides(calc.neg);
  return calc.op === "/" || divides(calc.a) || divides(calc.b);
}

export interface RatioOutcome {
  /** The formula over the complete units' sums; null when no unit reported every term, or a divisor sums to zero. */
  readonly value: number | null;
  /** Units reported by every term. */
  readonly complete: number;
  /** Indexes (into the units) of those that reported some terms but not all: left out of both sides. */
  readonly partial: readonly number[];
}

/**
 * `term(u, t)`: unit u's value of term t (null when blank). `calc` indexes the terms, as a rule side's
 * tree does (schema Calc); `count` units.
 */
export function ratioOverComplete(
  calc: Calc,
  terms: number,
  count: number,
  term: (unit: number, term: number) => number | null,
): RatioOutcome {
  const sums = Array.from({ length: terms }, () => new ExactTotal());
  // A term that is itself a quotient (a computed cell over a ratio) is not a figure in thousandths: summed as an exact decimal.
  const rest: Decimal[] = Array.from({ length: terms }, () => ZERO);
  const values: (number | null)[] = new Array<number | null>(terms);
  const partial: number[] = [];
  let complete = 0;
  for (let u = 0; u < count; u++) {
    let reported = 0;
    for (let t = 0; t < terms; t++) {
      values[t] = term(u, t);
      if (values[t] !== null) reported++;
    }
    if (reported === 0) continue;
    if (reported < terms) {
      partial.push(u);
      continue;
    }
    complete++;
    for (let t = 0; t < terms; t++) if (!sums[t].add(values[t]!)) rest[t] = add(rest[t], decimalOf(values[t]!));
  }
  if (complete === 0) return { value: null, complete, partial };
  const fraction = evaluateCalc(
    calc,
    sums.map((s, t) => add(decimalOf(s.value() ?? 0), rest[t])),
  );
  return { value: fraction && fractionToNumber(fraction), complete, partial };
}
