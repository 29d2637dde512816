/**
 * `union-report merge --out`: never over an existing file without --force, never over an input, one run at
 * a time per output, the output refused before any input is read, and a real merge process killed with -9
 * leaving the previous consolidated workbook whole.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FigureKey } from "../../src/domain/submission";
import { runMerge, MERGE_EXIT } from "../../src/cli/commands/merge";
import { claimOutput } from "../../src/cli/safe-output";
import { readWorkbook } from "../../src/workbook/file/reader";
import { captureIo } from "../support/cli-io";
import { unitWorkbook } from "./support";

const ROOT = resolve(__dirname, "..", "..");
const figs = (dv: number) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["DV_TONG@value", dv],
    ["DV_NU@value", 1],
    ["LD_NU@value", dv],
  ]);
const ARGS = ["in", "--campaign", "tk-3105-2026", "--unit-code", "H1", "--unit-name", "LĐLĐ huyện", "--level", "huyen"];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "merge-output-"));
  mkdirSync(join(dir, "in"));
  for (const code of ["A", "B", "C", "D", "E", "F"]) writeFileSync(join(dir, "in", `${code}.xlsx`), await unitWorkbook(code, figs(10)));
});

const merge = async (...args: string[]) => {
  const c = captureIo(dir);
  const code = await runMerge([...ARGS, ...args], { lang: "vi", io: c.io });
  return { code, out: c.out(), err: c.err() };
};

describe("merge --out", () => {
  it("refuses an existing output without --force: exit 3, the file unchanged, and nothing read", async () => {
    writeFileSync(join(dir, "cu.xlsx"), "bản tổng hợp tháng trước");
    const run = await merge("--out", "cu.xlsx");
    expect(run.code).toBe(MERGE_EXIT.outputRefused);
    expect(run.code).toBe(3);
    expect(run.err).toContain('Tệp "cu.xlsx" đã có; dùng --force để ghi đè');
    expect(run.out).toBe(""); // refused before the merge: no report
    expect(readFileSync(join(dir, "cu.xlsx"), "utf8")).toBe("bản tổng hợp tháng trước");
    const forced = await merge("--out", "cu.xlsx", "--force");
    expect(forced.code).toBe(0);
    expect(readWorkbook(new Uint8Array(readFileSync(join(dir, "cu.xlsx")))).ok).toBe(true);
  });

  it("refuses an output that is one of the inputs, even with --force", async () => {
    const before = readFileSync(join(dir, "in", "A.xlsx"));
    for (const out of [join("in", "A.xlsx"), "in/./A.xlsx"]) {
      const run = await merge("--out", out, "--force");
      expect(run.code).toBe(3);
      expect(run.err).toContain("cũng là một tệp đầu vào");
    }
    expect(readFileSync(join(dir, "in", "A.xlsx")).equals(before)).toBe(true);
  });

  it("names a missing output folder before reading any input, without a Node error code", async () => {
    const run = await merge("--out", "khong-co/tong-hop.xlsx");
    expect(run.code).toBe(3);
    expect(run.err).toContain("Không có thư mục");
    expect(run.err).not.toMatch(/ENOENT|EISDIR|EACCES/);
  });

  it("gives one success and one clear refusal to two merges to the same path at once", async () => {
    const [a, b] = await Promise.all([merge("--out", "cung-luc.xlsx"), merge("--out", "cung-luc.xlsx")]);
    expect([a.code, b.code].sort()).toEqual([0, 3]);
    expect((a.code === 3 ? a : b).err).toContain('Đang có một lần ghi khác vào "cung-luc.xlsx"');
    expect(readWorkbook(new Uint8Array(readFileSync(join(dir, "cung-luc.xlsx")))).ok).toBe(true);
    expect(existsSync(join(dir, "cung-luc.xlsx.lock"))).toBe(false);
  });

  it("is refused in another process while this one holds the output (the real CLI)", async () => {
    const held = claimOutput(join(dir, "giu.xlsx"), { force: true });
    if (!held.ok) throw new Error("expected the claim");
    try {
      const child = await cli(["merge", ...ARGS, "--out", "giu.xlsx"]);
      expect(child.code).toBe(3);
      expect(child.err).toContain(`tiến trình ${process.pid}`);
      expect(existsSync(join(dir, "giu.xlsx"))).toBe(false);
    } finally {
      held.value.release();
    }
  }, 60_000);
});

function cli(
  args: string[],
  onSpawn?: (child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; signal: string | null; err: string }> {
  const child = spawn(
    process.execPath,
    ["-r", join(ROOT, "test/support/ts-register.js"), join(ROOT, "src/cli/bin.ts"), "--lang", "vi", ...args],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  child.stdout!.resume();
  onSpawn?.(child);
  return new Promise((done) => child.once("exit", (code, signal) => done({ code, signal, err })));
}

/** Resolves when `check` holds, polling every few milliseconds; false when the process ended first. */
async function until(check: () => boolean, child: ReturnType<typeof spawn>): Promise<boolean> {
  while (child.exitCode === null && child.signalCode === null) {
    if (check()) return true;
    await new Promise((wait) => setTimeout(wait, 2));
  }
  return false;
}

describe("a merge killed with -9", () => {
  it("leaves the previous consolidated workbook whole, whether killed while reading or while writing, and the next run goes on", async () => {
    expect((await merge("--out", "ky-truoc.xlsx", "--force")).code).toBe(0);
    const previous = readFileSync(join(dir, "ky-truoc.xlsx"));
    const moments: Record<string, () => boolean> = {
      reading: () => existsSync(join(dir, "ky-truoc.xlsx.lock")),
      writing: () => readdirSync(dir).some((name) => name.startsWith(".ky-truoc.xlsx.") && name.endsWith(".tmp")),
    };
    const killed: string[] = [];
    for (const [moment, check] of Object.entries(moments)) {
      let landed = false;
      const run = await cli(["merge", ...ARGS, "--out", "ky-truoc.xlsx", "--force"], (child) => {
        void until(check, child).then((reached) => {
          landed = reached;
          if (reached) child.kill("SIGKILL");
        });
      });
      const now = readFileSync(join(dir, "ky-truoc.xlsx"));
      if (landed && run.signal === "SIGKILL") {
        // Killed before the rename: the previous bytes; killed after it: a whole new workbook.
        expect(now.equals(previous) || readWorkbook(new Uint8Array(now)).ok).toBe(true);
        if (moment === "reading") expect(now.equals(previous)).toBe(true);
        killed.push(moment);
      } else {
        // The run finished before the kill could land: then its workbook is whole.
        expect(run.code).toBe(0);
        expect(readWorkbook(new Uint8Array(now)).ok).toBe(true);
      }
    }
    // Reading takes long enough to be caught every time.
    expect(killed).toContain("reading");
    // The lock and temporary file of a killed run do not stop the next one.
    const next = await merge("--out", "ky-truoc.xlsx", "--force");
    expect(next.code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.includes("ky-truoc.xlsx"))).toEqual(["ky-truoc.xlsx"]);
  }, 120_000);
});
