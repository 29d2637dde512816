/**
 * The merge's promises as properties over random units and figures (bounded runs):
 * consolidated = sum of parts; associativity; file order does not matter; duplicates never add.
 */
import fc from "fast-check";
import { splitFigureKey, type FigureKey } from "../../src/domain/submission";
import type { AcceptedFile } from "../../src/domain/merge";
import { campaignForLevel } from "../../src/domain/definition";
import { campaign, catalog, consolidatedFile, figureEntries, keysOf, merge, PROVINCE, DISTRICT, unitFile, type UnitSpec } from "./support";

/** What a CĐCS types and is summed: the rows of its form 1-HĐCĐ (counted and upper-level rows are not on it); weighted averages have their own test. */
const KEYS = keysOf(campaignForLevel(campaign(), "cdcs")).filter(
  (key) => catalog.rowsByCode.get(splitFigureKey(key).code)?.row.aggregation !== "weighted_average",
);
const isDecimal = (key: FigureKey) => catalog.rowsByCode.get(splitFigureKey(key).code)?.row.valueType === "decimal";

/** A figure the checks accept: a count, or money with up to 3 decimals, sometimes blank. */
const figureArb = (key: FigureKey) =>
  fc.option(isDecimal(key) ? fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 1000) : fc.integer({ min: 0, max: 100_000 }), {
    nil: null,
    freq: 3,
  });

/** A handful of keys per unit keeps runs fast and leaves plenty of blanks. */
const figuresArb = fc
  .subarray(KEYS, { minLength: 1, maxLength: 8 })
  .chain((keys) =>
    fc.tuple(...keys.map((k) => figureArb(k))).map((values) => new Map<FigureKey, number | null>(keys.map((k, i) => [k, values[i]]))),
  );

const dateArb = fc.integer({ min: 1, max: 28 }).map((d) => `2026-06-${String(d).padStart(2, "0")}`);

/** Distinct units: code CD<n>, Vietnamese-ish names. */
const unitsArb = (min: number, max: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: min, maxLength: max }).chain((ns) =>
    fc.tuple(
      ...ns.map((n) =>
        fc.tuple(figuresArb, dateArb).map(([figures, date]): UnitSpec => ({
          code: `CD${String(n).padStart(3, "0")}`,
          name: `CĐCS Trường Tiểu học số ${n}`,
          date,
          figures,
        })),
      ),
    ),
  );

/**
 * A figure in thousandths by its decimal text, not by the product's own conversion: the figures drawn
 * here are whole or have at most 3 decimals, and are never negative.
 */
function thousandthsOf(value: number): bigint {
  const text = value.toFixed(3);
  if (Number(text) !== value || value < 0) throw new Error(`not a figure of this test: ${value}`);
  const [whole, fraction] = text.split(".");
  return BigInt(whole!) * 1000n + BigInt(fraction!);
}

/** The reference sum, in thousandths, with its own arithmetic (bigints over the decimal text). */
function referenceSum(units: readonly UnitSpec[], key: FigureKey): bigint | null {
  let total = 0n;
  let any = false;
  for (const u of units) {
    const v = u.figures.get(key);
    if (v === null || v === undefined) continue;
    total += thousandthsOf(v);
    any = true;
  }
  return any ? total : null;
}

const consolidated = (value: number | null | undefined): bigint | null =>
  value === null || value === undefined ? null : thousandthsOf(value);

const files = (units: readonly UnitSpec[]) => units.map((u, i) => unitFile(u, undefined, `${u.code}.xlsx`, i));
const leafCodes = (r: ReturnType<typeof merge>) => r.leaves.map((l) => l.code).sort();
const RUNS = { numRuns: 25 };

describe("merge properties", () => {
  it("consolidated figures are the exact sum of the units that reported each cell; blanks stay blank", () => {
    fc.assert(
      fc.property(unitsArb(1, 6), (units) => {
        const result = merge(files(units));
        for (const key of KEYS) {
          const expected = referenceSum(units, key);
          const got = result.figures.get(key) ?? null;
          expect(consolidated(got)).toEqual(expected);
          const reported = units.filter((u) => u.figures.get(key) != null).length;
          expect(result.counts.get(key)).toEqual({ reported, blank: units.length - reported });
        }
        expect(result.summary.units).toBe(units.length);
      }),
      RUNS,
    );
  });

  it("is associative: A, B, C at once equals A+B into a district, then that district with C (figures and units)", () => {
    fc.assert(
      fc.property(unitsArb(2, 6), fc.integer({ min: 1, max: 5 }), (units, cut) => {
        const split = Math.min(cut, units.length - 1);
        const all = merge(files(units), PROVINCE);
        const district = merge(files(units.slice(0, split)), DISTRICT);
        const districtFile = consolidatedFile(district, "2026-06-15", "district.xlsx", 100);
        const rest = units.slice(split).map((u, i) => unitFile(u, undefined, `${u.code}.xlsx`, 200 + i));
        const nested = merge([districtFile, ...rest], PROVINCE);
        expect(figureEntries(nested.figures)).toEqual(figureEntries(all.figures));
        expect(leafCodes(nested)).toEqual(leafCodes(all));
        expect(nested.leaves.map((l) => l.hash).sort()).toEqual(all.leaves.map((l) => l.hash).sort());
        expect(nested.files.every((f) => f.status === "accepted")).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it("does not depend on the order of the files", () => {
    fc.assert(
      fc.property(unitsArb(1, 6), fc.integer({ min: 0, max: 3 }), (units, dupes) => {
        // Some units sent twice, with other figures, so the keep rule is exercised too.
        const copies = units
          .slice(0, dupes)
          .map((u) => ({ ...u, figures: new Map([...u.figures].map(([k, v]) => [k, v === null ? 1 : v + 1] as [FigureKey, number])) }));
        const given = [...units, ...copies];
        const forward = merge(given.map((u, i) => unitFile(u, undefined, `${u.code}-${i}.xlsx`, i)));
        const reversed = merge([...given].reverse().map((u, i) => unitFile(u, undefined, `${u.code}-${given.length - 1 - i}.xlsx`, i)));
        expect(figureEntries(reversed.figures)).toEqual(figureEntries(forward.figures));
        expect(reversed.leaves.map((l) => `${l.code}:${l.hash}:${l.fileName}`)).toEqual(
          forward.leaves.map((l) => `${l.code}:${l.hash}:${l.fileName}`),
        );
        expect(reversed.dropped.map((d) => d.dropped.fileName).sort()).toEqual(forward.dropped.map((d) => d.dropped.fileName).sort());
      }),
      RUNS,
    );
  });

  it("never adds both copies of a unit: the later preparation date is kept", () => {
    fc.assert(
      fc.property(unitsArb(1, 5), fc.array(fc.integer({ min: 1, max: 27 }), { minLength: 1, maxLength: 5 }), (units, days) => {
        // Each unit sent again on an earlier or a later day with other figures.
        const resent = units.map((u, i) => ({
          ...u,
          date: `2026-07-${String(days[i % days.length]).padStart(2, "0")}`,
          // + 7 in the decimal text: a float sum such as 2041.369 + 7 is not a figure a unit could type.
          figures: new Map(
            [...u.figures].map(([k, v]) => [k, v === null ? null : Number((v + 7).toFixed(3))] as [FigureKey, number | null]),
          ),
        }));
        const result = merge(files([...units, ...resent]));
        const winners = units.map((u, i) => resent[i]); // July is always after June
        for (const key of KEYS) expect(consolidated(result.figures.get(key))).toEqual(referenceSum(winners, key));
        expect(result.summary.units).toBe(units.length);
        expect(result.summary.duplicates).toBe(units.length);
        expect(result.dropped.every((d) => d.kind === "duplicate" && d.rule === "laterDate")).toBe(true);
      }),
      RUNS,
    );
  });

  it("counts a unit that arrives directly and inside a district's workbook once", () => {
    fc.assert(
      fc.property(unitsArb(2, 5), (units) => {
        const district = merge(files(units), DISTRICT);
        const districtFile = consolidatedFile(district, "2026-06-15", "district.xlsx", 50);
        const again: AcceptedFile = unitFile(units[0], undefined, "direct.xlsx", 51);
        const result = merge([districtFile, again], PROVINCE);
        expect(figureEntries(result.figures)).toEqual(figureEntries(district.figures));
        expect(result.summary.doubleCounted).toBe(1);
        expect(result.leaves.length).toBe(units.length);
      }),
      { numRuns: 10 },
    );
  });
});
