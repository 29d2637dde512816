/**
 * `union-report forms check DINH-NGHIA.xlsx [--json]`: every problem of a definition file, by sheet
 * and cell. Exit 0 valid (warnings may be listed), 1 with errors, 2 when the file cannot be read.
 */
import { t } from "../strings";
import { problemText } from "../../domain/definition/problems";
import type { Command, CommandContext } from "../commands";
import { commandArgs } from "../args";
import { readDefinitionArg } from "./forms-file";

export async function runFormsCheck(argv: readonly string[], { lang, io }: CommandContext): Promise<number> {
  const usage = `${t(lang, "forms.check.usage")}\n`;
  const parsed = commandArgs(argv, { flags: ["--json"], values: [], operands: true }, { lang, io }, usage);
  if (typeof parsed === "number") return parsed;
  const files = parsed.operands;
  if (files.length > 1) {
    io.stderr(`${t(lang, "tplcli.badOption", { name: files[1] })}\n${usage}`);
    return 2;
  }
  const file = files[0];
  if (file === undefined) {
    io.stderr(`${t(lang, "forms.file.needFile")}\n${usage}`);
    return 2;
  }
  const read = readDefinitionArg(file, io.cwd, lang);
  if (!read.ok) {
    io.stderr(`${read.error}\n`);
    return 2;
  }
  const { definition, problems } = read.value;
  const errors = problems.filter((p) => p.severity === "error");
  if (parsed.flags.has("--json")) {
    const listed = problems.map((p) => ({
      severity: p.severity,
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      message: problemText(p, lang),
    }));
    const form = definition ? { id: definition.form.id, version: definition.form.version, hash: definition.form.hash } : null;
    io.stdout(`${JSON.stringify({ valid: definition !== null, form, problems: listed }, null, 2)}\n`);
    return definition ? 0 : 1;
  }
  for (const problem of problems) (problem.severity === "error" ? io.stderr : io.stdout)(`${problemText(problem, lang)}\n`);
  if (!definition) {
    io.stderr(`${t(lang, "forms.check.invalid", { count: errors.length })}\n`);
    return 1;
  }
  const codes = [...definition.rowsByCode.keys()].length;
  io.stdout(
    `${t(lang, "forms.check.valid", { formId: definition.form.id, version: String(definition.form.version), tables: definition.tables.length, codes, rules: definition.rules.length, campaigns: definition.campaignDefs.length })}\n${t(lang, "forms.check.hash", { hash: definition.form.hash })}\n`,
  );
  return 0;
}

export const formsCheck: Command = {
  name: "check",
  summary: { vi: t("vi", "forms.check.summary"), en: t("en", "forms.check.summary") },
  run: (args, context) => runFormsCheck(args, context),
};
