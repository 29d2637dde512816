/**
 * Benchmark of the merge (issue 5, "Speed and memory"). Prints, does not assert: machines differ.
 *
 * 1. Generates N template-sized submissions once with our own writer (varied figures, every input
 *    cell of the periodic report filled) into a cache folder, reused by later runs.
 * 2. On the same files, in the same run, with the bytes already in memory (CPU only):
 *    - ours: read (fast reader) + identify + check + consolidate + plan, i.e. mergeFiles;
 *    - ExcelJS's full `workbook.xlsx.load` (on a sample of the files, per-file mean × N, because it is slow);
 *    - the floor: merely unzipping every part of each file with fflate;
 *    - ours again on the files re-zipped with each its own workbook part, as files saved by Excel have
 *      (the reader reuses a part repeated byte for byte, which our writer's files all do).
 * 3. End to end in Node, each in a fresh process, for N/4, N/2 and N files (does memory grow with N?):
 *    - the CLI as a user runs it (needs a built dist/cli): `union-report merge FILES... --out`, timed
 *      from spawning node to its exit, with its peak RSS (both threads) reported by the process itself;
 *    - the same pipeline in-process on one thread, to show where the time goes (writing) and what the
 *      heap holds once the merge is done, with peak RSS sampled at every file.
 *
 * 4. In headless Chromium through the page's Web Worker (needs a built dist/ and chromium; skipped otherwise).
 *
 * Run: npm run bench [-- N=1000 EXCELJS=100 --no-browser]
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { loadCatalog, resolveCampaign } from "../src/domain/definition";
import { buildTemplate } from "../src/domain/layout";
import { figureKey, type FigureKey } from "../src/domain/submission";
import { writeWorkbook } from "../src/workbook/file/writer";
import { mergeFiles, type MergeFileInput } from "../src/app/merge";
import { sampleFigures, SAMPLE_UNITS } from "../src/domain/merge/sample";
import { mergeInChromium } from "./browser-merge";
import { render } from "../src/domain/i18n/message";

const arg = (name: string, fallback: number): number => {
  const found = process.argv.find((a) => a.startsWith(`${name}=`));
  return found ? Math.max(1, Number(found.slice(name.length + 1)) || fallback) : fallback;
};
const N = arg("N", 1000);
const EXCELJS_SAMPLE = Math.min(N, arg("EXCELJS", 100));
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
const catalog = loadCatalog();
const DISTRICT = { code: "BENCH", name: "LĐLĐ huyện (benchmark)", level: "huyen" as const };

async function generate(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names = Array.from({ length: N }, (_, i) => `cdcs-${String(i + 1).padStart(5, "0")}.xlsx`);
  const missing = names.filter((n) => !existsSync(join(dir, n)));
  if (missing.length === 0) return names.map((n) => join(dir, n));
  const campaign = resolveCampaign(catalog.campaignDefs, "tk-3105-2026");
  if (!campaign.ok) throw new Error(render("en", campaign.error));
  const { cells } = buildTemplate({ catalog, campaign: campaign.value });
  const inputs = cells.filter((c) => c.input);
  const ruleCodes = new Set(catalog.rules.flatMap((r) => [...r.left, ...r.right].map((term) => term.code)));
  const started = performance.now();
  for (const name of missing) {
    const i = Number(name.slice(5, 10));
    // Varied figures that pass the rules (so the files are accepted and summed, as in real life): every
    // cell no rule looks at gets a varied value or a blank, the others come from the sample district's
    // rule-abiding generator with a per-file seed and scale.
    const figures = new Map<FigureKey, number | null>();
    inputs.forEach((c, j) => {
      if (ruleCodes.has(c.code)) return;
      figures.set(
        figureKey(c.code, c.column),
        (i * 31 + j * 17) % 7 === 0 ? null : c.valueType === "decimal" ? ((i * 977 + j * 131) % 100_000) / 1000 : (i * 13 + j * 7) % 500,
      );
    });
    for (const [key, value] of sampleFigures(SAMPLE_UNITS[i % SAMPLE_UNITS.length], i, 1 + (i % 5))) figures.set(key, value);
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign.value,
      unit: { unitCode: `CD${i}`, unitName: `CĐCS số ${i}`, level: "cdcs", datePrepared: "2026-06-05" },
      figures,
    });
    writeFileSync(join(dir, name), await writeWorkbook(plan));
  }
  console.log(`generated ${missing.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s into ${dir}`);
  return names.map((n) => join(dir, n));
}

/** Rounds per method for the ratios; the median round is reported (this VM's rounds vary by ±30%). */
const REPS = 5;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  gc?.();
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

let retainedMb = 0;
let writeMs = 0;

async function endToEnd(
  paths: readonly string[],
): Promise<{ ms: number; peakMb: number; units: number; bytes: number; retainedMb: number; writeMs: number }> {
  gc?.();
  let peak = process.memoryUsage().rss;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const started = performance.now();
  const inputs: MergeFileInput[] = paths.map((p) => ({ name: p, read: async () => (sample(), new Uint8Array(readFileSync(p))) }));
  const outcome = await mergeFiles(catalog, inputs, { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-15" });
  sample();
  if (!outcome.ok) throw new Error("bench merge failed");
  gc?.();
  retainedMb = process.memoryUsage().heapUsed / MB; // what the merge holds once its garbage is gone: the figures, the plan
  const writeStarted = performance.now();
  const bytes = await writeWorkbook(outcome.plan);
  writeMs = performance.now() - writeStarted;
  sample();
  writeFileSync(join(tmpdir(), "union-report-bench-out.xlsx"), bytes);
  return {
    ms: performance.now() - started,
    peakMb: peak / MB,
    units: outcome.result.summary.units,
    bytes: bytes.length,
    retainedMb,
    writeMs,
  };
}

async function main(): Promise<void> {
  // Keyed by the shipped definition's hash: files made under another definition are other forms, and the merge rightly refuses them.
  const dir = join(tmpdir(), `union-report-bench-${N}-${catalog.form.hash.slice(0, 12)}`);
  const e2e = process.argv.find((a) => a.startsWith("--e2e="));
  if (e2e) {
    const n = Number(e2e.slice(6));
    const names = readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
      .slice(0, n);
    gc?.();
    const baseMb = process.memoryUsage().rss / MB;
    console.log(JSON.stringify({ ...(await endToEnd(names.map((f) => join(dir, f)))), baseMb }));
    return;
  }
  const paths = await generate(dir);
  const extra = readdirSync(dir).length - N;
  if (extra > 0) console.log(`(${extra} other files in ${dir} are ignored)`);
  const files = paths.map((p) => ({ name: p, bytes: new Uint8Array(readFileSync(p)) }));
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  console.log(
    `${N} files, ${(total / MB).toFixed(1)} MB, mean ${(total / N / 1024).toFixed(1)} KB; node ${process.version}; gc ${gc ? "exposed" : "not exposed (run with --expose-gc)"}`,
  );
  console.log("");

  // Warm-up (JIT) on a few files, then REPS rounds in which the three methods take turns on the same
  // files; each is reported by its median round, so a burst of load on this 2-core machine during one
  // round does not decide a ratio.
  await mergeFiles(catalog, files.slice(0, 20), { campaignId: "tk-3105-2026", mergingUnit: DISTRICT });
  const sample = files.filter((_, i) => i % Math.max(1, Math.floor(N / EXCELJS_SAMPLE)) === 0).slice(0, EXCELJS_SAMPLE);
  // Loaded here, not at the top: the end-to-end child processes must not carry ExcelJS or playwright in their baseline.
  const ExcelJS = (await import("exceljs")).default;
  const rounds = { ours: [] as number[], unzip: [] as number[], exceljs: [] as number[] };
  let ours: Awaited<ReturnType<typeof mergeFiles>> | undefined;
  let parts = 0;
  for (let round = 0; round < REPS; round++) {
    const merged = await time(() => mergeFiles(catalog, files, { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-15" }));
    ours = merged.value;
    rounds.ours.push(merged.ms);
    const unzipped = await time(() => {
      let count = 0;
      for (const f of files) count += Object.keys(unzipSync(f.bytes)).length;
      return count;
    });
    parts = unzipped.value;
    rounds.unzip.push(unzipped.ms);
    const loaded = await time(async () => {
      for (const f of sample)
        await new ExcelJS.Workbook().xlsx.load(
          f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) as ArrayBuffer,
        );
    });
    rounds.exceljs.push((loaded.ms / sample.length) * N);
  }
  if (!ours?.ok) throw new Error("bench merge failed");
  const accepted = ours.result.summary.accepted + ours.result.summary.warnings;
  if (accepted < N)
    console.log(
      `note: ${N - accepted} files rejected: ${ours.result.files
        .find((f) => f.status === "rejected")
        ?.reasons.map((r) => JSON.stringify(r))
        .join(" ")}`,
    );
  const oursMs = median(rounds.ours);
  const unzipMs = median(rounds.unzip);
  const exceljsFullMs = median(rounds.exceljs);
  const all = (xs: number[]) => `rounds: ${xs.map((x) => (x / 1000).toFixed(2)).join(" / ")} s`;

  const line = (label: string, ms: number, note = "") =>
    console.log(`${label.padEnd(58)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${(ms / N).toFixed(2).padStart(6)} ms/file ${note}`);
  line("ours: read + check + consolidate + plan (mergeFiles)", oursMs, `(${accepted} accepted; ${all(rounds.ours)})`);
  line("floor: unzip every part with fflate", unzipMs, `(${parts} parts; ${all(rounds.unzip)})`);
  line(`ExcelJS xlsx.load (mean of ${sample.length} files × ${N})`, exceljsFullMs, `(${all(rounds.exceljs)})`);
  console.log("");
  const vsExcel = exceljsFullMs / oursMs;
  const vsFloor = oursMs / unzipMs;
  console.log(`ExcelJS load / ours:  ${vsExcel.toFixed(1)}× faster   (target ≥ 5×: ${vsExcel >= 5 ? "met" : "NOT MET"})`);
  console.log(`ours / unzip floor:   ${vsFloor.toFixed(2)}×         (target ≤ 3×: ${vsFloor <= 3 ? "met" : "NOT MET"})`);
  console.log("");
  await ownWorkbookParts(files, exceljsFullMs);

  files.length = 0;
  // Each end-to-end run in a fresh process: the RSS of this one is inflated by everything measured above.
  for (const n of [Math.ceil(N / 4), Math.ceil(N / 2), N]) endToEndCli(paths.slice(0, n), n === N);
  for (const n of [Math.ceil(N / 4), Math.ceil(N / 2), N]) {
    const child = execFileSync(process.execPath, ["--expose-gc", __filename, `N=${N}`, `--e2e=${n}`], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const e = JSON.parse(child.trim().split("\n").pop()!) as Awaited<ReturnType<typeof endToEnd>> & { baseMb: number };
    console.log(
      `in-process, one thread, ${String(n).padStart(5)} files (read from disk, check, consolidate, write .xlsx): ${(e.ms / 1000).toFixed(2)} s (of which writing ${(e.writeMs / 1000).toFixed(2)} s), peak RSS ${e.peakMb.toFixed(0)} MB (process at start ${e.baseMb.toFixed(0)} MB), heap after merge ${e.retainedMb.toFixed(0)} MB, ${e.units} units, output ${(e.bytes / 1024).toFixed(0)} KB` +
        (n === N ? `   (≤ 5 s ${e.ms <= 5000 ? "met" : "NOT MET"} on one thread too)` : ""),
    );
  }
  console.log("");
  if (!process.argv.includes("--no-browser")) await inBrowser(paths);
}

/**
 * The files above share their workbook part byte for byte (our writer), so the reader reuses it from file
 * to file (PartMemo). Excel writes each user's window size into that part, so files saved by Excel each
 * have their own: measured here on the same files with the window width made different in each, both
 * sets re-zipped alike (fflate) so that only that difference is measured.
 */
async function ownWorkbookParts(files: readonly { name: string; bytes: Uint8Array }[], exceljsMs: number): Promise<void> {
  const rezip = (bytes: Uint8Array, i: number | null): Uint8Array => {
    const parts = unzipSync(bytes);
    if (i !== null)
      parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]).replace(/windowWidth="\d+"/, `windowWidth="${21000 + i}"`));
    return zipSync(parts, { level: 6 });
  };
  const same = files.map((f) => ({ name: f.name, bytes: rezip(f.bytes, null) }));
  const own = files.map((f, i) => ({ name: f.name, bytes: rezip(f.bytes, i) }));
  const rounds = { same: [] as number[], own: [] as number[] };
  for (let round = 0; round < REPS; round++) {
    for (const [key, set] of round % 2
      ? ([
          ["same", same],
          ["own", own],
        ] as const)
      : ([
          ["own", own],
          ["same", same],
        ] as const)) {
      rounds[key].push(
        (await time(() => mergeFiles(catalog, set, { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-15" }))).ms,
      );
    }
  }
  const [sameMs, ownMs] = [median(rounds.same), median(rounds.own)];
  console.log(`files re-zipped by fflate, workbook part shared:            ${(sameMs / N).toFixed(2)} ms/file`);
  console.log(
    `the same, each with its own workbook part (as Excel saves): ${(ownMs / N).toFixed(2)} ms/file: ExcelJS load / ours ${(exceljsMs / ownMs).toFixed(1)}×`,
  );
  console.log("");
}

/** The built CLI, as a user runs it, in a fresh process: wall time from spawning node to its exit. */
function endToEndCli(paths: readonly string[], last: boolean): void {
  const cli = join(process.cwd(), "dist", "cli", "union-report.js");
  if (!existsSync(cli)) {
    console.log("CLI end to end: skipped (no dist/cli; run npm run build:local first)");
    return;
  }
  // The bench's own scratch output, replaced at each size (--force), one per process.
  const out = join(tmpdir(), `union-report-bench-cli-${process.pid}.xlsx`);
  const args = [
    "--require",
    join(process.cwd(), "scripts", "report-peak-rss.js"),
    cli,
    "merge",
    ...paths,
    "--campaign",
    "tk-3105-2026",
    "--out",
    out,
    "--force",
    "--unit-code",
    DISTRICT.code,
    "--unit-name",
    DISTRICT.name,
    "--level",
    "huyen",
    "--json",
  ];
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`CLI merge failed (${child.status}): ${child.stderr}`);
  const report = JSON.parse(child.stdout) as { summary: { units: number; accepted: number } };
  const peakMb = Number(/peak-rss-kb (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  console.log(
    `CLI end to end, ${String(paths.length).padStart(5)} files (node start → exit: read, check, consolidate, write .xlsx): ${(ms / 1000).toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB, ${report.summary.units} units` +
      (last ? `   (targets: ≤ 5 s ${ms <= 5000 ? "met" : "NOT MET"}; ≤ 300 MB ${peakMb <= 300 ? "met" : "NOT MET"})` : ""),
  );
}

/** Chromium, through the page's Web Worker: the files chosen through the file chooser, timed from the click to the results. */
async function inBrowser(paths: readonly string[]): Promise<void> {
  const dist = join(process.cwd(), "dist");
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.log("chromium: skipped (no dist/taskpane.html; run npm run build:local first)");
    return;
  }
  const run = await mergeInChromium(dist, paths, { code: "LDLD-BENCH", name: "LĐLĐ huyện Đo tốc độ", level: "huyen" }, 300000);
  if (!run) return;
  const ms = run.ms;
  console.log(
    `chromium, Web Worker, ${paths.length} files (read, check, consolidate, write .xlsx): ${(ms / 1000).toFixed(2)} s   (target ≤ 10 s: ${ms <= 10000 ? "met" : "NOT MET"})  peak RSS of chromium's processes ${run.peakMb.toFixed(0)} MB  [${run.summary.slice(0, 60)}…]`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
