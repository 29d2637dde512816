import { allKeys, formatNumber, t, withTables, type Lang } from "../../src/domain/i18n/strings";
import { allPaneKeys, t as paneT } from "../../src/taskpane/strings";
import { allCliKeys, t as cliT } from "../../src/cli/strings";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// One lookup, several tables: the domain's, and the task pane's and the CLI's on top of it.
const lookups: readonly [string, (lang: Lang) => string[], (lang: Lang, key: never) => string][] = [
  ["domain", allKeys, t],
  ["task pane", allPaneKeys, paneT],
  ["CLI", allCliKeys, cliT],
];

describe.each(lookups)("the string catalog (%s)", (_name, keysOf, lookup) => {
  it("has every key in Vietnamese and in English", () => {
    expect(keysOf("en").sort()).toEqual(keysOf("vi").sort());
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of keysOf("vi")) {
      const vi = lookup("vi", key as never);
      const en = lookup("en", key as never);
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(vi) });
    }
  });

  it("has no empty text", () => {
    for (const lang of ["vi", "en"] as const) for (const key of keysOf(lang)) expect(lookup(lang, key as never).trim()).not.toBe("");
  });
});

describe("the string catalog", () => {
  it("keeps the view's and the command's strings out of the domain's tables", () => {
    expect(
      allKeys("vi").filter((key) => /^(merge\.(view|cli|demo)|check\.(view|cli)|tplui|tplcli|forms\.ui|formsImport\.ui|cli)\./.test(key)),
    ).toEqual([]);
    expect(allPaneKeys("vi")).toContain("merge.view.run");
    expect(allCliKeys("vi")).toContain("merge.cli.summary");
    expect(allCliKeys("vi")).not.toContain("merge.view.run");
  });

  it("refuses a layer table that reuses a key of another table", () => {
    expect(() => withTables([{ vi: { "app.name": "x" }, en: { "app.name": "x" } }] as const)).toThrow("app.name");
  });

  it("formats numbers the Vietnamese way in Vietnamese", () => {
    expect(formatNumber("vi", 1250)).toBe("1.250");
    expect(formatNumber("vi", 1250.5)).toBe("1.250,5");
    expect(formatNumber("en", 1250.5)).toBe("1,250.5");
  });
});
