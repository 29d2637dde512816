/**
 * Every relative link in the README and the documentation under docs/ leads to a file that exists:
 * the README was split into docs/ pages, and a link that points at a moved or renamed page would
 * send an officer or a developer nowhere. Links to the web (https:, mailto:) and to an anchor of the
 * same page are not files and are left alone; a link's own "#anchor" is cut before the file is looked for.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = join(__dirname, "..", "..");

/** README.md and every .md under docs/, at any depth (the user guide's chapters included). */
function documents(): string[] {
  const found: string[] = [join(ROOT, "README.md")];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith(".md")) found.push(path);
    }
  };
  walk(join(ROOT, "docs"));
  return found;
}

/** The targets of the Markdown links and images of a text, code spans and fenced blocks left out. */
export function linkTargets(text: string): string[] {
  const prose = text.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const targets: string[] = [];
  // [text](target) and ![alt](target "title"); the text may hold brackets of its own one level deep.
  for (const match of prose.matchAll(/!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]);
  // Reference definitions: [label]: target
  for (const match of prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s|$)/gm)) targets.push(match[1]);
  return targets;
}

/** The relative links of a document (at `file`) whose file does not exist, as written. */
export function brokenLinks(file: string, text: string, exists: (path: string) => boolean = existsSync): string[] {
  return linkTargets(text).filter((target) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) return false;
    const path = decodeURI(target.split("#")[0]);
    return !exists(resolve(dirname(file), path));
  });
}

describe("links in the README and docs/", () => {
  it("finds the documents to check", () => {
    const names = documents().map((f) => relative(ROOT, f));
    expect(names).toEqual(expect.arrayContaining(["README.md", "docs/architecture.md", "docs/benchmarks.md", "docs/excel.md"]));
  });

  it.each(documents().map((f) => [relative(ROOT, f), f]))("%s: every relative link leads to an existing file", (_name, file) => {
    expect(brokenLinks(file, readFileSync(file, "utf8"))).toEqual([]);
  });

  it("reports a link to a missing file, and only that one", () => {
    const text = [
      "See [the layers](docs/architecture.md#layers), [gone](docs/khong-co.md), ![icon](assets/icon-32.png),",
      "[the web](https://example.org/x.md), [here](#top), `[code](not/a/link.md)` and [a ref].",
      "",
      "```sh",
      "[fenced](nor/this.md)",
      "```",
      "[a ref]: docs/mat-roi.md",
    ].join("\n");
    const present = new Set([join(ROOT, "docs", "architecture.md"), join(ROOT, "assets", "icon-32.png")]);
    expect(brokenLinks(join(ROOT, "README.md"), text, (path) => present.has(path))).toEqual(["docs/khong-co.md", "docs/mat-roi.md"]);
  });

  it("resolves a link from the folder of the document that holds it", () => {
    const present = new Set([join(ROOT, "docs", "glossary.md")]);
    expect(brokenLinks(join(ROOT, "docs", "excel.md"), "[words](glossary.md) [up](../README.md)", (p) => present.has(p))).toEqual([
      "../README.md",
    ]);
  });
});
