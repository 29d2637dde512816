/**
 * Reading a definition file named on the command line (`forms check FILE`, `--forms FILE`): the
 * bytes, the sheets (the bounded reader), then the one loader. Problems come back as values; the
 * command decides how to print them.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { loadCatalog, type Definition } from "../../domain/definition";
import type { CliIo } from "../commands";
import { definitionFromSheets, type DefinitionOutcome } from "../../domain/definition/definition-catalog";
import type { Result } from "../../domain/errors";
import { problemText } from "../../domain/definition/problems";
import { t, type Lang } from "../strings";
import { readDefinitionFile } from "../../workbook/file/forms/read-definition-file";
import { render } from "../../domain/i18n/message";

/** The loaded definition (or its problems), or why the file could not be read, worded for the command's language. */
export type DefinitionFileRead = Result<DefinitionOutcome, string>;

export function readDefinitionArg(file: string, cwd: string, lang: Lang): DefinitionFileRead {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? t(lang, "forms.file.notFound") : ((error as NodeJS.ErrnoException).code ?? "");
    return { ok: false, error: t(lang, "forms.file.unreadable", { file, reason }) };
  }
  const sheets = readDefinitionFile(bytes);
  if (!sheets.ok) return { ok: false, error: t(lang, "forms.file.unreadable", { file, reason: render(lang, sheets.error) }) };
  return { ok: true, value: definitionFromSheets(sheets.value) };
}

/**
 * The definition for a command's `--forms FILE`, or the shipped one without it; its warnings printed. A
 * definition with errors stops the command (null: exit 2) with its problems listed: nothing is made
 * from half a definition.
 */
export function catalogForCommand(file: string | undefined, io: CliIo, lang: Lang): Definition | null {
  if (file === undefined) return loadCatalog();
  const read = readDefinitionArg(file, io.cwd, lang);
  if (!read.ok) {
    io.stderr(`${read.error}\n`);
    return null;
  }
  const { definition, problems } = read.value;
  for (const p of problems) if (p.severity === "warning") io.stderr(`${problemText(p, lang)}\n`);
  if (!definition) {
    const errors = problems.filter((p) => p.severity === "error").map((p) => `  ${problemText(p, lang)}`);
    io.stderr(`${[t(lang, "forms.file.invalid", { file }), ...errors].join("\n")}\n`);
    return null;
  }
  return definition;
}
