/**
 * Benchmark of the national merge (issue 12). Prints, does not assert: machines differ, and this one
 * is shared. The hierarchy is built from generated units and merged level by level, as the union does.
 *
 * 1. Generation (once, into a cache folder): P provinces × D district workbooks × C CĐCS each. The
 *    district workbooks are made directly by the product's own merge and writer from generated CĐCS
 *    figures (mergeSubmissions → consolidatedPlan → writeWorkbook), not by writing and reading 136,000
 *    CĐCS files, which would take about an hour of ExcelJS on this machine and measure nothing new
 *    (`npm run bench` measures the CĐCS → district level).
 * 2. Level "province": each province merges its D district workbooks; level "national": the national
 *    office merges the P province workbooks. Every merge runs in a fresh node process (read from disk,
 *    check, consolidate, write the .xlsx, as the CLI does on one thread) and reports its time, its peak
 *    RSS (the kernel's, worker threads included) and the heap it holds after the merge, per stage.
 * 3. Every written workbook is read back by the product's reader and its figures compared with totals
 *    computed here independently (exact sums, in thousandths, of the generated figures).
 *
 * 4. With --browser (needs a built dist/ and chromium): the national merge again, through the standalone
 *    page's Web Worker in headless chromium, the province workbooks chosen through the file chooser;
 *    timed from the click to the download button, with the progress the page showed and the peak RSS of
 *    chromium's processes, beside the Node time of the same run. Its workbook is checked like the others.
 *
 * 5. Two forms (issue 22): the shipped form, then the matrix form of scripts/matrix-definition.ts (40
 *    indicators × 5 columns: plan, three sectors, % of plan computed; 200 cells per CĐCS), whose % of
 *    plan is checked in the national workbook against a ratio computed here over the CĐCS that reported
 *    every term. FORMS=shipped or FORMS=matrix runs one of them.
 *
 * Run: npm run bench:national [-- P=34 D=4 C=1000 PROVINCES=34 FORMS=both --browser]
 * (PROVINCES: how many province merges to time; the others are still made, untimed, for the national one.)
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadCatalog, resolveCampaign, type Campaign, type Level } from "../src/domain/definition";
import { buildTemplate } from "../src/domain/layout";
import { readSubmission } from "../src/domain/check";
import { figureKey, splitFigureKey, type FigureKey, type Submission } from "../src/domain/submission";
import { consolidatedPlan, inputFigureKeys, mergeSubmissions, type AcceptedFile } from "../src/domain/merge";
import { sampleFigures, SAMPLE_UNITS } from "../src/domain/merge/sample";
import { writeWorkbook } from "../src/workbook/file/writer";
import { SECTORS as CORPUS_SECTORS } from "../test/corpus/figures";
import { readWorkbook, type ReadLimits } from "../src/workbook/file/reader";
import { mergeFiles } from "../src/app/merge";
import { mergeInChromium } from "./browser-merge";
import { render } from "../src/domain/i18n/message";
import { cellName } from "../src/domain/definition/names";
import { MATRIX_CAMPAIGN_ID, MATRIX_INPUTS, MATRIX_ROWS, matrixCatalog, matrixCode } from "./matrix-definition";

const arg = (name: string, fallback: number): number => {
  const found = process.argv.find((a) => a.startsWith(`${name}=`));
  return found ? Math.max(1, Number(found.slice(name.length + 1)) || fallback) : fallback;
};
const P = arg("P", 34);
const D = arg("D", 4);
const C = arg("C", 1000);
const TIMED_PROVINCES = Math.min(P, arg("PROVINCES", P));
const MB = 1024 * 1024;
/** The form this process benchmarks: the shipped one, or the matrix (--matrix, given by the parent process). */
const MATRIX = process.argv.includes("--matrix");
const FORM_LABEL = MATRIX ? "matrix form (40 × 5)" : "shipped form";
const CAMPAIGN_ID = MATRIX ? MATRIX_CAMPAIGN_ID : "tk-3105-2026";
const TODAY = "2026-06-20";
const catalog = MATRIX ? matrixCatalog() : loadCatalog();
const gc = (globalThis as { gc?: () => void }).gc;

function theCampaign(): Campaign {
  const c = resolveCampaign(catalog.campaignDefs, CAMPAIGN_ID);
  if (!c.ok) throw new Error(render("en", c.error));
  return c.value;
}

const provinceCode = (p: number) => `T${String(p + 1).padStart(2, "0")}`;
const districtCode = (p: number, d: number) => `${provinceCode(p)}-H${String(d + 1).padStart(2, "0")}`;
const cdcsCode = (p: number, d: number, k: number) => `${districtCode(p, d)}-${String(k + 1).padStart(5, "0")}`;

/**
 * The sectors (LOAI_HINH) the generated CĐCS declare, with the rows of form 2-HĐCĐ each is counted
 * under and the wage rows it is routed to: the corpus's table, written from the form and not read from
 * the definition, so the expectation does not share the product's reading of it. Plus a CĐCS that
 * wrote no sector (null), counted as "chưa rõ loại hình".
 */
const SECTORS = [...CORPUS_SECTORS, { text: null, countRow: "CS_CHUARO", wageSuffix: undefined }] as const;
type Sector = (typeof SECTORS)[number];
/** CĐCS number `i` (global): its sector, fixed by its number so every run is the same. */
const sectorOf = (i: number): Sector => SECTORS[(i * 5 + Math.floor(i / 7)) % SECTORS.length];

/** Counted rows of form 2-HĐCĐ: CS_TONG counts every CĐCS, the others split it by sector. */
const COUNT_ROWS = new Set(["CS_TONG", ...SECTORS.map((s) => s.countRow)]);
/** Weighted averages of the form and their weights: the overall wage and the wage by sector. */
const WEIGHTED: ReadonlyMap<string, string> = new Map([
  ["TL_BQ", "TL_NGUOI"],
  ["TL_BQ_HC", "TL_NGUOI_HC"],
  ["TL_BQ_SN", "TL_NGUOI_SN"],
  ["TL_BQ_DN", "TL_NGUOI_DN"],
]);
/** A sector's wage row → the CĐCS's own row it takes its figure from (only when the sector matches). */
const routedFrom = (code: string): { from: string; suffix: string } | null => {
  const m = /^(TL_BQ|TL_NGUOI)_(HC|SN|DN)$/.exec(code);
  return m ? { from: m[1], suffix: m[2] } : null;
};

/**
 * The figures of CĐCS number `i` (global), for the cells its own form (1-HĐCĐ, level cdcs) has: rule
 * cells from the sample's rule-abiding generator, every other input cell varied or blank.
 */
function makeFigureSource(campaign: Campaign): (i: number) => Map<FigureKey, number | null> {
  if (MATRIX) return matrixFigures;
  const inputs = buildTemplate({ catalog, campaign, unit: { level: "cdcs" } }).cells.filter((c) => c.input);
  const ruleCodes = new Set(catalog.rules.flatMap((r) => [...r.left, ...r.right].map((term) => term.code)));
  return (i) => {
    const figures = new Map<FigureKey, number | null>();
    inputs.forEach((c, j) => {
      if (ruleCodes.has(c.code)) return;
      figures.set(
        figureKey(c.code, c.column),
        (i * 31 + j * 17) % 7 === 0 ? null : c.valueType === "decimal" ? ((i * 977 + j * 131) % 100_000) / 1000 : (i * 13 + j * 7) % 500,
      );
    });
    const unit = { ...SAMPLE_UNITS[i % SAMPLE_UNITS.length], sector: sectorOf(i).text };
    for (const [key, value] of sampleFigures(unit, i, 1 + (i % 5))) figures.set(key, value);
    return figures;
  };
}

/**
 * The matrix form's figures of CĐCS number `i`: every cell reported, except that 2 % of the CĐCS leave
 * the plan of one row blank (the actual typed), 1.3 % one sector of one row, and 1 % a whole row.
 */
function matrixFigures(i: number): Map<FigureKey, number | null> {
  const figures = new Map<FigureKey, number | null>();
  for (let r = 0; r < MATRIX_ROWS; r++) {
    const code = matrixCode(r);
    const blankRow = i % 101 === 0 && r === 5;
    figures.set(figureKey(code, "KH"), blankRow || (i % 50 === 0 && r === (i / 50) % MATRIX_ROWS) ? null : 200 + ((i * 17 + r * 3) % 1500));
    figures.set(figureKey(code, "HCSN"), blankRow ? null : (i * 13 + r * 7) % 500);
    figures.set(figureKey(code, "DNNN"), blankRow || (i % 77 === 0 && r === i % MATRIX_ROWS) ? null : (i * 7 + r * 11) % 300);
    figures.set(figureKey(code, "NGOAI"), blankRow ? null : (i * 29 + r * 5) % 700);
  }
  return figures;
}

/** The % of plan of each row, computed here: Σ (HCSN + DNNN + NGOAI) / Σ KH over the CĐCS that reported all four. */
function expectedRatios(figuresOf: (i: number) => Map<FigureKey, number | null>, from: number, to: number): Map<string, number | null> {
  const num = new Array<number>(MATRIX_ROWS).fill(0);
  const den = new Array<number>(MATRIX_ROWS).fill(0);
  const complete = new Array<number>(MATRIX_ROWS).fill(0);
  for (let i = from; i < to; i++) {
    const figures = figuresOf(i);
    for (let r = 0; r < MATRIX_ROWS; r++) {
      const values = MATRIX_INPUTS.map((column) => figures.get(figureKey(matrixCode(r), column)) ?? null);
      if (values.some((v) => v === null)) continue;
      const [plan, ...sectors] = values as number[];
      num[r] += sectors.reduce((a, b) => a + b, 0);
      den[r] += plan;
      complete[r]++;
    }
  }
  return new Map(
    Array.from({ length: MATRIX_ROWS }, (_, r) => [matrixCode(r), complete[r] === 0 || den[r] === 0 ? null : num[r] / den[r]]),
  );
}

function submissionOf(
  code: string,
  name: string,
  level: Level,
  figures: ReadonlyMap<FigureKey, number | null>,
  sector: string | null,
): Submission {
  return {
    templateId: "",
    templateVersion: 0,
    campaignId: CAMPAIGN_ID,
    kind: "submission",
    identification: {
      unitCode: code,
      unitName: name,
      level,
      parent: "",
      campaignId: CAMPAIGN_ID,
      period: "",
      preparer: "",
      phone: "",
      head: "",
      datePrepared: "2026-06-05",
      fields: new Map(sector === null ? [] : [["LOAI_HINH", sector]]),
    },
    figures,
    refs: new Map(),
    notes: new Map(),
  };
}

interface Layout {
  readonly dir: string;
  readonly districts: string[][];
  readonly provinces: string[];
  readonly national: string;
}

function layout(): Layout {
  // District workbooks are kept (named after the generator, so a changed generator makes new ones); provinces and the country are made again.
  // Keyed by the shipped definition's hash: workbooks made under another definition are other forms.
  const dir = join(tmpdir(), `union-report-national-${catalog.form.hash.slice(0, 12)}-${P}x${D}x${C}`);
  mkdirSync(join(dir, "districts"), { recursive: true });
  mkdirSync(join(dir, "provinces"), { recursive: true });
  return {
    dir,
    districts: Array.from({ length: P }, (_, p) =>
      Array.from({ length: D }, (_, d) => join(dir, "districts", `${districtCode(p, d)}.xlsx`)),
    ),
    provinces: Array.from({ length: P }, (_, p) => join(dir, "provinces", `${provinceCode(p)}.xlsx`)),
    national: join(dir, "national.xlsx"),
  };
}

async function generate(files: Layout, figuresOf: (i: number) => Map<FigureKey, number | null>, campaign: Campaign): Promise<void> {
  const started = performance.now();
  let made = 0;
  for (let p = 0; p < P; p++) {
    for (let d = 0; d < D; d++) {
      const path = files.districts[p][d];
      if (existsSync(path)) continue;
      const accepted: AcceptedFile[] = [];
      for (let k = 0; k < C; k++) {
        const code = cdcsCode(p, d, k);
        const i = (p * D + d) * C + k;
        const submission = submissionOf(code, `CĐCS ${code}`, "cdcs", figuresOf(i), sectorOf(i).text);
        accepted.push({ index: k, name: `${code}.xlsx`, submission, breakdown: null, warnings: [] });
      }
      const result = mergeSubmissions({
        catalog,
        campaign,
        mergingUnit: { code: districtCode(p, d), name: `LĐLĐ huyện ${districtCode(p, d)}`, level: "huyen" },
        accepted,
        rejected: [],
      });
      writeFileSync(path, await writeWorkbook(consolidatedPlan(catalog, result, "2026-06-10").plan));
      made++;
    }
  }
  if (made > 0)
    console.log(
      `generated ${made} district workbooks of ${C} CĐCS in ${((performance.now() - started) / 1000).toFixed(1)} s into ${files.dir}`,
    );
}

const milli = (value: number): bigint => BigInt(Math.round(value * 1000));

/** Σ value × weight / Σ weight in thousandths, rounded half up to a thousandth; null when no weight. */
function weightedMilli(products: bigint, weights: bigint): bigint | null {
  if (weights === 0n) return null;
  // products are millionths (thousandths × thousandths) over weights in thousandths: the quotient is in thousandths.
  const negative = products < 0n !== weights < 0n;
  const [p, q] = [products < 0n ? -products : products, weights < 0n ? -weights : weights];
  const rounded = (2n * p + q) / (2n * q);
  return negative ? -rounded : rounded;
}

/**
 * Exact totals in thousandths, computed from the generated figures and sectors without the product's
 * code: sums for summed codes, Σ value × weight / Σ weight for the wage, the sector's wage rows from the
 * CĐCS of that sector only, and counts of CĐCS (1 each) for CS_TONG and its split by sector.
 */
function expectedTotals(
  keys: readonly FigureKey[],
  figuresOf: (i: number) => Map<FigureKey, number | null>,
  from: number,
  to: number,
): Map<FigureKey, bigint | null> {
  const sums = new Map<FigureKey, bigint | null>(keys.map((k) => [k, null]));
  const products = new Map<FigureKey, bigint>();
  const weights = new Map<FigureKey, bigint>();
  const add = (key: FigureKey, value: bigint) => sums.set(key, (sums.get(key) ?? 0n) + value);
  for (let i = from; i < to; i++) {
    const figures = figuresOf(i);
    const sector = sectorOf(i);
    for (const key of keys) {
      const { code, column } = splitFigureKey(key);
      if (COUNT_ROWS.has(code)) {
        if (column === "value" || column === "end") add(key, code === "CS_TONG" || code === sector.countRow ? 1000n : 0n);
        continue;
      }
      const routed = routedFrom(code);
      if (routed && routed.suffix !== sector.wageSuffix) continue;
      const own = (c: string) => figures.get(figureKey(c, column)) ?? null;
      const weightCode = WEIGHTED.get(code);
      if (weightCode) {
        const value = own(routed ? routed.from : code);
        const weight = own(routedFrom(weightCode)?.from ?? weightCode);
        if (value === null || weight === null) continue;
        products.set(key, (products.get(key) ?? 0n) + milli(value) * milli(weight));
        weights.set(key, (weights.get(key) ?? 0n) + milli(weight));
        continue;
      }
      const value = own(routed ? routed.from : code);
      if (value !== null) add(key, milli(value));
    }
  }
  for (const key of keys)
    if (WEIGHTED.has(splitFigureKey(key).code)) sums.set(key, weightedMilli(products.get(key) ?? 0n, weights.get(key) ?? 0n));
  return sums;
}

interface ChildReport {
  readonly ok: boolean;
  readonly units: number;
  readonly ms: number;
  /** CPU time of the process (user + system, all threads): on a loaded machine, closer to what it costs than wall time. */
  readonly cpuMs: number;
  readonly readMs: number;
  readonly writeMs: number;
  readonly peakMb: number;
  /** Peak RSS once the merge (reading, consolidating, planning) was done, before writing. */
  readonly peakMergeMb: number;
  readonly baseMb: number;
  readonly heapAfterMergeMb: number;
  readonly bytes: number;
  readonly lines: number;
  readonly problem?: string;
}

/** One merge in this (fresh) process: what `union-report merge` does on one thread, with its stages measured. */
async function child(level: Level, code: string, out: string, paths: readonly string[]): Promise<void> {
  gc?.();
  const baseMb = process.memoryUsage().rss / MB;
  const started = performance.now();
  const outcome = await mergeFiles(
    catalog,
    paths.map((p) => ({ name: p, read: async () => new Uint8Array(readFileSync(p)) })),
    {
      campaignId: CAMPAIGN_ID,
      ...(MATRIX ? { definition: catalog } : {}),
      mergingUnit: { code, name: `${code} (benchmark)`, level },
      today: TODAY,
    },
  );
  const readMs = performance.now() - started;
  const peakMergeMb = process.resourceUsage().maxRSS / 1024;
  if (!outcome.ok) {
    const files = outcome.files.map((f) => `${f.name}: ${JSON.stringify(f.reasons)}`).join("; ");
    console.log(JSON.stringify({ ok: false, problem: `${JSON.stringify(outcome.error)} ${files}`.slice(0, 600) }));
    return;
  }
  gc?.();
  const heapAfterMergeMb = process.memoryUsage().heapUsed / MB;
  const rejected = outcome.result.files.filter((f) => f.status === "rejected");
  const writeStarted = performance.now();
  const bytes = await writeWorkbook(outcome.plan);
  writeFileSync(out, bytes);
  const writeMs = performance.now() - writeStarted;
  const lines = outcome.result.files.reduce((n, f) => n + 1 + f.reasons.length, 0);
  const report: ChildReport = {
    ok: rejected.length === 0,
    units: outcome.result.summary.units,
    ms: performance.now() - started,
    cpuMs: (() => {
      const cpu = process.cpuUsage();
      return (cpu.user + cpu.system) / 1000;
    })(),
    readMs,
    writeMs,
    peakMb: process.resourceUsage().maxRSS / 1024,
    peakMergeMb,
    baseMb,
    heapAfterMergeMb,
    bytes: bytes.length,
    lines,
    ...(rejected.length
      ? {
          problem: rejected
            .map((f) => `${f.name}: ${JSON.stringify(f.reasons)}`)
            .join("; ")
            .slice(0, 600),
        }
      : {}),
  };
  console.log(JSON.stringify(report));
}

function runChild(level: Level, code: string, out: string, paths: readonly string[]): ChildReport {
  const form = MATRIX ? ["--matrix"] : [];
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", __filename, ...form, "--child", level, code, out, ...paths],
    {
      encoding: "utf8",
      maxBuffer: 16 << 20,
    },
  );
  const last = run.stdout.trim().split("\n").pop() ?? "";
  if (run.status !== 0 || !last.startsWith("{")) {
    const peak = run.signal ?? run.status;
    return {
      ok: false,
      units: 0,
      ms: NaN,
      cpuMs: NaN,
      readMs: NaN,
      writeMs: NaN,
      peakMb: NaN,
      peakMergeMb: NaN,
      baseMb: NaN,
      heapAfterMergeMb: NaN,
      bytes: 0,
      lines: 0,
      problem: `exit ${peak}: ${run.stderr.slice(-400)}`,
    };
  }
  return JSON.parse(last) as ChildReport;
}

/** Reads a written workbook back with the product's reader and compares its figures with the independent totals. */
function verify(
  path: string | Uint8Array,
  keys: readonly FigureKey[],
  expected: ReadonlyMap<FigureKey, bigint | null>,
  limits?: Partial<ReadLimits>,
  ratios?: ReadonlyMap<string, number | null>,
): { ok: boolean; ms: number; note: string } {
  const started = performance.now();
  const read = readWorkbook(typeof path === "string" ? new Uint8Array(readFileSync(path)) : path, limits);
  const ms = performance.now() - started;
  if (!read.ok) return { ok: false, ms, note: `unreadable: ${render("en", read.error)}` };
  const sub = readSubmission(catalog, read.value.workbook).submission;
  if (!sub) return { ok: false, ms, note: "not a submission" };
  const wrong: string[] = keys.filter((key) => {
    const value = sub.figures.get(key) ?? null;
    const want = expected.get(key) ?? null;
    return want === null ? value !== null : value === null || milli(value) !== want;
  });
  // The matrix's % of plan, as its cell holds it: the merge's ratio over the CĐCS that reported every term.
  for (const [code, want] of ratios ?? []) {
    const value = read.value.workbook.names.get(cellName(code, "TL").toUpperCase())?.cells[0]?.[0]?.value ?? null;
    if (value !== want) wrong.push(`${code}@TL=${String(value)} (expected ${String(want)})`);
  }
  const checked = keys.length + (ratios?.size ?? 0);
  return {
    ok: wrong.length === 0,
    ms,
    note: wrong.length === 0 ? `all ${checked} figures exact` : `${wrong.length} figures differ: ${wrong.slice(0, 5).join(", ")}`,
  };
}

/**
 * The matrix run's own process: reading its national workbook back (≈ 22 M cells, 126 MB) holds every cell
 * as the reader's objects, past node's default 4 GB heap.
 */
const MATRIX_PROCESS_FLAGS = ["--expose-gc", "--max-old-space-size=12288"];

const TOP_LIMITS: Partial<ReadLimits> = {
  // The national workbook (≈ 50 MB for the shipped form, more for the matrix) is past a submission's 50 MB: no merge reads it.
  maxFileBytes: 4096 * MB,
  maxCells: 100_000_000,
  maxPartBytes: 4096 * MB,
  maxInflatedBytes: 4096 * MB,
  maxMillis: 3_600_000,
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function line(label: string, r: ChildReport, check: { ok: boolean; ms: number; note: string } | null): void {
  console.log(
    `${label.padEnd(28)} ${String(r.units).padStart(7)} CĐCS  ${seconds(r.ms).padStart(8)} (CPU ${seconds(r.cpuMs)}; reading+merge ${seconds(r.readMs)}, writing ${seconds(r.writeMs)})  peak RSS ${r.peakMb.toFixed(0).padStart(5)} MB (at start ${r.baseMb.toFixed(0)}, before writing ${r.peakMergeMb.toFixed(0)})  heap after merge ${r.heapAfterMergeMb.toFixed(0)} MB  output ${(r.bytes / MB).toFixed(1)} MB  ${r.lines} report lines` +
      (check ? `  read back ${seconds(check.ms)}: ${check.ok ? "" : "WRONG "}${check.note}` : "") +
      (r.problem ? `\n    problem: ${r.problem}` : ""),
  );
}

/** The national merge through the page's Web Worker in chromium, against the Node time of the same run. */
async function inChromium(
  provinces: readonly string[],
  node: ChildReport,
  keys: readonly FigureKey[],
  expected: ReadonlyMap<FigureKey, bigint | null>,
): Promise<void> {
  const dist = join(process.cwd(), "dist");
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.log("chromium: skipped (no dist/taskpane.html; run npm run build:local first)");
    return;
  }
  gc?.();
  const run = await mergeInChromium(dist, provinces, { code: "TLD", name: "TLD (benchmark)", level: "tw" }, 30 * 60_000);
  if (!run) return;
  const check = verify(run.xlsx, keys, expected, TOP_LIMITS);
  console.log(
    `chromium, the page's Web Worker (${provinces.length} provinces): ${seconds(run.ms)} (CPU of chromium's processes ${seconds(run.cpuMs)})  memory of chromium's processes (PSS) ${run.baseMb.toFixed(0)} MB before, peak ${run.peakMb.toFixed(0)} MB (largest process RSS ${run.peakProcessMb.toFixed(0)} MB)  ` +
      `output ${(run.xlsx.length / MB).toFixed(1)} MB  progress: ${run.progress.length} updates, steps ${run.steps.join(" → ")}  read back: ${check.ok ? "" : "WRONG "}${check.note}`,
  );
  const ratio = run.ms / node.ms;
  console.log(
    `chromium / Node, same files, same run: wall ${seconds(run.ms)} / ${seconds(node.ms)} = ${ratio.toFixed(2)}×   (target ≤ 2×: ${ratio <= 2 ? "met" : "NOT MET"}); CPU ${seconds(run.cpuMs)} / ${seconds(node.cpuMs)} = ${(run.cpuMs / node.cpuMs).toFixed(2)}×`,
  );
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--child");
  if (at >= 0) {
    const [level, code, out, ...paths] = process.argv.slice(at + 1);
    await child(level as Level, code, out, paths);
    return;
  }
  const forms = (process.argv.find((a) => a.startsWith("FORMS=")) ?? "FORMS=both").slice("FORMS=".length);
  if (!MATRIX && forms === "matrix") {
    spawnSync(process.execPath, MATRIX_PROCESS_FLAGS.concat(__filename, "--matrix", ...process.argv.slice(2)), { stdio: "inherit" });
    return;
  }
  const campaign = theCampaign();
  const keys = inputFigureKeys(catalog, campaign);
  const figuresOf = makeFigureSource(campaign);
  const files = layout();
  console.log(
    `national merge benchmark, ${FORM_LABEL}: ${P} provinces × ${D} districts × ${C} CĐCS = ${P * D * C} CĐCS, ${keys.length} input figures each; node ${process.version}`,
  );
  await generate(files, figuresOf, campaign);

  const provinceReports: ChildReport[] = [];
  for (let p = 0; p < P; p++) {
    const r = runChild("tinh", provinceCode(p), files.provinces[p], files.districts[p]);
    if (p < TIMED_PROVINCES) provinceReports.push(r);
    if (p < 3 || !r.ok) {
      const [from, to] = [p * D * C, (p + 1) * D * C];
      const check = r.ok
        ? verify(
            files.provinces[p],
            keys,
            expectedTotals(keys, figuresOf, from, to),
            undefined,
            MATRIX ? expectedRatios(figuresOf, from, to) : undefined,
          )
        : null;
      line(`province ${provinceCode(p)} (${D} districts)`, r, check);
    }
    if (!r.ok) return;
  }
  if (provinceReports.length > 3) {
    console.log(
      `provinces, ${provinceReports.length} merges: time median ${seconds(median(provinceReports.map((r) => r.ms)))}, max ${seconds(Math.max(...provinceReports.map((r) => r.ms)))}; CPU median ${seconds(median(provinceReports.map((r) => r.cpuMs)))}; peak RSS median ${median(provinceReports.map((r) => r.peakMb)).toFixed(0)} MB, max ${Math.max(...provinceReports.map((r) => r.peakMb)).toFixed(0)} MB`,
    );
  }
  gc?.();
  const national = runChild("tw", "TLD", files.national, files.provinces);
  // The national workbook is the top: no merge reads it, so it is read back here past the limits a
  // submission is held to (its register of 136,000 CĐCS is ≈ 7.7 M cells in a 230 MB part).
  const nationalExpected = expectedTotals(keys, figuresOf, 0, P * D * C);
  const nationalRatios = MATRIX ? expectedRatios(figuresOf, 0, P * D * C) : undefined;
  const check = national.ok ? verify(files.national, keys, nationalExpected, TOP_LIMITS, nationalRatios) : null;
  line(`national (${P} provinces)`, national, check);
  if (national.ok && process.argv.includes("--browser")) await inChromium(files.provinces, national, keys, nationalExpected);
  const province = provinceReports[0];
  if (national.ok && province) {
    const perCdcs = ((national.peakMb - province.peakMb) * 1024) / (national.units - province.units);
    console.log(`memory per CĐCS above the fixed part (national − province peak RSS ÷ CĐCS difference): ${perCdcs.toFixed(1)} KB`);
    const met = (ok: boolean) => (ok ? "met" : "NOT MET");
    console.log(
      MATRIX
        ? `targets (matrix): national ≤ 120 s ${met(national.ms <= 120_000)}, ≤ 2 GB ${met(national.peakMb <= 2048)}; province of ${province.units} CĐCS ≤ 5 s ${met(province.ms <= 5000)}`
        : `targets (shipped): national ≤ 60 s ${met(national.ms <= 60_000)}, ≤ 1 GB ${met(national.peakMb <= 1024)} (≤ 1.5 GB before issue 22 ${met(national.peakMb <= 1536)}); province ≤ 3 s ${met(province.ms <= 3000)}, ≤ 300 MB ${met(province.peakMb <= 300)}`,
    );
  }
  // The parent of both runs: the matrix form next, in its own process (its own definition and memory).
  if (!MATRIX && forms === "both") {
    console.log("");
    spawnSync(process.execPath, MATRIX_PROCESS_FLAGS.concat(__filename, "--matrix", ...process.argv.slice(2)), { stdio: "inherit" });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
