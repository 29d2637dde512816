/**
 * Exact sums. Counts are integers and money has at most 3 decimals (triệu đồng to the nearest nghìn
 * đồng), so every figure is a whole number of thousandths. Summing thousandths as bigints gives the
 * sum a person would get on paper; summing the floats would drift (0.1 + 0.2 ≠ 0.3) and a province
 * total would then differ from the sum of its parts in the last digit.
 */

/** A figure in thousandths, or null when it has more than 3 decimals, is not finite, or is too large to hold exactly. */
export function toThousandths(value: number): bigint | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value)) return Number.isSafeInteger(value) ? BigInt(value) * 1000n : null;
  const scaled = Math.round(value * 1000);
  // The shortest decimal that reads back as `value` must have ≤ 3 decimals: 0.1 → 100, but 0.1234 → null.
  if (!Number.isSafeInteger(scaled) || scaled / 1000 !== value) return null;
  return BigInt(scaled);
}

/** Back to the number a cell holds: the double nearest to the exact decimal. */
export function fromThousandths(thousandths: bigint): number {
  if (thousandths % 1000n === 0n) return Number(thousandths / 1000n);
  // Number("12.345") is the double nearest to 12.345, which is what typing it into a cell gives.
  const negative = thousandths < 0n;
  const abs = negative ? -thousandths : thousandths;
  const text = `${abs / 1000n}.${String(abs % 1000n).padStart(3, "0")}`;
  return negative ? -Number(text) : Number(text);
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
  const tx = toThousandths(x);
  const ty = toThousandths(y);
  return tx !== null && ty !== null ? tx === ty : x === y;
}

/** A figure in thousandths as a safe whole number, or null (as toThousandths): no bigint per figure in hot loops. */
function thousandths(value: number): number | null {
  const scaled = Number.isInteger(value) ? value * 1000 : Math.round(value * 1000);
  if (!Number.isSafeInteger(scaled) || (!Number.isInteger(value) && scaled / 1000 !== value)) return null;
  return scaled;
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
    const t = thousandths(value);
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
