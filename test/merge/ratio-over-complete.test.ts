/** A ratio cell consolidated over the units that reported every term (issue 22: 50 %, never 200 %). */
import type { Calc } from "../../src/domain/definition/schema";
import { divides, ratioOverComplete } from "../../src/domain/merge/ratio-over-complete";

/** TH / KH: term 0 is the actual, term 1 the plan. */
const ACTUAL_OVER_PLAN: Calc = { op: "/", a: { term: 0 }, b: { term: 1 } };
const run = (calc: Calc, units: (number | null)[][]) => ratioOverComplete(calc, units[0]?.length ?? 0, units.length, (u, t) => units[u][t]);

describe("a ratio over the units that reported every term", () => {
  it("reads 50 % where the units that reported both stand at 50 %, leaving out the one with an actual and no plan", () => {
    const outcome = run(ACTUAL_OVER_PLAN, [
      [50, 100],
      [100, 200],
      [300, null], // actual, blank plan: summed it would make (50+100+300)/300 = 150 %
    ]);
    expect(outcome.value).toBe(0.5);
    expect(outcome.complete).toBe(2);
    expect(outcome.partial).toEqual([2]);
  });

  it("the issue's case: one unit at 50 % and one with only an actual of three times the plan reads 50 %, not 200 %", () => {
    expect(
      run(ACTUAL_OVER_PLAN, [
        [50, 100],
        [150, null],
      ]).value,
    ).toBe(0.5);
  });

  it("leaves out a unit with a plan and no actual too, and ignores a unit that reported neither", () => {
    const outcome = run(ACTUAL_OVER_PLAN, [
      [30, 40],
      [null, 500],
      [null, null],
    ]);
    expect(outcome.value).toBe(0.75);
    expect(outcome.partial).toEqual([1]);
  });

  it("is blank when no unit reported both sides, or the plans sum to zero: never Infinity or NaN", () => {
    expect(
      run(ACTUAL_OVER_PLAN, [
        [5, null],
        [null, 3],
      ]).value,
    ).toBeNull();
    expect(
      run(ACTUAL_OVER_PLAN, [
        [5, 0],
        [0, 0],
      ]).value,
    ).toBeNull();
    expect(run(ACTUAL_OVER_PLAN, []).value).toBeNull();
  });

  it("sums exactly before dividing: 0.1 + 0.2 over 0.3 is exactly 1", () => {
    expect(
      run(ACTUAL_OVER_PLAN, [
        [0.1, 0.1],
        [0.2, 0.2],
      ]).value,
    ).toBe(1);
  });

  it("is the same whether the units come as one list or as parts merged again (level by level)", () => {
    const units: (number | null)[][] = Array.from({ length: 40 }, (_, i) => [
      i % 7 === 0 ? null : (i * 37) % 113,
      i % 5 === 0 ? null : 50 + ((i * 13) % 71),
    ]);
    const whole = run(ACTUAL_OVER_PLAN, units);
    // The leaves of the parts are the same leaves: the order does not matter.
    const reordered = run(ACTUAL_OVER_PLAN, [...units.slice(20), ...units.slice(0, 20)]);
    expect(reordered.value).toBe(whole.value);
    expect(whole.partial.length).toBeGreaterThan(0);
  });

  it("takes every term of a longer formula: (A + B) / C leaves out a unit missing B", () => {
    const calc: Calc = { op: "/", a: { op: "+", a: { term: 0 }, b: { term: 1 } }, b: { term: 2 } };
    const outcome = run(calc, [
      [1, 1, 4],
      [5, null, 5],
    ]);
    expect(outcome.value).toBe(0.5);
    expect(outcome.partial).toEqual([1]);
  });

  it("knows which formulas divide", () => {
    expect(divides(ACTUAL_OVER_PLAN)).toBe(true);
    expect(divides({ neg: { op: "/", a: { term: 0 }, b: { num: "2" } } })).toBe(true);
    expect(divides({ op: "-", a: { term: 0 }, b: { term: 1 } })).toBe(false);
    expect(divides({ op: "*", a: { term: 0 }, b: { num: "100" } })).toBe(false);
    expect(divides(undefined)).toBe(false);
  });
});

describe("a ratio whose term is itself a quotient", () => {
  it("sums it exactly as the decimal it is, without refusing it", () => {
    const outcome = ratioOverComplete(
      { op: "/", a: { term: 0 }, b: { term: 1 } },
      2,
      2,
      (u, t) =>
        [
          [1 / 3, 1],
          [2 / 3, 1],
        ][u][t],
    );
    expect(outcome.value).toBeCloseTo(0.5, 12);
  });
});
