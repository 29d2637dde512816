/**
 * Exact fractions of decimals, for rules with × and ÷: a quotient is kept as numerator/denominator so
 * "TIEN / NGUOI <= 5000000" compares without rounding, as the sums of ./decimal do. Division by zero
 * is an answer (null), never Infinity or NaN: the caller says the rule could not be evaluated.
 */
import { add, compare, multiply, negate, toNumber, type Decimal } from "./decimal";

export interface Fraction {
  readonly n: Decimal;
  /** Never zero. */
  readonly d: Decimal;
}

const ONE: Decimal = { m: 1n, e: 0 };
export const fractionOf = (n: Decimal): Fraction => ({ n, d: ONE });

/** −1, 0 or 1. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const sign = (x: Decimal): number => (x.m < 0n ? -1 : 1);
  return compare(multiply(a.n, b.d), multiply(b.n, a.d)) * sign(a.d) * sign(b.d);
}

/** The nearest double, or null where the exact value is beyond a double (it is then shown as a blank, never as Infinity). */
export function fractionToNumber(a: Fraction): number | null {
  const value = toNumber(a.n) / toNumber(a.d);
  return Number.isFinite(value) ? value : null;
}

/** a op b exactly; null on a division by zero. */
export function combineFractions(op: "+" | "-" | "*" | "/", a: Fraction, b: Fraction): Fraction | null {
  switch (op) {
    case "+":
      return { n: add(multiply(a.n, b.d), multiply(b.n, a.d)), d: multiply(a.d, b.d) };
    case "-":
      return { n: add(multiply(a.n, b.d), negate(multiply(b.n, a.d))), d: multiply(a.d, b.d) };
    case "*":
      return { n: multiply(a.n, b.n), d: multiply(a.d, b.d) };
    case "/":
      return b.n.m === 0n ? null : { n: multiply(a.n, b.d), d: multiply(a.d, b.n) };
  }
}
