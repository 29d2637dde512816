/**
 * The standalone page's merge in headless chromium, as a user runs it (test/support/merge-page.ts),
 * timed from the click on "Tổng hợp" until the download button shows, with chromium's memory. Shared
 * by the benches (bench-merge: 1,000 CĐCS files; bench-national: 34 province workbooks).
 *
 * Memory: the proportional set size (PSS: a page shared by n processes counts 1/n in each) of every
 * process chromium started (browser, renderers, GPU, utility), summed and sampled every 100 ms from
 * /proc, so shared libraries are not counted once per process; and the largest single process's RSS.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Level } from "../src/domain/definition";
import { mergeOnPage, type PageMerge } from "../test/support/merge-page";

export interface BrowserMerge extends PageMerge {
  /** Peak of the summed PSS of chromium's processes (MB); NaN where /proc cannot be read. */
  readonly peakMb: number;
  /** The same just before the merge was started: the page open, the files chosen. */
  readonly baseMb: number;
  /** Peak RSS of the largest chromium process (MB). */
  readonly peakProcessMb: number;
  /** CPU time (user + system) chromium's processes spent during the merge, in ms: on a shared machine, closer to the cost than wall time. */
  readonly cpuMs: number;
}

/** Pid → parent pid of every process this user can see. */
function processes(): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(join("/proc", entry, "status"), "utf8");
      out.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? NaN));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

/** A value (kB) of /proc/PID/smaps_rollup; 0 once the process is gone. */
function rollup(pid: number, field: "Pss" | "Rss"): number {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** User + system CPU time of a process so far, in clock ticks (fields 14 and 15 of /proc/PID/stat); 0 once it is gone. */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Clock ticks per second of /proc/PID/stat: 100 on Linux (USER_HZ), whatever the kernel's HZ. */
const TICKS_PER_SECOND = 100;

/** Memory of this process's descendants (chromium and its children): summed PSS and the largest RSS, in MB. */
function descendantsMemory(): { sumMb: number; maxMb: number } {
  let sumKb = 0;
  let maxKb = 0;
  for (const pid of descendants()) {
    sumKb += rollup(pid, "Pss");
    maxKb = Math.max(maxKb, rollup(pid, "Rss"));
  }
  return { sumMb: sumKb / 1024, maxMb: maxKb / 1024 };
}

/** CPU time of this process's descendants so far, in ms. */
const descendantsCpuMs = (): number => ([...descendants()].reduce((n, pid) => n + cpuTicks(pid), 0) * 1000) / TICKS_PER_SECOND;

/** The processes this one started, and theirs (chromium's browser, renderers, GPU, utility). */
function descendants(): Set<number> {
  const all = processes();
  const ours = new Set<number>([process.pid]);
  // Parents before children is not guaranteed by pid order: repeat until no process is added.
  for (let added = true; added;) {
    added = false;
    for (const [pid, ppid] of all) {
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        added = true;
      }
    }
  }
  ours.delete(process.pid);
  return ours;
}

/**
 * Runs the page's merge of `paths` in chromium (a built dist/ is needed). Returns null, saying why on
 * the console, when chromium or the build is missing: a bench prints, it does not fail.
 */
export async function mergeInChromium(
  dist: string,
  paths: readonly string[],
  unit: { code: string; name: string; level: Level },
  timeoutMs: number,
): Promise<BrowserMerge | null> {
  const { openBrowser } = await import("../test/support/browser");
  const session = await openBrowser(dist).catch((error: unknown) => {
    console.log(`chromium: skipped (${error instanceof Error ? error.message : String(error)})`);
    return null;
  });
  if (!session) return null;
  let peakMb = 0;
  let peakProcessMb = 0;
  const sample = () => {
    try {
      const { sumMb, maxMb } = descendantsMemory();
      peakMb = Math.max(peakMb, sumMb);
      peakProcessMb = Math.max(peakProcessMb, maxMb);
    } catch {
      peakMb = Number.NaN;
    }
  };
  const sampler = setInterval(sample, 100);
  try {
    const page = await session.newPage("taskpane.html", { viewport: { width: 800, height: 900 } });
    let baseMb = Number.NaN;
    let cpuBefore = 0;
    const run = await mergeOnPage(page, paths, unit, timeoutMs, () => {
      baseMb = descendantsMemory().sumMb;
      cpuBefore = descendantsCpuMs();
    });
    const cpuMs = descendantsCpuMs() - cpuBefore;
    sample();
    return { ...run, peakMb, baseMb, peakProcessMb, cpuMs };
  } finally {
    clearInterval(sampler);
    await session.close();
  }
}
