/** The CLI shell: help and version in-process, and the built executable once. */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { t } from "../../src/cli/strings";
import type { Command } from "../../src/cli/commands";
import { run, VERSION } from "../../src/cli/main";
import packageJson from "../../package.json";
import { captureIo } from "../support/cli-io";

const io = (env: Record<string, string> = {}) => captureIo(process.cwd(), env);

const echo: Command = {
  name: "echo",
  summary: { vi: "in lại tham số", en: "print the arguments" },
  run: async (args, { io: out, lang }) => {
    out.stdout(`${lang}:${args.join(" ")}\n`);
    return 0;
  },
};

describe("union-report", () => {
  it("prints the version of package.json", async () => {
    const c = io();
    expect(await run(["--version"], c.io)).toBe(0);
    expect(c.out()).toBe(`${packageJson.version}\n`);
    expect(VERSION).toBe(packageJson.version);
  });

  it("prints help in Vietnamese by default and in English with --lang en or LANG=en_US", async () => {
    const vi = io();
    expect(await run(["--help"], vi.io)).toBe(0);
    expect(vi.out()).toContain(t("vi", "cli.usage"));
    const en = io();
    await run(["--lang", "en"], en.io);
    expect(en.out()).toContain(t("en", "cli.usage"));
    const env = io({ LANG: "en_US.UTF-8" });
    await run(["-h"], env.io);
    expect(env.out()).toContain(t("en", "cli.usage"));
  });

  it("lists registered commands with their summary and runs them with the rest of the arguments", async () => {
    const help = io();
    await run(["--help"], help.io, [echo]);
    expect(help.out()).toMatch(/echo\s+in lại tham số/);
    const c = io();
    expect(await run(["echo", "a", "--lang=en", "b"], c.io, [echo])).toBe(0);
    expect(c.out()).toBe("en:a b\n");
  });

  it("rejects an unknown command or language with exit code 2 and a message", async () => {
    const c = io();
    expect(await run(["nope"], c.io)).toBe(2);
    expect(c.err()).toContain(t("vi", "cli.unknownCommand", { name: "nope" }));
    const l = io();
    expect(await run(["--lang", "fr", "--help"], l.io)).toBe(2);
    expect(l.err()).toContain("fr");
  });

  it("builds to an executable dist/cli/union-report.js that prints its version", () => {
    const bin = join(resolve(__dirname, "..", ".."), "dist", "cli", "union-report.js");
    expect(existsSync(bin)).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const result = spawnSync(bin, ["--version"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(packageJson.version);
  });
});
