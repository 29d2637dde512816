/**
 * Memo tables (src/domain/memo.ts), the only module-level memory the lint allows outside an owner:
 * invisible, because each derives once per key and gives the same value, and bounded.
 */
import { once, perObject, perObjectPair, perText } from "../../src/domain/memo";
import { loadCatalog } from "../../src/domain/definition";
import { inputFigureKeys } from "../../src/domain/merge/figure-keys";
import { inputTables } from "../../src/domain/check/input-cells";
import { resolveCampaign } from "../../src/domain/definition";

describe("memo tables", () => {
  it("derive once per key object, separately for each key and each pair", () => {
    const calls: string[] = [];
    const size = perObject((key: { name: string }) => (calls.push(key.name), key.name.length));
    const [a, b] = [{ name: "a" }, { name: "bb" }];
    expect([size(a), size(b), size(a), size(b)]).toEqual([1, 2, 1, 2]);
    expect(calls).toEqual(["a", "bb"]);
    const joined = perObjectPair(
      (x: { name: string }, y: { name: string }) => (calls.push(`${x.name}+${y.name}`), { text: x.name + y.name }),
    );
    expect(joined(a, b)).toBe(joined(a, b));
    expect(joined(b, a)).toEqual({ text: "bba" });
    expect(calls.slice(2)).toEqual(["a+bb", "bb+a"]);
  });

  it("remember a derived undefined too (not derived again)", () => {
    let calls = 0;
    const nothing = perObject((_: object) => void calls++);
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });

  it("keep at most `limit` texts: hostile variety starts the table again, and every answer stays right", () => {
    const calls: string[] = [];
    const upper = perText(2, (text) => (calls.push(text), text.toUpperCase()));
    expect(["a", "b", "a", "c", "a", "b"].map(upper)).toEqual(["A", "B", "A", "C", "A", "B"]);
    expect(calls).toEqual(["a", "b", "c", "a", "b"]); // "c" filled the table: it started again
  });

  it("make a value once, on first use", () => {
    let made = 0;
    const value = once(() => ({ made: ++made }));
    expect(made).toBe(0);
    expect(value()).toBe(value());
    expect(made).toBe(1);
  });

  it("serve the catalog's users: the same object for the same catalog and campaign, another for another campaign", () => {
    const catalog = loadCatalog();
    expect(loadCatalog()).toBe(catalog);
    const periodic = resolveCampaign(catalog.campaignDefs, "tk-3105-2026");
    const review = resolveCampaign(catalog.campaignDefs, "tk10-nq6a-2011-2020");
    if (!periodic.ok || !review.ok) throw new Error("shipped campaigns must resolve");
    expect(inputFigureKeys(catalog, periodic.value)).toBe(inputFigureKeys(catalog, periodic.value));
    expect(inputTables(catalog, periodic.value)).toBe(inputTables(catalog, periodic.value));
    expect(inputFigureKeys(catalog, review.value)).not.toEqual(inputFigureKeys(catalog, periodic.value));
  });
});
