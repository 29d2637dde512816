/**
 * `union-report merge FILE|DIR... --campaign ID --out FILE [--force] [--roster FILE] [--unit-code C
 * --unit-name N --level L] [--accept-errors] [--json]`. Exit codes (MERGE_EXIT, also in --help and the
 * README): 0 a consolidated workbook was written, even with rejected files (they are in the report and
 * in the workbook's status sheet); 1 the output could not be written at the end (the old file is
 * intact); 2 the command line was wrong or nothing could be merged; 3 the output was refused before
 * any input was read (exists without --force, is an input, another run is writing it, its folder is
 * missing or read-only).
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { basename, join, relative, resolve } from "path";
import { resolvePathArg } from "../paths";
import { loadCatalog } from "../../domain/definition";
import { parseLevel } from "../../domain/definition/levels";
import type { Level } from "../../domain/definition/schema";
import { parseDateText } from "../../domain/dates";
import { render, t, type Lang } from "../strings";
import type { Roster } from "../../domain/merge";
import { loadPrevious, loadRoster, mergeFiles, todayIso, type MergeOutcome } from "../../app/merge";
import { catalogForCommand } from "./forms-file";
import { writeWorkbook } from "../../workbook/file/writer";
import { commandArgs, type ArgSpec, type Parsed, type ParsedArgs } from "../args";
import type { Command, CommandContext } from "../commands";
import { jsonReport, textReport } from "./merge-report";
import { fileInput, mergeOffload } from "./merge-offload";
import { openProblem } from "../open-problem";
import { campaignFromArgs } from "./template-options";
import { campaignToJson, type Campaign } from "../../domain/definition/campaign";
import { shortMeasureId, type MeasureGroup } from "../../domain/merge/measure";
import { displayDate } from "../../domain/dates";
import { mergingUnitProblems } from "../../domain/check/merging-unit";
import { claimOutput, type ClaimedOutput } from "../safe-output";
import { feedbackInsideInput, writeFeedback } from "./merge-feedback";
import type { PreviousPeriod } from "../../domain/merge/previous-period";

/** The merge's exit codes, as --help and the README state them. */
export const MERGE_EXIT = { written: 0, writeFailed: 1, nothing: 2, outputRefused: 3 } as const;

export interface MergeArgs {
  readonly paths: string[];
  readonly campaign: string | null;
  /** --campaign-file KY.json: a review campaign of the officer's own, its whole spec. */
  readonly campaignFile?: string | null;
  /** --measure ID: one of the measures listed when the files disagree. */
  readonly measure?: string | null;
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
  /** Replace an existing --out (never one of the inputs). */
  readonly force: boolean;
  /** --feedback DIR: returned files and the chase list (merge-feedback.ts). */
  readonly feedback?: string | null;
  /** --previous PREV.xlsx: the previous period's consolidated workbook. */
  readonly previous?: string | null;
  /** --parent NAME: the upper-level union named on the consolidated workbook. */
  readonly parent?: string | null;
}

/** The merge's options, read by the one parser (commandArgs answers --help and mistakes as for every command). */
export const MERGE_OPTIONS: ArgSpec = {
  flags: ["--accept-errors", "--json", "--force"],
  values: [
    "--campaign",
    "--campaign-file",
    "--measure",
    "--forms",
    "--out",
    "--roster",
    "--unit-code",
    "--unit-name",
    "--level",
    "--date",
    "--feedback",
    "--previous",
    "--parent",
  ],
  operands: true,
};

/** The merge's arguments from its parsed options, or the mistake in the user's language. */
export function mergeArgs(lang: Lang, { flags, values, operands }: ParsedArgs): Parsed<MergeArgs> {
  const levelText = values.get("--level");
  const level = levelText === undefined ? null : parseLevel(levelText);
  if (levelText !== undefined && level === null) return { ok: false, error: t(lang, "merge.cli.badLevel", { value: levelText }) };
  const dateText = values.get("--date");
  const date = dateText === undefined ? null : parseDateText(dateText);
  if (dateText !== undefined && date === null) return { ok: false, error: t(lang, "mdate.bad", { value: dateText }) };
  if (operands.length === 0) return { ok: false, error: t(lang, "merge.cli.noFiles") };
  const out = values.get("--out") ?? null;
  if (!out) return { ok: false, error: t(lang, "merge.cli.noOut") };
  if (values.has("--campaign") && values.has("--campaign-file")) return { ok: false, error: t(lang, "tplcli.bothCampaign") };
  return {
    ok: true,
    value: {
      paths: [...operands],
      campaign: values.get("--campaign") ?? null,
      campaignFile: values.get("--campaign-file") ?? null,
      measure: values.get("--measure") ?? null,
      forms: values.get("--forms") ?? null,
      out,
      roster: values.get("--roster") ?? null,
      unitCode: values.get("--unit-code") ?? null,
      unitName: values.get("--unit-name") ?? null,
      level,
      acceptErrors: flags.has("--accept-errors"),
      json: flags.has("--json"),
      date,
      force: flags.has("--force"),
      feedback: values.get("--feedback") ?? null,
      previous: values.get("--previous") ?? null,
      parent: values.get("--parent") ?? null,
    },
  };
}

export function usage(lang: Lang): string {
  return [
    t(lang, "merge.cli.usage"),
    "",
    `  --campaign ID            ${t(lang, "merge.cli.option.campaign")}`,
    `  --campaign-file KY.json  ${t(lang, "merge.cli.option.campaignFile")}`,
    `  --measure ID             ${t(lang, "merge.cli.option.measure")}`,
    `  --forms FILE.xlsx        ${t(lang, "forms.option.forms")}`,
    `  --out FILE               ${t(lang, "merge.cli.option.out")}`,
    `  --force                  ${t(lang, "merge.cli.option.force")}`,
    `  --roster FILE            ${t(lang, "merge.cli.option.roster")}`,
    `  --unit-code/-name/--level ${t(lang, "merge.cli.option.unit")}`,
    `  --accept-errors          ${t(lang, "merge.cli.option.acceptErrors")}`,
    `  --json                   ${t(lang, "merge.cli.option.json")}`,
    `  --date NGÀY              ${t(lang, "mdate.option")}`,
    `  --feedback DIR           ${t(lang, "loop.cli.option.feedback")}`,
    `  --previous FILE.xlsx     ${t(lang, "loop.cli.option.previous")}`,
    `  --parent NAME            ${t(lang, "loop.cli.option.parent")}`,
    "",
    t(lang, "merge.cli.exitCodes"),
    "",
  ].join("\n");
}

/** What was found under the paths named: files to judge, paths that do not exist, and what was left out on purpose. */
export interface ExpandedPaths {
  readonly files: string[];
  readonly missing: string[];
  /** Hidden files and folders, Excel's ~$ lock files, and what is not a regular file (a pipe, a socket): listed, never read. */
  readonly skipped: string[];
}

/**
 * Files named, and every regular file of the folders named (recursively), in a stable order: each gets
 * a verdict, a .xls, .pdf or .docx included. Hidden files and folders and Excel's ~$ lock files are
 * skipped and listed; so is `ignore` (the output's own lock file, when it is written among the inputs).
 */
export function expandPaths(cwd: string, paths: readonly string[], ignore: readonly string[] = []): ExpandedPaths {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  const ignored = new Set(ignore);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (ignored.has(full)) continue;
      if (entry.name.startsWith(".") || entry.name.startsWith("~$")) {
        skipped.push(full);
        continue;
      }
      // A link to a file is followed; a link to a folder is not (it may loop back to a parent): listed as skipped.
      const stat = entry.isSymbolicLink() ? statOrNull(full) : null;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() || stat?.isFile()) files.push(full);
      else skipped.push(full);
    }
  };
  for (const p of paths) {
    const full = resolvePathArg(cwd, p); // a Windows "D:\Báo cáo\" argument arrives with a stray quote
    const stat = statOrNull(full);
    if (!stat) missing.push(p);
    else if (stat.isDirectory()) walk(full);
    else if (stat.isFile()) files.push(full);
    else skipped.push(full);
  }
  // A file given twice (by name and inside a folder given too) is one file: judged once.
  return { files: [...new Set(files)], missing, skipped };
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The merging unit's code when none is given. */
export const DEFAULT_UNIT_CODE = "TONG-HOP";

/** Which measure the merge ran by, said every time: chosen by the officer, or carried by every file. */
function measureLine(lang: Lang, outcome: Extract<MergeOutcome, { ok: true }>): string {
  const m = outcome.measure;
  const form = `${m.formId} v${m.formVersion} (${m.formTitle[lang]})`;
  return t(lang, "merge.cli.measure", {
    form,
    campaign: m.campaignTitle[lang],
    campaignId: m.campaignId,
    id: shortMeasureId(m.id),
    how: t(lang, outcome.definitionFromFiles ? "merge.cli.measure.agreed" : "merge.cli.measure.chosen"),
  });
}

/** The measures found when the files disagree, the most carried first, each with the option that picks it. */
export function measuresReport(lang: Lang, groups: readonly MeasureGroup[]): string {
  const lines = [t(lang, "merge.cli.measuresHeading")];
  const ids = new Map<string, number>();
  for (const g of groups) ids.set(g.info.campaignId, (ids.get(g.info.campaignId) ?? 0) + 1);
  for (const { info, files } of groups) {
    const picks = [`--measure ${shortMeasureId(info.id)}`];
    // The campaign id alone picks it when no other measure shares it and it is not a custom campaign's (whose copies may differ).
    if (ids.get(info.campaignId) === 1 && !info.custom) picks.push(`--campaign ${info.campaignId}`);
    const custom = info.custom
      ? t(lang, "merge.cli.measureCustom", {
          tables: info.tables.join(", "),
          deadlines: Object.entries(info.deadlines)
            .map(([level, date]) => `${level} ${displayDate(date)}`)
            .join(", "),
        })
      : "";
    const shown =
      files.slice(0, MAX_FILES_SHOWN).join(", ") + (files.length > MAX_FILES_SHOWN ? ` (+${files.length - MAX_FILES_SHOWN})` : "");
    lines.push(
      t(lang, "merge.cli.measureGroup", {
        count: files.length,
        form: `${info.formId} v${info.formVersion}`,
        campaign: info.campaignTitle[lang],
        campaignId: info.campaignId,
        custom,
        id: shortMeasureId(info.id),
        pick: picks.join(lang === "vi" ? " hoặc " : " or "),
        files: shown,
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}

const MAX_FILES_SHOWN = 8;

/** The previous period's register; a file that cannot be used never stops the merge: it runs without the comparison, and says why. */
function previousPeriod(io: CommandContext["io"], lang: Lang, file: string): PreviousPeriod | null {
  const path = resolve(io.cwd, file);
  let loaded;
  try {
    loaded = loadPrevious(basename(path), new Uint8Array(readFileSync(path)));
  } catch (error) {
    loaded = { ok: false as const, error: openProblem(error) };
  }
  if (loaded.ok) return loaded.value;
  io.stderr(`${t(lang, "loop.previous.unusable", { file, reason: render(lang, loaded.error) })}\n`);
  return null;
}

export interface MergeRun {
  readonly outcome: MergeOutcome;
  readonly code: number;
}

/** The command's work, reusable by the demo. */
export async function runMergeWith(
  given: MergeArgs,
  { lang, io }: CommandContext,
  extraRoster?: Roster | null,
): Promise<MergeRun | number> {
  // The merging unit is checked as validate checks a unit's identification, before anything is read or written.
  const args: MergeArgs = {
    ...given,
    unitCode: given.unitCode?.normalize("NFC").trim() ?? null,
    unitName: given.unitName?.normalize("NFC").trim() ?? null,
  };
  const unitProblems = mergingUnitProblems(loadCatalog(), {
    code: args.unitCode ?? DEFAULT_UNIT_CODE,
    name: args.unitName ?? t("vi", "merge.cli.defaultUnitName"),
  });
  if (unitProblems.length > 0) {
    io.stderr(`${[t(lang, "merge.cli.badUnit"), ...unitProblems.map((p) => `  - ${render(lang, p)}`)].join("\n")}\n`);
    return MERGE_EXIT.nothing;
  }
  const { files, missing, skipped } = expandPaths(io.cwd, args.paths, [`${resolve(io.cwd, args.out!)}.lock`]);
  for (const m of missing) io.stderr(`${t(lang, "merge.cli.missingPath", { path: m })}\n`);
  if (skipped.length > 0)
    io.stderr(
      `${t(lang, "merge.cli.skipped", { count: skipped.length, files: skipped.map((f) => relative(io.cwd, f) || f).join(", ") })}\n`,
    );
  if (files.length === 0) {
    io.stderr(`${t(lang, "merge.cli.noFiles")}\n`);
    return MERGE_EXIT.nothing;
  }
  const inside = args.feedback
    ? feedbackInsideInput(
        io.cwd,
        args.feedback,
        args.paths.filter((p) => !/\.xls[xm]$/i.test(p)),
      )
    : null;
  if (inside !== null) {
    io.stderr(`${t(lang, "loop.cli.feedbackInsideInput", { dir: args.feedback!, input: inside })}\n`);
    return MERGE_EXIT.nothing;
  }
  // The output is claimed before any input is read: refused now, not after a twelve-second merge.
  const inputs = [
    ...files,
    ...[args.roster, args.forms, args.previous ?? null].filter((p): p is string => p !== null).map((p) => resolve(io.cwd, p)),
  ];
  const claim = claimOutput(resolve(io.cwd, args.out!), { force: args.force, inputs, display: args.out! });
  if (!claim.ok) {
    io.stderr(`${render(lang, claim.error)}\n`);
    return MERGE_EXIT.outputRefused;
  }
  try {
    return await mergeInto(
      claim.value,
      files,
      skipped.map((f) => relative(io.cwd, f) || f),
      args,
      { lang, io },
      extraRoster,
    );
  } finally {
    claim.value.release();
  }
}

async function mergeInto(
  output: ClaimedOutput,
  files: readonly string[],
  skipped: readonly string[],
  args: MergeArgs,
  { lang, io }: CommandContext,
  extraRoster?: Roster | null,
): Promise<MergeRun | number> {
  let roster: Roster | null = extraRoster ?? null;
  if (args.roster) {
    const path = resolve(io.cwd, args.roster);
    let loaded;
    try {
      loaded = loadRoster(path, new Uint8Array(readFileSync(path)));
    } catch (error) {
      loaded = { ok: false as const, error: openProblem(error) };
    }
    // A roster the product cannot read never stops the merge: it runs without completeness, and says why.
    if (!loaded.ok) io.stderr(`${t(lang, "merge.roster.unusable", { file: args.roster, reason: render(lang, loaded.error) })}\n`);
    else roster = loaded.value;
  }
  const previous = args.previous ? previousPeriod(io, lang, args.previous) : null;
  const chosenCatalog = catalogForCommand(args.forms ?? undefined, io, lang);
  if (!chosenCatalog) return MERGE_EXIT.nothing;
  const definition = args.forms ? chosenCatalog : null;
  let campaign: Campaign | null = null;
  if (args.campaignFile) {
    const parsed = campaignFromArgs(
      { flags: new Set(), values: new Map([["--campaign-file", args.campaignFile]]), operands: [] },
      chosenCatalog,
      io.cwd,
      lang,
    );
    if (!parsed.ok) {
      io.stderr(`${parsed.error}\n`);
      return MERGE_EXIT.nothing;
    }
    campaign = parsed.value;
  }
  // Read lazily, one file at a time: only the figures stay in memory.
  const inputs = files.map(fileInput);
  const outcome = await mergeFiles(loadCatalog(), inputs, {
    campaignId: args.campaign,
    campaign,
    measureId: args.measure ?? null,
    definition,
    mergingUnit: {
      code: args.unitCode ?? DEFAULT_UNIT_CODE,
      name: args.unitName ?? t("vi", "merge.cli.defaultUnitName"),
      level: args.level,
      ...(args.parent ? { parent: args.parent } : {}),
    },
    previous,
    roster,
    acceptErrors: args.acceptErrors,
    ...(args.date ? { today: args.date } : {}),
    offload: mergeOffload(
      files,
      args.campaign,
      { acceptErrors: args.acceptErrors, ownUnitCode: args.unitCode ?? DEFAULT_UNIT_CODE },
      undefined,
      undefined,
      definition?.model,
      campaign ? campaignToJson(campaign) : undefined,
    ),
  });
  const feedback = async (result: (MergeOutcome & { ok: true }) | null) => {
    if (!args.feedback) return;
    const mergingName = args.unitName ?? t("vi", "merge.cli.defaultUnitName");
    const written = await writeFeedback(
      resolve(io.cwd, args.feedback),
      {
        files: outcome.ok ? outcome.result.files : outcome.files,
        result: result?.result ?? null,
        problems: outcome.problems,
        paths: files,
        returnedBy: mergingName,
        today: todayIso(),
        catalog: result?.definition ?? chosenCatalog,
      },
      lang,
    );
    for (const line of written.problems) io.stderr(`${line}\n`);
    if (args.json) return;
    io.stdout(`${t(lang, "loop.cli.written", { returned: written.returned, lines: written.lines.length, dir: args.feedback })}\n`);
    if (written.summary) io.stdout(`${t(lang, "loop.cli.summaryHeading")}\n${written.summary}\n`);
  };
  if (!outcome.ok) {
    io.stdout(args.json ? jsonReport(lang, outcome, null, skipped) : textReport(lang, outcome, null));
    if (outcome.measures && !args.json) io.stdout(`\n${measuresReport(lang, outcome.measures)}`);
    await feedback(null);
    return { outcome, code: MERGE_EXIT.nothing };
  }
  const problem = output.write(await writeWorkbook(outcome.plan));
  if (problem) {
    io.stderr(`${render(lang, problem)}\n`);
    return { outcome, code: MERGE_EXIT.writeFailed };
  }
  if (!args.json) io.stdout(`${measureLine(lang, outcome)}\n`);
  io.stdout(args.json ? jsonReport(lang, outcome, args.out, skipped) : textReport(lang, outcome, args.out));
  await feedback(outcome);
  return { outcome, code: MERGE_EXIT.written };
}

export async function runMerge(argv: readonly string[], context: CommandContext): Promise<number> {
  const options = commandArgs(argv, MERGE_OPTIONS, context, usage(context.lang));
  if (typeof options === "number") return options;
  const parsed = mergeArgs(context.lang, options);
  if (!parsed.ok) {
    context.io.stderr(`${parsed.error}\n${usage(context.lang)}`);
    return MERGE_EXIT.nothing;
  }
  const run = await runMergeWith(parsed.value, context);
  return typeof run === "number" ? run : run.code;
}

export const merge: Command = {
  name: "merge",
  summary: { vi: t("vi", "merge.cli.description"), en: t("en", "merge.cli.description") },
  run: runMerge,
};
