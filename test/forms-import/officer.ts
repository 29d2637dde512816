/** What the officer does with a proposal, for the tests: runs the CLI in a folder, and decides every todo as the tests need. */
import type { CliIo } from "../../src/cli/commands";
import { run } from "../../src/cli/main";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DefinitionCell, DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import { readDefinitionFile } from "../../src/workbook/file/forms/read-definition-file";

export type EditableDefinition = { sheets: { name: string; rows: DefinitionCell[][] }[] };

/** `union-report …` in-process, in `dir`, with what it printed. */
export async function cliIn(dir: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), cwd: dir, env: {} };
  const code = await run(args, io);
  return { code, out: out.join(""), err: err.join("") };
}

/**
 * The officer's decisions, on a copy: a count whose kind was asked is a flow, each level's deadline is 15/12,
 * a missing as-of date 30/6, and every todo cell is cleared.
 */
export function decideEveryTodo(proposed: DefinitionSheets): EditableDefinition {
  const sheets = JSON.parse(JSON.stringify(proposed)) as EditableDefinition;
  for (const sheet of sheets.sheets) {
    const [header, ...rows] = sheet.rows;
    const col = (key: string) => header.indexOf(key);
    for (const row of rows) {
      if (
        sheet.name === "indicators" &&
        row[col("type")] !== "text" &&
        row[col("type")] !== "section" &&
        (row[col("kind")] ?? null) === null
      )
        row[col("kind")] = "flow";
      if (sheet.name === "campaign_levels") row[col("deadline")] = "15/12";
      if (sheet.name === "campaigns" && (row[col("as_of")] ?? null) === null) row[col("as_of")] = "30/6";
      if (col("todo") >= 0) row[col("todo")] = null;
    }
  }
  return sheets;
}

/** A definition workbook the CLI wrote in `dir`, read back as the loader sees it. */
export function readBack(dir: string, file: string): DefinitionSheets {
  const read = readDefinitionFile(new Uint8Array(readFileSync(join(dir, file))));
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
}
