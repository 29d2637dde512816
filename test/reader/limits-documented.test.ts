/**
 * The reader's default limits are the ones the documentation promises an officer (the table "limit
 * (reader option) | default | what the user sees"): read from the documentation itself, so a limit
 * changed in one place and not the other fails here, and no number is written twice in the tests.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../../src/workbook/file/reader";

const ROOT = join(__dirname, "..", "..");
const DOCS = [
  join(ROOT, "README.md"),
  ...(existsSync(join(ROOT, "docs"))
    ? readdirSync(join(ROOT, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => join(ROOT, "docs", f))
    : []),
];
const MB = 2 ** 20;

/** "50 MB", "200 : 1", "10,000", "10 s" → the number the option holds (bytes, ratio, count, milliseconds). */
function documented(text: string): number {
  const match = /^([\d,]+)\s*(MB|s|: 1)?$/.exec(text.trim());
  if (!match) throw new Error(`not a documented limit: ${text}`);
  const value = Number(match[1].replace(/,/g, ""));
  return match[2] === "MB" ? value * MB : match[2] === "s" ? value * 1000 : value;
}

/** Every table row naming a reader option, from whichever document holds the table. */
function documentedLimits(): Map<string, { row: string; value: string }> {
  const rows = new Map<string, { row: string; value: string }>();
  for (const file of DOCS) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const match = /^\|([^|]*\(`(max\w+)`\)[^|]*)\|([^|]+)\|/.exec(line);
      if (match) rows.set(match[2], { row: match[1], value: match[3] });
    }
  }
  return rows;
}

describe("the reader's default limits", () => {
  const rows = documentedLimits();

  it("are each documented, with the value the reader uses", () => {
    const options = (Object.keys(DEFAULT_READ_LIMITS) as (keyof ReadLimits)[]).filter((key) => key.startsWith("max"));
    expect([...rows.keys()].sort()).toEqual([...options].sort());
    for (const key of options) expect([key, documented(rows.get(key)!.value)]).toEqual([key, DEFAULT_READ_LIMITS[key]]);
  });

  it("check the inflate ratio past the size the documentation says", () => {
    const past = /checked past (\d+) MB/.exec(rows.get("maxInflateRatio")!.row);
    expect(past && Number(past[1]) * MB).toBe(DEFAULT_READ_LIMITS.ratioCheckAfterBytes);
  });
});
