/**
 * Exact decimals, the value behind every exact comparison and sum. Money has up to 3 decimals, and
 * 0.1 + 0.2 !== 0.3 in binary floating point, so sums are never compared as raw floats: every figure
 * becomes the exact decimal its shortest representation spells (what the cell showed), as m × 10^e
 * with a BigInt m. (./thousandths is the same value at e = −3 in a safe whole number, for hot loops.)
 */
export interface Decimal {
  readonly m: bigint;
  readonly e: number;
}

export const ZERO: Decimal = { m: 0n, e: 0 };

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact decimal a finite number's shortest representation spells ("0.1" → 1 × 10⁻¹). */
export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError("decimalOf needs a finite number");
  return parseDecimal(String(value))!;
}

/** Parses plain or exponent notation ("1250.5", "1e+21", "-3.5e-7"); null for anything else. */
export function parseDecimal(text: string): Decimal | null {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return null;
  const [, sign, int, frac = "", exp = "0"] = match;
  const m = BigInt(`${sign}${int}${frac}`);
  return { m, e: Number(exp) - frac.length };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.m * 10n ** BigInt(a.e - e), b.m * 10n ** BigInt(b.e - e), e];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, e] = align(a, b);
  return { m: x + y, e };
}

export const negate = (a: Decimal): Decimal => ({ m: -a.m, e: a.e });
export const abs = (a: Decimal): Decimal => (a.m < 0n ? negate(a) : a);
export const multiply = (a: Decimal, b: Decimal): Decimal => ({ m: a.m * b.m, e: a.e + b.e });

/** −1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const isZero = (a: Decimal): boolean => a.m === 0n;

/** The nearest double to the exact value: what a message shows. */
export const toNumber = (a: Decimal): number => Number(`${a.m}e${a.e}`);

/** Digits after the decimal point of a number as the cell showed it (0.125 → 3, 1e-7 → 7, 1250 → 0). */
export function decimalPlaces(value: number): number {
  const d = decimalOf(value);
  if (d.m === 0n) return 0;
  let { m, e } = d;
  while (e < 0 && m % 10n === 0n) {
    m /= 10n;
    e += 1;
  }
  return Math.max(0, -e);
}
