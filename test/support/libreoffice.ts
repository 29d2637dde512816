/**
 * LibreOffice headless for tests: re-save a workbook as LibreOffice would, or export every sheet to CSV
 * after a forced recalculation. Shared by every suite that wants "the real world" (files a union officer
 * saved in LibreOffice) without keeping binary fixtures in the repository.
 *
 * Why it looks like this:
 * - A fresh profile (-env:UserInstallation) per test process: never the developer's own, never shared with
 *   another process. It is seeded with registrymodifications.xcu setting OOXMLRecalcMode = 0 ("always
 *   recalculate"), because LibreOffice otherwise trusts the values cached in an .xlsx — and ours have none,
 *   or stale ones after a test fills inputs — so "LibreOffice computes every formula" would prove nothing.
 * - Calls are serialised: in this process by a promise chain, across jest workers by flock(1) on one lock
 *   file (LibreOffice's first start in a profile, and its IPC pipe, do not like company).
 * - Every call has a time-out; on expiry the whole process group is killed.
 * - CSV export uses the UTF-8 filter (token 3 = 76): the default one writes the system's 8-bit encoding
 *   and garbles Vietnamese. Token 12 = -1 writes one file per sheet (LibreOffice ≥ 7.2). Token 9 = false
 *   writes raw values rather than formatted ones ("1234567", not "1.234.567"), though percent cells keep
 *   a "%" (see csvNumber).
 * - No soffice: suites skip with a message, except under CI (process.env.CI set), where they fail.
 */
import { spawn, spawnSync } from "child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const TIMEOUT_MS = 120_000;
const LOCK_FILE = join(tmpdir(), "union-report-soffice.lock");

/** UTF-8, comma, double quotes, raw values, no formulas, every sheet to its own file. */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
export const XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML";

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

function findSoffice(): string | null {
  for (const candidate of [process.env.SOFFICE, "soffice", "libreoffice"]) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ["--version"], { encoding: "utf8", timeout: 60_000 });
    if (probe.status === 0 && /LibreOffice/i.test(probe.stdout)) return candidate;
  }
  return null;
}

let cached: { path: string | null; version: string } | undefined;
function soffice(): { path: string | null; version: string } {
  if (!cached) {
    const path = findSoffice();
    const version = path ? spawnSync(path, ["--version"], { encoding: "utf8" }).stdout.trim() : "";
    cached = { path, version };
  }
  return cached;
}

export function libreOfficeVersion(): string {
  return soffice().version;
}

/**
 * Whether LibreOffice suites run here. Prints why not, and throws under CI, where a missing soffice
 * means the environment is broken (the Debian package libreoffice-calc-nogui is expected there).
 */
export function libreOfficeAvailable(suite: string): boolean {
  if (soffice().path) return true;
  const message = `${suite}: LibreOffice (soffice) not found on PATH; set SOFFICE or install libreoffice-calc-nogui.`;
  if (process.env.CI) throw new Error(`${message} Required under CI.`);
  console.warn(`SKIPPED ${message}`);
  return false;
}

/** describe() when LibreOffice is here, describe.skip() with a message otherwise (and a failure under CI). */
export function describeWithLibreOffice(name: string, body: () => void): void {
  (libreOfficeAvailable(name) ? describe : describe.skip)(name, body);
}

let profile: string | undefined;
function profileUrl(): string {
  if (!profile) {
    profile = mkdtempSync(join(tmpdir(), "lo-"));
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_XCU);
    const dir = profile;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return `file://${profile}`;
}

let queue: Promise<unknown> = Promise.resolve();
function serially<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

function runSoffice(args: readonly string[]): Promise<void> {
  const exe = soffice().path;
  if (!exe) return Promise.reject(new Error("LibreOffice is not installed"));
  const hasFlock = spawnSync("flock", ["--version"]).status === 0;
  const [cmd, cmdArgs] = hasFlock ? ["flock", [LOCK_FILE, exe, ...args]] : [exe, [...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
      reject(new Error(`soffice timed out after ${TIMEOUT_MS} ms: ${args.join(" ")}\n${output}`));
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`soffice exited with ${code}: ${args.join(" ")}\n${output}`));
    });
  });
}

/** Converts one workbook; returns the files LibreOffice wrote, by name. */
export function convertWorkbook(bytes: Uint8Array, filter: string, inputName = "workbook.xlsx"): Promise<Map<string, Uint8Array>> {
  return serially(async () => {
    const work = mkdtempSync(join(tmpdir(), "lo-job-"));
    try {
      const input = join(work, "in");
      const output = join(work, "out");
      mkdirSync(input);
      mkdirSync(output);
      writeFileSync(join(input, inputName), bytes);
      await runSoffice([
        `-env:UserInstallation=${profileUrl()}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        filter,
        "--outdir",
        output,
        join(input, inputName),
      ]);
      const files = new Map<string, Uint8Array>();
      for (const name of readdirSync(output)) files.set(name, new Uint8Array(readFileSync(join(output, name))));
      if (files.size === 0) throw new Error(`soffice wrote nothing for ${filter}`);
      return files;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

/** Opens and saves the workbook in LibreOffice (with recalculation), as a user saving in Calc would. */
export async function resaveWithLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  const files = await convertWorkbook(bytes, XLSX_FILTER, "workbook.xlsx");
  // Same extension in and out: the input is in another folder, so the output keeps the name.
  const out = files.get("workbook.xlsx");
  if (!out) throw new Error(`soffice wrote ${[...files.keys()].join(", ")} instead of workbook.xlsx`);
  return out;
}

/** Parses one CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A number as LibreOffice exports it with "save as shown" off: the raw value, except that a cell with a
 * percent format keeps a "%" sign in the standard percent form ("252.43553008596%"). null for an empty
 * cell or text that is not a number.
 */
export function csvNumber(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  const percent = t.endsWith("%");
  const n = Number(percent ? t.slice(0, -1) : t);
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

/** A sheet exported to CSV, addressable by A1 reference. */
export interface CsvSheet {
  readonly rows: readonly (readonly string[])[];
  /** The text of a cell ("" when empty), e.g. cell("D7"). */
  cell(ref: string): string;
}

function csvSheet(rows: string[][]): CsvSheet {
  return {
    rows,
    cell(ref: string): string {
      const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ""));
      if (!m) throw new Error(`bad reference ${ref}`);
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return rows[Number(m[2]) - 1]?.[col] ?? "";
    },
  };
}

/**
 * Every sheet (hidden ones included) as CSV after a forced recalculation, keyed by sheet name.
 * LibreOffice names the files "<input>-<sheet name>.csv".
 */
export async function sheetsAsCsv(bytes: Uint8Array): Promise<Map<string, CsvSheet>> {
  const files = await convertWorkbook(bytes, CSV_FILTER, "wb.xlsx");
  const sheets = new Map<string, CsvSheet>();
  for (const [name, data] of files) {
    const sheet = name
      .replace(/^wb-/, "")
      .replace(/\.csv$/, "")
      .normalize("NFC");
    sheets.set(sheet, csvSheet(parseCsv(new TextDecoder("utf-8").decode(data))));
  }
  return sheets;
}
