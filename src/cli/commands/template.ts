/**
 * `union-report template`: the template workbook for one unit (--out FILE), or one pre-identified
 * workbook per unit of a roster (--roster ROSTER --out DIR) for a province or district to send out.
 * Exit codes: 0 all written; 1 some roster lines skipped (each reported), the rest written; 2 nothing written.
 */
import { mkdirSync, readFileSync } from "fs";
import { resolve, join } from "path";
import { resolvePathArg } from "../paths";
import type { Result } from "../../domain/errors";
import { parseLevel, type Campaign, type Definition, type Level } from "../../domain/definition";
import { t, render as cliRender, type Lang } from "../strings";
import { buildTemplate, type UnitIdentification } from "../../domain/layout";
import { render, writeCsv } from "../../domain/merge";
import { rosterPlan, rosterTemplateFiles, ROSTER_WITH_CODES, type RosterPlan } from "../../workbook/file/roster-templates";
import { writeWorkbook } from "../../workbook/file/writer";
import type { CliIo, Command, CommandContext } from "../commands";
import { commandArgs } from "../args";
import { campaignFromArgs } from "./template-options";
import { catalogForCommand } from "./forms-file";
import { writeOutput } from "../safe-output";
import { openProblem } from "../open-problem";

/** The roster's units for `template --roster` (see workbook/file/roster-templates), its problems worded for the user. */
export function rosterUnits(
  fileName: string,
  bytes: Uint8Array,
  catalog: Definition,
  lang: Lang,
  parent?: string,
): Result<Omit<RosterPlan, "problems"> & { problems: string[] }, string> {
  const plan = rosterPlan(fileName, bytes, catalog, parent);
  if (!plan.ok) return { ok: false, error: t(lang, "tplcli.rosterUnreadable", { file: fileName, reason: render(lang, plan.error) }) };
  return { ok: true, value: { ...plan.value, problems: plan.value.problems.map((problem) => render(lang, problem)) } };
}

/**
 * Writes one workbook per unit into `dir`. The code path of `template --roster`, also driven by the
 * benchmark (scripts/bench-templates). Returns the file names written and the problems met.
 */
export async function writeRosterTemplates(
  catalog: Definition,
  campaign: Campaign,
  units: RosterPlan["units"],
  dir: string,
  force: boolean,
  lang: Lang,
): Promise<{ written: string[]; problems: string[] }> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const problems: string[] = [];
  for await (const { name, bytes } of rosterTemplateFiles(catalog, campaign, units)) {
    const problem = writeOutput(join(dir, name), bytes, { force });
    if (problem) problems.push(cliRender(lang, problem));
    else written.push(name);
  }
  return { written, problems };
}

function fail(io: CliIo, message: string, lang: Lang, usage = false): number {
  io.stderr(`${message}\n${usage ? `${t(lang, "tplcli.template.usage")}\n` : ""}`);
  return 2;
}

export async function runTemplate(argv: readonly string[], { lang, io }: CommandContext): Promise<number> {
  const parsed = commandArgs(
    argv,
    {
      flags: ["--force"],
      values: ["--campaign", "--campaign-file", "--out", "--unit-code", "--unit-name", "--level", "--parent", "--roster", "--forms"],
    },
    { lang, io },
    `${t(lang, "tplcli.template.usage")}\n`,
  );
  if (typeof parsed === "number") return parsed;
  const { flags, values } = parsed;
  const catalog = catalogForCommand(values.get("--forms"), io, lang);
  if (!catalog) return 2;
  const campaign = campaignFromArgs(parsed, catalog, io.cwd, lang);
  if (!campaign.ok) return fail(io, campaign.error, lang);
  const out = values.get("--out");
  if (!out) return fail(io, t(lang, "tplcli.needOut"), lang, true);
  const force = flags.has("--force");
  const parent = values.get("--parent")?.trim() || undefined;

  const rosterPath = values.get("--roster");
  if (rosterPath !== undefined) {
    if (values.has("--unit-code") || values.has("--unit-name") || values.has("--level"))
      return fail(io, t(lang, "tplcli.rosterWithUnit"), lang);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(resolve(io.cwd, rosterPath)));
    } catch (error) {
      return fail(io, t(lang, "tplcli.rosterUnreadable", { file: rosterPath, reason: cliRender(lang, openProblem(error)) }), lang);
    }
    const roster = rosterUnits(rosterPath, bytes, catalog, lang, parent);
    if (!roster.ok) return fail(io, roster.error, lang);
    const dir = resolvePathArg(io.cwd, out); // "D:\Biểu mẫu\" from cmd.exe arrives with a stray quote
    const result = await writeRosterTemplates(catalog, campaign.value, roster.value.units, dir, force, lang);
    const problems = [...roster.value.problems, ...result.problems];
    if (roster.value.withCodes) {
      const copy = join(dir, ROSTER_WITH_CODES);
      // Rewritten each run (it is ours, derived from the roster), never the roster itself.
      const problem = writeOutput(copy, new TextEncoder().encode(writeCsv(roster.value.withCodes)), {
        force: true,
        inputs: [resolve(io.cwd, rosterPath)],
      });
      if (problem) problems.push(cliRender(lang, problem));
      else io.stdout(`${t(lang, "tplcli.rosterCodes", { count: String(roster.value.withCodes.length - 1), file: copy })}\n`);
    }
    for (const problem of problems) io.stderr(`${problem}\n`);
    if (result.written.length === 0) {
      io.stderr(`${t(lang, "tplcli.rosterNothing")}\n`);
      return 2;
    }
    io.stdout(`${t(lang, "tplcli.rosterDone", { written: String(result.written.length), dir, campaign: campaign.value.id })}\n`);
    if (problems.length > 0) {
      io.stderr(`${t(lang, "tplcli.rosterFailed", { failed: String(problems.length) })}\n`);
      return 1;
    }
    return 0;
  }

  const levelText = values.get("--level");
  let level: Level | undefined;
  if (levelText !== undefined) {
    const parsedLevel = parseLevel(levelText);
    if (!parsedLevel) return fail(io, t(lang, "tplcli.badLevel", { value: levelText }), lang);
    level = parsedLevel;
  }
  const unit: UnitIdentification = {
    unitCode: values.get("--unit-code")?.trim() || undefined,
    unitName: values.get("--unit-name")?.trim() || undefined,
    level,
    parent,
  };
  const path = resolve(io.cwd, out);
  const formsPath = values.get("--forms");
  const problem = writeOutput(path, await writeWorkbook(buildTemplate({ catalog, campaign: campaign.value, unit }).plan), {
    force,
    display: path,
    inputs: formsPath ? [resolve(io.cwd, formsPath)] : [],
  });
  if (problem) return fail(io, cliRender(lang, problem), lang);
  io.stdout(`${t(lang, "tplcli.written", { file: path, campaign: campaign.value.id })}\n`);
  return 0;
}

export const template: Command = {
  name: "template",
  summary: { vi: t("vi", "tplcli.template.summary"), en: t("en", "tplcli.template.summary") },
  run: (args, context) => runTemplate(args, context),
};
