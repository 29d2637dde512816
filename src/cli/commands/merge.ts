/**
 * `union-report merge FILE|DIR... --campaign ID --out FILE [--roster FILE] [--unit-code C --unit-name N
 * --level L] [--accept-errors] [--json]`. Exit 0 when a consolidated workbook was written, even with
 * rejected files (they are in the report and in the workbook's status sheet); 2 when nothing could be
 * merged or the command line was wrong; 1 when the output could not be written.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { resolvePathArg } from "../paths";
import { loadCatalog } from "../../domain/definition";
import { parseLevel } from "../../domain/definition/levels";
import type { Level } from "../../domain/definition/schema";
import { parseDateText } from "../../domain/dates";
import { render, t, type Lang } from "../strings";
import type { Roster } from "../../domain/merge";
import { mergeFiles, loadRoster, type MergeDefinition, type MergeOutcome } from "../../workbook/merge";
import { catalogForCommand } from "./forms-file";
import { writeWorkbook } from "../../workbook/file/writer";
import { parseArgs } from "../args";
import type { Command, CommandContext } from "../commands";
import { jsonReport, textReport } from "./merge-report";
import { fileInput, mergeOffload } from "./merge-offload";
import { openProblem } from "../open-problem";

export interface MergeArgs {
  readonly paths: string[];
  readonly campaign: string | null;
  /** --forms DINH-NGHIA.xlsx: the definition to merge by. */
  readonly forms: string | null;
  readonly out: string | null;
  readonly roster: string | null;
  readonly unitCode: string | null;
  readonly unitName: string | null;
  readonly level: Level | null;
  readonly acceptErrors: boolean;
  readonly json: boolean;
  /** The consolidated workbook's Ngày lập (ISO); null: today. */
  readonly date?: string | null;
}

type Parsed = { ok: true; args: MergeArgs } | { ok: false; message: string } | { ok: "help" };

export function parseMergeArgs(lang: Lang, argv: readonly string[]): Parsed {
  const parsed = parseArgs(argv, { flags: ["--accept-errors", "--json", "--help", "-h"], values: ["--campaign", "--forms", "--out", "--roster", "--unit-code", "--unit-name", "--level", "--date"], operands: true }, lang);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { flags, values, operands } = parsed.value;
  if (flags.has("--help") || flags.has("-h")) return { ok: "help" };
  const levelText = values.get("--level");
  const level = levelText === undefined ? null : parseLevel(levelText);
  if (levelText !== undefined && level === null) return { ok: false, message: t(lang, "merge.cli.badLevel", { value: levelText }) };
  const dateText = values.get("--date");
  const date = dateText === undefined ? null : parseDateText(dateText);
  if (dateText !== undefined && date === null) return { ok: false, message: t(lang, "mdate.bad", { value: dateText }) };
  if (operands.length === 0) return { ok: false, message: t(lang, "merge.cli.noFiles") };
  const out = values.get("--out") ?? null;
  if (!out) return { ok: false, message: t(lang, "merge.cli.noOut") };
  return {
    ok: true,
    args: {
      paths: [...operands],
      campaign: values.get("--campaign") ?? null,
      forms: values.get("--forms") ?? null,
      out,
      roster: values.get("--roster") ?? null,
      unitCode: values.get("--unit-code") ?? null,
      unitName: values.get("--unit-name") ?? null,
      level,
      acceptErrors: flags.has("--accept-errors"),
      json: flags.has("--json"),
      date,
    },
  };
}

export function usage(lang: Lang): string {
  return [
    t(lang, "merge.cli.usage"),
    "",
    `  --campaign ID            ${t(lang, "merge.cli.option.campaign")}`,
    `  --forms FILE.xlsx        ${t(lang, "forms.option.forms")}`,
    `  --out FILE               ${t(lang, "merge.cli.option.out")}`,
    `  --roster FILE            ${t(lang, "merge.cli.option.roster")}`,
    `  --unit-code/-name/--level ${t(lang, "merge.cli.option.unit")}`,
    `  --accept-errors          ${t(lang, "merge.cli.option.acceptErrors")}`,
    `  --json                   ${t(lang, "merge.cli.option.json")}`,
    `  --date NGÀY              ${t(lang, "mdate.option")}`,
    "",
  ].join("\n");
}

/** Files named, and the .xlsx and .xlsm files of folders named (recursively, Excel's ~$ lock files left out), in a stable order. */
export function expandPaths(cwd: string, paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xls[xm]$/i.test(entry.name) && !entry.name.startsWith("~$")) files.push(full);
    }
  };
  for (const p of paths) {
    const full = resolvePathArg(cwd, p); // a Windows "D:\Báo cáo\" argument arrives with a stray quote
    let stat;
    try {
      stat = statSync(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else files.push(full);
  }
  return { files, missing };
}

/** Which definition the merge ran by, said every time: taken from the files, or chosen. */
function definitionLine(lang: Lang, definition: MergeDefinition): string {
  const form = `${definition.catalog.form.id} v${definition.catalog.form.version} (${definition.catalog.form.title[lang]})`;
  return t(lang, definition.fromFiles ? "merge.definition.fromFiles" : "merge.definition.chosen", { form });
}

export interface MergeRun {
  readonly outcome: MergeOutcome;
  readonly code: number;
}

/** The command's work, reusable by the demo. */
export async function runMergeWith(args: MergeArgs, { lang, io }: CommandContext, extraRoster?: Roster | null): Promise<MergeRun | number> {
  const { files, missing } = expandPaths(io.cwd, args.paths);
  for (const m of missing) io.stderr(`${t(lang, "merge.cli.missingPath", { path: m })}\n`);
  if (files.length === 0) {
    io.stderr(`${t(lang, "merge.cli.noFiles")}\n`);
    return 2;
  }
  let roster: Roster | null = extraRoster ?? null;
  if (args.roster) {
    const path = resolve(io.cwd, args.roster);
    let loaded;
    try {
      loaded = loadRoster(path, new Uint8Array(readFileSync(path)));
    } catch (error) {
      loaded = { ok: false as const, problem: openProblem(error) };
    }
    // A roster the product cannot read never stops the merge: it runs without completeness, and says why.
    if (!loaded.ok) io.stderr(`${t(lang, "merge.roster.unusable", { file: args.roster, reason: render(lang, loaded.problem) })}\n`);
    else roster = loaded.roster;
  }
  const chosenCatalog = catalogForCommand(args.forms ?? undefined, io, lang);
  if (!chosenCatalog) return 2;
  const definition = args.forms ? chosenCatalog : null;
  // Read lazily, one file at a time: only the figures stay in memory.
  const inputs = files.map(fileInput);
  const outcome = await mergeFiles(loadCatalog(), inputs, {
    campaignId: args.campaign,
    definition,
    mergingUnit: { code: args.unitCode ?? "TONG-HOP", name: args.unitName ?? t("vi", "merge.cli.defaultUnitName"), level: args.level },
    roster,
    acceptErrors: args.acceptErrors,
    ...(args.date ? { today: args.date } : {}),
    offload: mergeOffload(files, args.campaign, { acceptErrors: args.acceptErrors }, undefined, undefined, definition?.model),
  });
  if (!outcome.ok) {
    io.stdout(args.json ? jsonReport(lang, outcome, null) : textReport(lang, outcome, null));
    return { outcome, code: 2 };
  }
  const out = resolve(io.cwd, args.out!);
  try {
    writeFileSync(out, await writeWorkbook(outcome.plan));
  } catch (error) {
    io.stderr(`${t(lang, "merge.cli.writeError", { file: args.out!, reason: error instanceof Error ? error.message : String(error) })}\n`);
    return { outcome, code: 1 };
  }
  if (!args.json) io.stdout(`${definitionLine(lang, outcome.definition)}\n`);
  io.stdout(args.json ? jsonReport(lang, outcome, args.out) : textReport(lang, outcome, args.out));
  return { outcome, code: 0 };
}

export async function runMerge(argv: readonly string[], context: CommandContext): Promise<number> {
  const parsed = parseMergeArgs(context.lang, argv);
  if (parsed.ok === "help") {
    context.io.stdout(usage(context.lang));
    return 0;
  }
  if (!parsed.ok) {
    context.io.stderr(`${parsed.message}\n${usage(context.lang)}`);
    return 2;
  }
  const run = await runMergeWith(parsed.args, context);
  return typeof run === "number" ? run : run.code;
}

export const merge: Command = {
  name: "merge",
  summary: { vi: t("vi", "merge.cli.description"), en: t("en", "merge.cli.description") },
  run: runMerge,
};
