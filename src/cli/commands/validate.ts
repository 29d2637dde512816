/**
 * `union-report validate FILE... [--json]`: the same checks as the Kiểm tra view, per file.
 * Exit 0 when no file has errors, 1 when some file has errors, 2 when a file could not be read at all
 * (or the command line was wrong). Files are read by the fast reader; nothing is written.
 */
import { readFileSync, statSync } from "fs";
import { basename } from "path";
import { resolvePathArg } from "../paths";
import { loadCatalog, type Definition } from "../../domain/definition";
import { CarriedCatalogs } from "../../domain/definition/carried-definition";
import { checkByDefinition } from "../../domain/check/check-by-definition";
import { catalogForCommand } from "./forms-file";
import { groupIssues, summarize, type CheckIssue, type IssueSummary } from "../../domain/check";
import { inBothLanguages, render, t, type CliKey, type Lang } from "../strings";
import { DEFAULT_READ_LIMITS, WorkbookReader } from "../../workbook/file/reader";
import { commandArgs } from "../args";
import { openProblem } from "../open-problem";
import type { Command, CommandContext } from "../commands";
import { keyed, type Message } from "../../domain/i18n/message";

export type FileOutcome =
  | {
      readonly file: string;
      readonly status: "checked";
      readonly campaignId: string | null;
      readonly unitCode: string | null;
      readonly summary: IssueSummary;
      readonly issues: readonly CheckIssue[];
    }
  | { readonly file: string; readonly status: "unreadable"; readonly error: Message<CliKey> };

const MB = 1024 * 1024;

/**
 * Reads and checks one file; never throws. With a chosen definition (--forms) the file must have been
 * made from it; without one, the file is checked against the definition it carries (nothing else is needed).
 */
export function validateFile(
  definition: Definition | CarriedCatalogs,
  path: string,
  reader = new WorkbookReader(),
): { outcome: FileOutcome; catalog: Definition } {
  const shipped = definition instanceof CarriedCatalogs ? loadCatalog() : definition;
  const unreadable = (error: Message<CliKey>) => ({ outcome: { file: path, status: "unreadable" as const, error }, catalog: shipped });
  const read = readBytes(path);
  if (!read.ok) return unreadable(read.error);
  const workbook = reader.readWorkbook(read.value);
  if (!workbook.ok) return unreadable(workbook.error);
  const byDefinition = checkByDefinition(
    workbook.value.workbook,
    definition instanceof CarriedCatalogs ? null : definition,
    definition instanceof CarriedCatalogs ? definition : new CarriedCatalogs(),
  );
  const { submission, issues } = byDefinition.result;
  return {
    outcome: {
      file: path,
      status: "checked",
      campaignId: submission?.campaignId ?? null,
      unitCode: submission?.identification.unitCode || null,
      summary: summarize(issues),
      issues,
    },
    catalog: byDefinition.definition ?? shipped,
  };
}

function readBytes(path: string): { ok: true; value: Uint8Array } | { ok: false; error: Message<CliKey> } {
  const file = path;
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    // Refuse before loading: a 200 MB attachment should not be read into memory to be refused.
    if (size > DEFAULT_READ_LIMITS.maxFileBytes) {
      const params = { size: Math.ceil(size / MB), limit: DEFAULT_READ_LIMITS.maxFileBytes / MB };
      return { ok: false, error: keyed("reader.too-large", params) };
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { ok: false, error: openProblem(error) };
  }
  return { ok: true, value: bytes };
}

function describeIssue(lang: Lang, issue: CheckIssue): string {
  const cell = issue.cells[0];
  const where = cell ? `[${cell.sheet}!${cell.address}] ` : "";
  const explained = issue.explained ? ` (${t(lang, "check.explained")})` : "";
  return `${where}${render(lang, issue.message)}${explained}`;
}

function textReport(catalog: Definition, lang: Lang, outcome: FileOutcome): string {
  const name = basename(outcome.file);
  if (outcome.status === "unreadable") return `${t(lang, "check.cli.unreadable", { file: name, reason: render(lang, outcome.error) })}\n`;
  const s = outcome.summary;
  const lines = [
    t(lang, "check.cli.fileHeading", {
      file: name,
      summary: t(lang, "check.summary.line", { errors: s.errors, warnings: s.warnings, explained: s.explained, blanks: s.blanks }),
    }),
  ];
  const sheetOf = new Map(catalog.tables.map((table) => [table.id, table.sheetName]));
  for (const group of groupIssues(
    outcome.issues,
    catalog.tables.map((table) => table.id),
  )) {
    lines.push(`  ${group.tableId === null ? t(lang, "check.group.general") : (sheetOf.get(group.tableId) ?? group.tableId)}`);
    for (const { severity, issues } of group.bySeverity) {
      lines.push(`    ${t(lang, `check.severity.${severity}`)} (${issues.length}):`);
      for (const issue of issues) lines.push(`      ${describeIssue(lang, issue)}`);
    }
  }
  if (s.errors === 0) lines.push(`  ${t(lang, "check.cli.clean")}`);
  return `${lines.join("\n")}\n`;
}

/** Scripts read messages in both languages: `{code, vi, en}` for an unreadable file, `message: {vi, en}` for an issue. */
function jsonOutcome(outcome: FileOutcome): object {
  if (outcome.status === "unreadable") return { ...outcome, error: { code: outcome.error.code, ...inBothLanguages(outcome.error) } };
  return { ...outcome, issues: outcome.issues.map((issue) => ({ ...issue, message: inBothLanguages(issue.message) })) };
}

function usage(lang: Lang): string {
  return [
    t(lang, "check.cli.usage"),
    "",
    `  --json        ${t(lang, "check.cli.option.json")}`,
    `  --forms FILE  ${t(lang, "forms.option.forms")}`,
    `  --lang vi|en  ${t(lang, "cli.option.lang")}`,
    `  -h, --help    ${t(lang, "check.cli.option.help")}`,
    "",
  ].join("\n");
}

export async function runValidate(args: readonly string[], { lang, io }: CommandContext): Promise<number> {
  const parsed = commandArgs(args, { flags: ["--json"], values: ["--forms"], operands: true }, { lang, io }, usage(lang));
  if (typeof parsed === "number") return parsed;
  const json = parsed.flags.has("--json");
  const forms = parsed.values.get("--forms");
  const files = parsed.operands;
  if (files.length === 0) {
    io.stderr(`${t(lang, "check.cli.noFiles")}\n${usage(lang)}`);
    return 2;
  }
  const chosenCatalog = catalogForCommand(forms, io, lang);
  if (!chosenCatalog) return 2;
  const definition = forms ? chosenCatalog : new CarriedCatalogs(loadCatalog());
  // One reader for the files of this run: what it remembers from one file to the next goes with the run.
  const reader = new WorkbookReader();
  const checked = files.map((f) => {
    const { outcome, catalog } = validateFile(definition, resolvePathArg(io.cwd, f), reader);
    return { outcome: { ...outcome, file: f }, catalog };
  });
  const outcomes = checked.map((c) => c.outcome);
  if (json) io.stdout(`${JSON.stringify({ files: outcomes.map(jsonOutcome) }, null, 2)}\n`);
  else for (const { outcome, catalog } of checked) io.stdout(textReport(catalog, lang, outcome));
  if (outcomes.some((o) => o.status === "unreadable")) return 2;
  if (outcomes.some((o) => o.status === "checked" && o.summary.errors > 0)) return 1;
  return 0;
}

export const validate: Command = {
  name: "validate",
  summary: { vi: t("vi", "check.cli.description"), en: t("en", "check.cli.description") },
  run: runValidate,
};
