/**
 * `union-report demo [--out DIR] [--json]`: the merge on an embedded sample, on a fresh machine with
 * nothing else given. Writes the sample district's unit files and roster, merges them exactly as
 * `union-report merge` would, and prints the summary.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { loadCatalog } from "../../domain/definition";
import { t, render, type Lang } from "../strings";
import { SAMPLE_DISTRICT, SAMPLE_UNITS } from "../../domain/merge/sample";
import { sampleFiles } from "../../app/merge";
import { commandArgs } from "../args";
import type { Command, CommandContext } from "../commands";
import { runMergeWith } from "./merge";
import { writeOutput } from "../safe-output";

function usage(lang: Lang): string {
  return `${t(lang, "merge.demo.usage")}\n`;
}

export async function runDemo(argv: readonly string[], context: CommandContext): Promise<number> {
  const { lang, io } = context;
  const args = commandArgs(argv, { flags: ["--json"], values: ["--out"] }, context, usage(lang));
  if (typeof args === "number") return args;
  const out = args.values.get("--out") ?? null;
  const json = args.flags.has("--json");
  const dir = out ? resolve(io.cwd, out) : mkdtempSync(join(tmpdir(), "union-report-demo-"));
  const inbox = join(dir, "bao-cao");
  rmSync(inbox, { recursive: true, force: true }); // a rerun must not merge last run's files twice
  mkdirSync(inbox, { recursive: true });
  const sample = await sampleFiles(loadCatalog());
  const rosterPath = join(dir, sample.roster.name);
  // The demo's own sample, replaced on a rerun.
  for (const [path, bytes] of [
    ...sample.files.map((f) => [join(inbox, f.name), f.bytes] as const),
    [rosterPath, sample.roster.bytes] as const,
  ]) {
    const problem = writeOutput(path, bytes, { force: true });
    if (problem) {
      io.stderr(`${render(lang, problem)}\n`);
      return 1;
    }
  }
  // The scenario's files arrived the day they were prepared: lateness is judged by the day a file was received.
  for (const f of sample.files) {
    if (f.received) utimesSync(join(inbox, f.name), new Date(`${f.received}T12:00:00`), new Date(`${f.received}T12:00:00`));
  }
  if (!json) {
    io.stdout(`${t(lang, "merge.demo.intro", { unit: SAMPLE_DISTRICT.name, count: SAMPLE_UNITS.length, dir })}\n`);
    io.stdout(`${t(lang, "merge.demo.scenario", { count: sample.files.length })}\n\n`);
  }
  const run = await runMergeWith(
    {
      paths: [inbox],
      campaign: sample.campaignId,
      forms: null,
      out: join(dir, `tong-hop-${SAMPLE_DISTRICT.code}.xlsx`),
      roster: rosterPath,
      unitCode: SAMPLE_DISTRICT.code,
      unitName: SAMPLE_DISTRICT.name,
      level: SAMPLE_DISTRICT.level,
      acceptErrors: false,
      json,
      // The demo's own folder: its previous consolidated workbook is replaced.
      force: true,
    },
    context,
  );
  return typeof run === "number" ? run : run.code;
}

export const demo: Command = {
  name: "demo",
  summary: { vi: t("vi", "merge.demo.description"), en: t("en", "merge.demo.description") },
  run: runDemo,
};
