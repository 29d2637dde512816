/**
 * `union-report forms export --out DINH-NGHIA.xlsx [--force]`: the shipped definition as a definition
 * workbook, so an officer starts from Biểu 01–04 (adds a row, a table, the province's own campaign)
 * instead of a blank sheet. Written by the same writer as `forms import`.
 */
import { resolve } from "path";
import { SHIPPED_DEFINITION } from "../../domain/definition";
import { t } from "../strings";
import { writeDefinitionFile } from "../../workbook/file/forms/write-definition-file";
import { commandArgs } from "../args";
import type { Command, CommandContext } from "../commands";
import { writeOutput } from "../safe-output";
import { render } from "../strings";

export async function runFormsExport(argv: readonly string[], { lang, io }: CommandContext): Promise<number> {
  const usage = `${t(lang, "forms.export.usage")}\n`;
  const parsed = commandArgs(argv, { flags: ["--force"], values: ["--out"] }, { lang, io }, usage);
  if (typeof parsed === "number") return parsed;
  const out = parsed.values.get("--out");
  if (out === undefined) {
    io.stderr(`${t(lang, "tplcli.needOut")}\n${usage}`);
    return 2;
  }
  const problem = writeOutput(resolve(io.cwd, out), await writeDefinitionFile(SHIPPED_DEFINITION), {
    force: parsed.flags.has("--force"),
    display: out,
  });
  if (problem) {
    io.stderr(`${render(lang, problem)}\n`);
    return problem.code === "output.exists" ? 2 : 1;
  }
  io.stdout(`${t(lang, "forms.export.written", { file: out })}\n`);
  return 0;
}

export const formsExport: Command = {
  name: "export",
  summary: { vi: t("vi", "forms.export.summary"), en: t("en", "forms.export.summary") },
  run: (args, context) => runFormsExport(args, context),
};
