/**
 * The CLI as IT staff install it (docs/deploying.md "The CLI for IT staff"): `npm pack` makes a tarball that
 * `npm install -g` turns into a working `union-report`, with nothing to download and nothing to compile:
 * installed here offline, with an empty npm cache, into a prefix whose folder has a Vietnamese name and a
 * space, then `union-report --version` and `union-report demo` run from it.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { builtinModules } from "module";
import { dirname, join, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli", "union-report.js");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

let dir = "";
beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build:local\` first (npm test does)`);
  dir = mkdtempSync(join(tmpdir(), "pack-install-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** npm with no configuration of the developer's leaking in (npm test sets npm_config_* for its children). */
function runNpm(args: string[], cwd: string): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return execFileSync(npm, args, {
    cwd,
    env: { ...env, npm_config_update_notifier: "false" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    shell: process.platform === "win32",
  });
}

describe("the CLI tarball", () => {
  it("holds the bundled CLI only, with no dependency to fetch and no install script", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies?: object;
      scripts: Record<string, string>;
      bin: Record<string, string>;
      files: string[];
    };
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const hook of ["preinstall", "install", "postinstall", "prepare", "prepack"]) expect(manifest.scripts[hook]).toBeUndefined();
    expect(manifest.bin["union-report"]).toBe("dist/cli/union-report.js");
    // The bundle needs nothing but Node's own modules.
    for (const file of ["union-report.js", "merge-worker.js", "exceljs.js"]) {
      const code = readFileSync(join(ROOT, "dist", "cli", file), "utf8");
      const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]).filter((name) => !name.startsWith("."));
      expect(required.filter((name) => !builtinModules.includes(name.replace(/^node:/, "")))).toEqual([]);
    }
  });

  it("installs with npm install -g offline from an empty cache, and runs union-report demo", () => {
    const packed = JSON.parse(runNpm(["pack", "--json", "--pack-destination", dir], ROOT)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = join(dir, packed[0].filename);
    expect(packed[0].files.map((f) => f.path).sort()).toEqual([
      "README.md",
      "dist/cli/exceljs.js",
      "dist/cli/merge-worker.js",
      "dist/cli/union-report.js",
      "package.json",
    ]);

    const prefix = join(dir, "Công cụ báo cáo");
    const cache = join(dir, "npm-cache-empty");
    mkdirSync(cache);
    runNpm(["install", "-g", "--prefix", prefix, "--offline", "--cache", cache, "--no-audit", "--no-fund", tarball], dir);
    const command = process.platform === "win32" ? join(prefix, "union-report.cmd") : join(prefix, "bin", "union-report");
    expect(existsSync(command)).toBe(true);

    const version = spawnSync(command, ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
    expect(version.status).toBe(0);
    expect(version.stdout).toContain(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);

    const demo = spawnSync(command, ["demo"], { cwd: dir, encoding: "utf8", shell: process.platform === "win32", timeout: 120000 });
    expect(demo.stderr).toBe("");
    expect(demo.status).toBe(0);
    const written = /Đã ghi bản tổng hợp: (.+\.xlsx)/.exec(demo.stdout);
    expect(written).not.toBeNull();
    const out = written![1].trim();
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    rmSync(dirname(out), { recursive: true, force: true });
  });
});
