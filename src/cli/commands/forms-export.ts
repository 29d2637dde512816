/**
 * `union-report forms export --out DINH-NGHIA.xlsx [--force]`: the shipped definition as a definition
 * workbook, so an officer starts from Biểu 01–04 (adds a row, a table, the province's own campaign)
 * instead of a blank sheet. Written by the same writer as `forms import`.
 */
import { resolve } from "path";
import { SHIPPED_DEFINITION } from "../../domain/definition";
import { t } from "../strings";
import { writeDefinitionFile } from "../../workbook/file/forms/write-definition-file";
import { parseArgs } from "../args";
import type { Command, CommandContext } from "../commands";
import { writeOutput } from "../safe-output";
import { render } from "../strings";

export async function runFormsExport(argv: readonly string[], { lang, io }: CommandContext): Promise<number> {
  const parsed = parseArgs(argv, { flags: ["--force", "--help", "-h"], values: ["--out"] }, lang);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n${t(lang, "forms.export.usage")}\n`);
    return 2;
  }
  if (parsed.value.flags.has("--help") || parsed.value.flags.has("-h")) {
    io.stdout(`${t(lang, "forms.export.usage")}\n`);
    return 0;
  }
  const out = parsed.value.values.get("--out");
  if (out === undefined) {
    io.stderr(`${t(lang, "tplcli.needOut")}\n${t(lang, "forms.export.usage")}\n`);
    return 2;
  }
  const problem = writeOutput(resolve(io.cwd, out), await writeDefinitionFile(SHIPPED_DEFINITION), {
    force: parsed.value.flags.has("--force"),
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
