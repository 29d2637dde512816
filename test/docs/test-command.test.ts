/**
 * "CI runs exactly this": the README's test command (the apt line, then `npm ci && npm test`) and what
 * .ci/run executes from a clean clone must not drift apart — the README was split into docs/, and the
 * command a developer copies from it is the one CI proves.
 */
import { readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

/** The shell blocks of a Markdown text, each as its lines. */
export function shellBlocks(markdown: string): string[][] {
  return [...markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)].map((m) => m[1].split("\n").filter((l) => l.trim() !== ""));
}

/** A script's commands: continuation lines joined, comments and blank lines dropped, each `a && b` split. */
export function commands(script: string): string[] {
  return script
    .replace(/\s*\\\n\s*/g, " ")
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line !== "")
    .flatMap((line) => line.split(/\s*&&\s*/));
}

/** The packages an `apt-get install` command names (its options left out). */
export function aptPackages(command: string): string[] {
  const match = /apt-get install\s+(.*)$/.exec(command);
  return match ? match[1].split(/\s+/).filter((word) => word !== "" && !word.startsWith("-")) : [];
}

describe("the README's test command", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const ci = commands(readFileSync(join(ROOT, ".ci", "run"), "utf8"));
  const block = shellBlocks(readme).find((lines) => lines.some((line) => /\bnpm test\b/.test(line)));

  it("is in the README, verbatim: npm ci && npm test", () => {
    expect(block).toBeDefined();
    expect(block).toContain("npm ci && npm test");
  });

  it("is what .ci/run runs, in the same order", () => {
    const npm = (lines: string[]) => lines.filter((c) => c.startsWith("npm "));
    expect(npm(ci)).toEqual(npm(commands(block!.join("\n"))));
  });

  it("installs no package CI does not install too", () => {
    const readmeApt = commands(block!.join("\n")).flatMap(aptPackages);
    expect(readmeApt.length).toBeGreaterThan(0);
    expect(ci.flatMap(aptPackages)).toEqual(expect.arrayContaining(readmeApt));
  });

  it("npm test is a script of the package", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.test).toEqual(expect.any(String));
  });

  it("reads a script as the shell would", () => {
    const script = "# comment\nsudo apt-get install -y \\\n  chromium xmllint # why\nnpm ci && npm test\n";
    expect(commands(script)).toEqual(["sudo apt-get install -y chromium xmllint", "npm ci", "npm test"]);
    expect(aptPackages(commands(script)[0])).toEqual(["chromium", "xmllint"]);
  });
});
