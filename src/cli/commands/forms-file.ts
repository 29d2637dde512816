/**
 * Reading a definition file named on the command line (`forms check FILE`, `--forms FILE`): the
 * bytes, the sheets (the bounded reader), then the one loader. Problems come back as values; the
 * command decides how to print them.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import type { Catalog } from "../../domain/catalog";
import { catalogFromSheets } from "../../domain/forms/definition-catalog";
import type { DefinitionProblem } from "../../domain/forms/problems";
import { problemText } from "../../domain/forms/problems";
import { t, type Lang } from "../../domain/i18n/strings";
import { readDefinitionFile } from "../../workbook/file/forms/read-definition-file";

export type DefinitionFileRead =
  | { readonly ok: true; readonly catalog: Catalog | null; readonly problems: readonly DefinitionProblem[] }
  | { readonly ok: false; readonly message: string };

export function readDefinitionArg(file: string, cwd: string, lang: Lang): DefinitionFileRead {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? t(lang, "forms.file.notFound") : (error as NodeJS.ErrnoException).code ?? "";
    return { ok: false, message: t(lang, "forms.file.unreadable", { file, reason }) };
  }
  const sheets = readDefinitionFile(bytes);
  if (!sheets.ok) return { ok: false, message: t(lang, "forms.file.unreadable", { file, reason: sheets.error[lang] }) };
  const loaded = catalogFromSheets(sheets.value);
  return { ok: true, catalog: loaded.catalog, problems: loaded.problems };
}

/**
 * The catalog for a command's `--forms FILE`, or the shipped one without it. A definition with
 * errors stops the command (exit 2) with its problems listed: nothing is made from half a definition.
 */
export function catalogFromArgs(file: string | undefined, cwd: string, lang: Lang, shipped: () => Catalog): { ok: true; catalog: Catalog; warnings: string[] } | { ok: false; message: string } {
  if (file === undefined) return { ok: true, catalog: shipped(), warnings: [] };
  const read = readDefinitionArg(file, cwd, lang);
  if (!read.ok) return read;
  const warnings = read.problems.filter((p) => p.severity === "warning").map((p) => problemText(p, lang));
  if (!read.catalog) {
    const errors = read.problems.filter((p) => p.severity === "error").map((p) => `  ${problemText(p, lang)}`);
    return { ok: false, message: [t(lang, "forms.file.invalid", { file }), ...errors].join("\n") };
  }
  return { ok: true, catalog: read.catalog, warnings };
}
