/**
 * Reading a definition file named on the command line (`forms check FILE`, `--forms FILE`): the
 * bytes, the sheets (the bounded reader), then the one loader. Problems come back as values; the
 * command decides how to print them.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { loadCatalog, type Definition } from "../../domain/definition";
import type { CliIo } from "../commands";
import { catalogFromSheets } from "../../domain/definition/definition-catalog";
import type { DefinitionProblem } from "../../domain/definition/problems";
import { problemText } from "../../domain/definition/problems";
import { t, type Lang } from "../strings";
import { readDefinitionFile } from "../../workbook/file/forms/read-definition-file";
import { render } from "../../domain/i18n/message";

export type DefinitionFileRead =
  | { readonly ok: true; readonly catalog: Definition | null; readonly problems: readonly DefinitionProblem[] }
  | { readonly ok: false; readonly message: string };

export function readDefinitionArg(file: string, cwd: string, lang: Lang): DefinitionFileRead {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? t(lang, "forms.file.notFound") : ((error as NodeJS.ErrnoException).code ?? "");
    return { ok: false, message: t(lang, "forms.file.unreadable", { file, reason }) };
  }
  const sheets = readDefinitionFile(bytes);
  if (!sheets.ok) return { ok: false, message: t(lang, "forms.file.unreadable", { file, reason: render(lang, sheets.error) }) };
  const loaded = catalogFromSheets(sheets.value);
  return { ok: true, catalog: loaded.catalog, problems: loaded.problems };
}

/**
 * The catalog for a command's `--forms FILE`, or the shipped one without it; its warnings printed. A
 * definition with errors stops the command (null: exit 2) with its problems listed: nothing is made
 * from half a definition.
 */
export function catalogForCommand(file: string | undefined, io: CliIo, lang: Lang): Definition | null {
  if (file === undefined) return loadCatalog();
  const read = readDefinitionArg(file, io.cwd, lang);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return null;
  }
  for (const p of read.problems) if (p.severity === "warning") io.stderr(`${problemText(p, lang)}\n`);
  if (!read.catalog) {
    const errors = read.problems.filter((p) => p.severity === "error").map((p) => `  ${problemText(p, lang)}`);
    io.stderr(`${[t(lang, "forms.file.invalid", { file }), ...errors].join("\n")}\n`);
    return null;
  }
  return read.catalog;
}
