/**
 * The CLI's one file writer (src/cli/safe-output.ts) on the real file system: the checks made before any
 * input is read, the lock beside the output, the atomic replacement, and a kill -9 of a real child process
 * in the middle of writing, which must leave the previous file whole.
 */
import { spawn } from "node:child_process";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { claimOutput, writeOutput, writeProblem } from "../../src/cli/safe-output";
import { render } from "../../src/cli/strings";

const ROOT = resolve(__dirname, "..", "..");
const fresh = () => mkdtempSync(join(tmpdir(), "safe-output-"));

describe("claimOutput and writeOutput", () => {
  it("writes a new file, and leaves no temporary or lock file behind", () => {
    const dir = fresh();
    const path = join(dir, "tong-hop.xlsx");
    expect(writeOutput(path, new Uint8Array([1, 2, 3]), { force: false })).toBeNull();
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
  });

  it("refuses an existing file without --force and leaves it unchanged; replaces it with --force", () => {
    const dir = fresh();
    const path = join(dir, "cu.xlsx");
    writeFileSync(path, "bản cũ");
    const refused = writeOutput(path, new Uint8Array([9]), { force: false, display: "cu.xlsx" });
    expect(refused?.code).toBe("output.exists");
    expect(render("vi", refused!)).toContain('Tệp "cu.xlsx" đã có; dùng --force để ghi đè');
    expect(readFileSync(path, "utf8")).toBe("bản cũ");
    expect(writeOutput(path, new Uint8Array([9]), { force: true })).toBeNull();
    expect([...readFileSync(path)]).toEqual([9]);
    expect(readdirSync(dir)).toEqual(["cu.xlsx"]);
  });

  it("refuses an output that is one of the inputs even with --force, by another name too (a hard link)", () => {
    const dir = fresh();
    const input = join(dir, "a.xlsx");
    writeFileSync(input, "tệp của đơn vị");
    expect(writeOutput(input, new Uint8Array([1]), { force: true, inputs: [input] })?.code).toBe("output.isInput");
    expect(
      writeOutput(join(dir, ".", "a.xlsx"), new Uint8Array([1]), { force: true, inputs: [join(dir, "sub", "..", "a.xlsx")] })?.code,
    ).toBe("output.isInput");
    linkSync(input, join(dir, "b.xlsx"));
    expect(writeOutput(join(dir, "b.xlsx"), new Uint8Array([1]), { force: true, inputs: [input] })?.code).toBe("output.isInput");
    expect(readFileSync(input, "utf8")).toBe("tệp của đơn vị");
  });

  it("names a folder given as the output, and a missing folder, in Vietnamese without a Node error code", () => {
    const dir = fresh();
    mkdirSync(join(dir, "thu-muc"));
    const folder = writeOutput(join(dir, "thu-muc"), new Uint8Array([1]), { force: true });
    expect(folder?.code).toBe("output.isFolder");
    const missing = writeOutput(join(dir, "khong-co", "x.xlsx"), new Uint8Array([1]), { force: false });
    expect(missing?.code).toBe("output.folderMissing");
    // A file standing where the folder should be.
    writeFileSync(join(dir, "tep"), "");
    expect(writeOutput(join(dir, "tep", "x.xlsx"), new Uint8Array([1]), { force: false })?.code).toBe("output.folderMissing");
    for (const problem of [folder!, missing!]) expect(render("vi", problem)).not.toMatch(/E[A-Z]{3,}/);
  });

  it("words every Node write error as the user's problem, never its code", () => {
    const cases: [string, string][] = [
      ["ENOSPC", "output.diskFull"],
      ["EDQUOT", "output.diskFull"],
      ["EACCES", "output.notWritable"],
      ["EROFS", "output.notWritable"],
      ["EPERM", "output.notWritable"],
      ["ENOENT", "output.folderMissing"],
      ["EISDIR", "output.isFolder"],
      ["EMFILE", "output.tooManyOpen"],
      ["EIO", "output.failed"],
    ];
    for (const [code, key] of cases) {
      const problem = writeProblem(Object.assign(new Error(`${code}: something`), { code }), "/x/out.xlsx");
      expect(problem.key).toBe(key);
      for (const lang of ["vi", "en"] as const) expect(render(lang, problem)).not.toContain(code);
    }
  });

  it("lets one run hold an output: a second claim is refused with who holds it, and the lock goes with release", () => {
    const dir = fresh();
    const path = join(dir, "out.xlsx");
    const first = claimOutput(path, { force: true });
    if (!first.ok) throw new Error("expected the first claim");
    expect(existsSync(`${path}.lock`)).toBe(true);
    const second = claimOutput(path, { force: true, display: "out.xlsx" });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe("output.locked");
    expect(render("vi", second.error)).toContain(`tiến trình ${process.pid}`);
    expect(first.value.write(new Uint8Array([5]))).toBeNull();
    first.value.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(claimOutput(path, { force: true }).ok).toBe(true);
  });

  it("takes over a lock and removes temporary files left by a process that no longer runs", () => {
    const dir = fresh();
    const path = join(dir, "out.xlsx");
    writeFileSync(path, "bản cũ");
    // A pid no process has (above Linux's pid_max), as left by a run killed with -9.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: "2026-12-06T10:00:00Z", token: "x" }));
    writeFileSync(join(dir, `.out.xlsx.${2 ** 22 + 7}.abcd.tmp`), "nửa chừng");
    writeFileSync(join(dir, `.out.xlsx.${2 ** 22 + 7}.ef01.lock-draft`), "{");
    expect(writeOutput(path, new Uint8Array([7]), { force: true })).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(["out.xlsx"]);
  });

  it("does not take over a lock of a live process, nor one from another machine", () => {
    const dir = fresh();
    const path = join(dir, "out.xlsx");
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 2 ** 22 + 7, host: "may-khac", since: "2026-12-06T10:00:00Z", token: "x" }));
    const problem = writeOutput(path, new Uint8Array([1]), { force: true });
    expect(problem?.code).toBe("output.locked");
    expect(render("vi", problem!)).toContain("may-khac");
    expect(existsSync(path)).toBe(false);
  });
});

/** A child that rewrites `path` in a loop through writeOutput until killed; resolves once it has started writing. */
function writerChild(path: string, size: number): Promise<ReturnType<typeof spawn>> {
  const script = `
    const { writeOutput } = require(${JSON.stringify(join(ROOT, "src/cli/safe-output.ts"))});
    // Filled once: the loop's time is spent writing, where the kill should land.
    const versions = [Buffer.alloc(${size}, 1), Buffer.alloc(${size}, 2)];
    process.stdout.write("ready\\n");
    for (let i = 1; ; i++) {
      const problem = writeOutput(${JSON.stringify(path)}, versions[i % 2], { force: true });
      if (problem) { console.error(JSON.stringify(problem)); process.exit(3); }
    }`;
  const child = spawn(process.execPath, ["-r", join(ROOT, "test/support/ts-register.js"), "-e", script], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolveChild, reject) => {
    child.stdout!.once("data", () => resolveChild(child));
    child.once("exit", (code) => reject(new Error(`writer exited early (${code})`)));
  });
}

const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once("exit", () => done())));

describe("kill -9 while writing", () => {
  it("always leaves the previous file or a complete new one, never a partial file (three kills at different moments)", async () => {
    const size = 24 * 2 ** 20;
    // Two kills at set moments, one as soon as a temporary file is seen (a loaded machine may starve the
    // child past a set moment; the third kill then still lands in the middle of a write).
    const runs = await Promise.all(
      [40, 700, "mid-write"].map(async (when) => {
        const dir = fresh();
        const path = join(dir, "tong-hop.xlsx");
        writeFileSync(path, Buffer.alloc(size, 0));
        const child = await writerChild(path, size);
        if (typeof when === "number") await new Promise((wait) => setTimeout(wait, when));
        else
          for (let waited = 0; waited < 30_000 && !readdirSync(dir).some((name) => name.endsWith(".tmp")); waited += 2)
            await new Promise((wait) => setTimeout(wait, 2));
        child.kill("SIGKILL");
        await exited(child);
        return { dir, path, signal: child.signalCode, midWrite: readdirSync(dir).some((name) => name.endsWith(".tmp")) };
      }),
    );
    for (const { dir, path, signal } of runs) {
      expect(signal).toBe("SIGKILL");
      const bytes = readFileSync(path);
      expect(bytes.length).toBe(size);
      // Whole: every byte the same (the previous file's 0, or one complete rewrite's value).
      expect(bytes.every((b) => b === bytes[0])).toBe(true);
      // What a killed run leaves is hidden and removed by the next run.
      expect(writeOutput(path, new Uint8Array([1]), { force: true })).toBeNull();
      expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
    }
    // The kills did land in the middle of a write (a temporary file was left), not only between writes.
    expect(runs.some((run) => run.midWrite)).toBe(true);
  }, 120_000);
});
