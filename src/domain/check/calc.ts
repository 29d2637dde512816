/** A rule side's tree (× ÷ + − over its terms and numbers), evaluated exactly (exact/fraction). */
import type { Calc } from "../definition/schema";
import { combineFractions, fractionOf, negate, parseDecimal, ZERO, type Decimal, type Fraction } from "../exact";

/** The tree's exact value over the terms' values (blanks already taken as zero or skipped); null on a division by zero. */
export function evaluateCalc(calc: Calc, terms: readonly Decimal[]): Fraction | null {
  if ("num" in calc) return fractionOf(parseDecimal(calc.num) ?? ZERO);
  if ("term" in calc) return fractionOf(terms[calc.term] ?? ZERO);
  if ("neg" in calc) {
    const inner = evaluateCalc(calc.neg, terms);
    return inner && { n: negate(inner.n), d: inner.d };
  }
  const a = evaluateCalc(calc.a, terms);
  const b = a && evaluateCalc(calc.b, terms);
  return a && b && combineFractions(calc.op, a, b);
}
