/**
 * Figures in thousandths: the fast form of an exact decimal, for sums over many units. Counts are
 * integers and money has at most 3 decimals (triệu đồng to the nearest nghìn đồng), so every figure is
 * a whole number of thousandths t, the decimal t × 10⁻³ of ./decimal. Summing thousandths as whole
 * numbers gives the sum a person would get on paper; summing the floats would drift (0.1 + 0.2 ≠ 0.3)
 * and a province total would then differ from the sum of its parts in the last digit.
 */
import { toNumber } from "./decimal";

/**
 * A figure in thousandths as a safe whole number, or null when it has more than 3 decimals, is not
 * finite, or its thousandths are beyond a double's whole numbers. No bigint: the hot loops use this.
 */
function safeThousandths(value: number): number | null {
  const integer = Number.isInteger(value);
  const scaled = integer ? value * 1000 : Math.round(value * 1000);
  // The shortest decimal that reads back as `value` must have ≤ 3 decimals: 0.1 → 100, but 0.1234 → null.
  if (!Number.isSafeInteger(scaled) || (!integer && scaled / 1000 !== value)) return null;
  return scaled;
}

/** A figure in thousandths, or null when it has more than 3 decimals, is not finite, or is too large to hold exactly. */
export function toThousandths(value: number): bigint | null {
  const t = safeThousandths(value);
  if (t !== null) return BigInt(t);
  // A whole number whose thousandths pass 2^53 is still exact as a bigint.
  return Number.isSafeInteger(value) ? BigInt(value) * 1000n : null;
}

/** Back to the number a cell holds: the double nearest to the exact decimal (what typing it into a cell gives). */
export function fromThousandths(thousandths: bigint): number {
  if (thousandths % 1000n === 0n) return Number(thousandths / 1000n);
  return toNumber({ m: thousandths, e: -3 });
}

/** True when the value can take part in an exact sum. */
export const isExactFigure = (value: number): boolean => toThousandths(value) !== null;

/** Sums the reported values; null when nothing was reported (a blank is not a zero). */
export function exactSum(values: Iterable<number | null | undefined>): number | null {
  let total = 0n;
  let any = false;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const t = toThousandths(value);
    if (t === null) throw new RangeError(`not an exact figure: ${value}`);
    total += t;
    any = true;
  }
  return any ? fromThousandths(total) : null;
}

/** Equality of two figures as exact decimals (null only equals null). */
export function sameFigure(a: number | null | undefined, b: number | null | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  const sx = safeThousandths(x);
  const sy = safeThousandths(y);
  if (sx !== null && sy !== null) return sx === sy;
  const tx = toThousandths(x);
  const ty = toThousandths(y);
  return tx !== null && ty !== null ? tx === ty : x === y;
}

/**
 * A running exact sum of figures, for sums over many units (a column of a national register): kept in
 * a safe whole number of thousandths while it fits, carried into a bigint before it would not.
 */
export class ExactTotal {
  private small = 0;
  private big = 0n;
  count = 0;

  /** False (and nothing added) when the value is not an exact figure. */
  add(value: number): boolean {
    const t = safeThousandths(value);
    if (t === null) return false;
    const next = this.small + t;
    if (Number.isSafeInteger(next)) this.small = next;
    else {
      this.big += BigInt(this.small) + BigInt(t);
      this.small = 0;
    }
    this.count++;
    return true;
  }

  /** The exact sum; null when nothing was added (a blank is not a zero). */
  value(): number | null {
    return this.count === 0 ? null : fromThousandths(this.big + BigInt(this.small));
  }
}
