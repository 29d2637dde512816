/**
 * The one exact arithmetic (src/domain/exact): decimals, fractions of decimals, and figures in
 * thousandths, which are the same decimals at e = −3. The two forms must agree on every figure, and
 * sums must be what a person gets on paper.
 */
import fc from "fast-check";
import {
  add,
  combineFractions,
  compare,
  decimalOf,
  decimalPlaces,
  ExactTotal,
  exactSum,
  fractionOf,
  fromThousandths,
  parseDecimal,
  sameFigure,
  toNumber,
  toThousandths,
  ZERO,
} from "../../src/domain/exact";

/** Figures as cells hold them: whole counts, and money with up to 3 decimals. */
const figure = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }).map((n) => n / 1000),
);

describe("exact arithmetic", () => {
  it("holds a figure in thousandths as the same decimal, and gives the figure back", () => {
    fc.assert(
      fc.property(figure, (x) => {
        const t = toThousandths(x);
        expect(t).not.toBeNull();
        expect(compare(decimalOf(x), { m: t!, e: -3 })).toBe(0);
        expect(fromThousandths(t!)).toBe(x);
      }),
    );
  });

  it("sums figures as on paper, the running total and the decimal sum alike", () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 40 }), (xs) => {
        const total = new ExactTotal();
        for (const x of xs) expect(total.add(x)).toBe(true);
        const decimal = xs.reduce((sum, x) => add(sum, decimalOf(x)), ZERO);
        expect(total.value()).toBe(xs.length === 0 ? null : toNumber(decimal));
        expect(exactSum(xs)).toBe(total.value());
      }),
    );
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([null, undefined])).toBeNull();
  });

  it("carries a running total past a double's whole numbers without losing a thousandth", () => {
    // 4,001 × 3,000,000,000.125: 1.2 × 10^16 thousandths, past 2^53 ≈ 9 × 10^15, so the total is carried.
    const total = new ExactTotal();
    for (let i = 0; i < 4001; i++) expect(total.add(3_000_000_000.125)).toBe(true);
    expect(total.value()).toBe(12_003_000_000_500.125);
    expect(decimalPlaces(total.value()!)).toBe(3);
  });

  it("refuses what is not a figure of at most 3 decimals, and compares such values as they are", () => {
    expect(toThousandths(0.1234)).toBeNull();
    expect(toThousandths(Number.NaN)).toBeNull();
    expect(new ExactTotal().add(0.1234)).toBe(false);
    expect(() => exactSum([0.1234])).toThrow(RangeError);
    expect(sameFigure(0.1 + 0.2, 0.3)).toBe(false); // 0.30000000000000004 is not 0.3
    expect(sameFigure(1.5, 1.5)).toBe(true);
    expect(sameFigure(0.1234, 0.1234)).toBe(true);
    expect(sameFigure(null, 0)).toBe(false);
    expect(toThousandths(2 ** 52)).toBe(2n ** 52n * 1000n);
  });

  it("keeps quotients as fractions, and a division by zero as no answer", () => {
    const third = combineFractions("/", fractionOf(parseDecimal("1")!), fractionOf(parseDecimal("3")!))!;
    const back = combineFractions("*", third, fractionOf(parseDecimal("3")!))!;
    expect(combineFractions("-", back, fractionOf(parseDecimal("1")!))!.n.m).toBe(0n);
    expect(combineFractions("/", third, fractionOf(ZERO))).toBeNull();
  });
});
