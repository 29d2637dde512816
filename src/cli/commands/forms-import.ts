/**
 * `union-report forms import BIEU.xlsx [--out DINH-NGHIA.xlsx] [--sheet "Tên sheet"] [--json]`: a form
 * typed in Excel → a proposed definition workbook, with everything inferred and every decision left to
 * the officer printed. Exit 0 when the definition was written, 2 when nothing could be imported.
 */
import { readFileSync, statSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { chooseSheet, proposeDefinition, type ImportNote, type Proposal } from "../../domain/forms/import";
import { t, render as cliRender, type Lang } from "../strings";
import { readTypedForm } from "../../workbook/file/forms/read-typed-form";
import { writeDefinitionFile } from "../../workbook/file/forms/write-definition-file";
import { DEFAULT_READ_LIMITS } from "../../workbook/file/reader";
import type { Command, CommandContext } from "../commands";
import { commandArgs } from "../args";
import { render } from "../../domain/i18n/message";
import { writeOutput } from "../safe-output";

const noteText = (lang: Lang, note: ImportNote): string => t(lang, note.key, note.params);

function where(lang: Lang, note: ImportNote): string {
  if (note.row === undefined) return note.sheet === undefined ? "" : t(lang, "formsImport.cli.sheet", { sheet: note.sheet });
  return note.code
    ? t(lang, "formsImport.cli.rowCode", { row: note.row, code: note.code })
    : t(lang, "formsImport.cli.row", { row: note.row });
}

function textReport(lang: Lang, proposal: Proposal, input: string, out: string): string {
  const indicators = proposal.lines.filter((line) => line.type !== "section").length;
  const sections = proposal.lines.length - indicators;
  const todos = proposal.notes.filter((note) => note.todo);
  const lines = [
    t(lang, "formsImport.cli.read", {
      file: basename(input),
      sheets: [...new Set(proposal.lines.map((line) => line.sheet))].join(", "),
      sections,
      indicators,
      todos: todos.length,
    }),
    "",
    t(lang, "formsImport.cli.linesHeader"),
    ...proposal.lines.map((line) =>
      [
        line.row,
        line.tt,
        line.type === "section" ? t(lang, "formsImport.cli.section") : line.code,
        line.type === "section" ? "" : line.type,
        line.kind,
        line.parent,
        line.type === "section" ? "" : line.aggregation,
        line.label.replace(/\s+/g, " "),
      ].join("\t"),
    ),
  ];
  const info = proposal.notes.filter((note) => !note.todo);
  if (info.length > 0)
    lines.push("", t(lang, "formsImport.cli.inferredHeading"), ...info.map((note) => `  - ${where(lang, note)}${noteText(lang, note)}`));
  if (todos.length > 0)
    lines.push(
      "",
      t(lang, "formsImport.cli.todoHeading", { count: todos.length }),
      ...todos.map((note) => `  - ${where(lang, note)}${noteText(lang, note)}`),
    );
  lines.push("", t(lang, "formsImport.cli.written", { file: out }), t(lang, "formsImport.cli.next", { file: out }), "");
  return lines.join("\n");
}

function defaultOut(input: string): string {
  return join(dirname(input), `${basename(input).replace(/\.[^.]*$/, "")}-dinh-nghia.xlsx`);
}

export async function runFormsImport(argv: readonly string[], { lang, io }: CommandContext): Promise<number> {
  const usage = `${t(lang, "formsImport.cli.usage")}\n`;
  const parsed = commandArgs(argv, { flags: ["--json"], values: ["--out", "--sheet"], operands: true }, { lang, io }, usage);
  if (typeof parsed === "number") return parsed;
  const { flags, values, operands: positional } = parsed;
  if (positional.length !== 1) {
    io.stderr(`${t(lang, "formsImport.cli.oneFile")}\n${usage}`);
    return 2;
  }
  const input = resolve(io.cwd, positional[0]);
  const out = resolve(io.cwd, values.get("--out") ?? defaultOut(positional[0]));
  if (out === input) {
    io.stderr(`${t(lang, "formsImport.cli.sameFile")}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    const size = statSync(input).size;
    if (size > DEFAULT_READ_LIMITS.maxFileBytes) {
      io.stderr(`${t(lang, "reader.too-large", { size: Math.ceil(size / 2 ** 20), limit: DEFAULT_READ_LIMITS.maxFileBytes / 2 ** 20 })}\n`);
      return 2;
    }
    bytes = new Uint8Array(readFileSync(input));
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : String(error);
    io.stderr(
      `${t(lang, code === "ENOENT" ? "formsImport.cli.notFound" : "formsImport.cli.openFailed", { file: positional[0], reason: code })}\n`,
    );
    return 2;
  }
  const read = await readTypedForm(bytes, values.get("--sheet"));
  if (!read.ok) {
    io.stderr(`${t(lang, "formsImport.cli.unreadable", { file: positional[0], reason: render(lang, read.error) })}\n`);
    return 2;
  }
  // Without --sheet: the first visible sheet that has a header row; with it: that sheet, whatever it holds.
  const chosen = values.has("--sheet") ? read.value.sheets : [chooseSheet(read.value.sheets)].filter((grid) => grid !== undefined);
  const proposal = proposeDefinition(chosen.length > 0 ? chosen : read.value.sheets.slice(0, 1), { lang });
  if (proposal.lines.length === 0) {
    const problems = proposal.notes.filter((note) => note.key === "formsImport.note.noHeader" || note.key === "formsImport.note.noLines");
    io.stderr(
      `${[t(lang, "formsImport.cli.nothing", { file: positional[0] }), ...problems.map((note) => noteText(lang, note))].join("\n")}\n`,
    );
    return 2;
  }
  // Replaced as before (force), but atomically and never over the typed form itself.
  const problem = writeOutput(out, await writeDefinitionFile(proposal.sheets), { force: true, inputs: [input] });
  if (problem) {
    io.stderr(`${t(lang, "formsImport.cli.writeFailed", { file: out, reason: cliRender(lang, problem) })}\n`);
    return 2;
  }
  if (flags.has("--json")) {
    const notes = proposal.notes.map((note) => ({
      row: note.row ?? null,
      code: note.code ?? null,
      sheet: note.sheet ?? null,
      todo: note.todo,
      key: note.key,
      message: noteText(lang, note),
    }));
    io.stdout(`${JSON.stringify({ file: positional[0], out, lines: proposal.lines, notes }, null, 2)}\n`);
  } else io.stdout(textReport(lang, proposal, input, out));
  return 0;
}

export const formsImport: Command = {
  name: "import",
  summary: { vi: t("vi", "formsImport.cli.summary"), en: t("en", "formsImport.cli.summary") },
  run: (args, context) => runFormsImport(args, context),
};
