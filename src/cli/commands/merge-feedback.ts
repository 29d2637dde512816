/**
 * `merge --feedback DIR`: each refused or warned unit's own file returned with the comments, the chase
 * list (danh-sach-don-doc.csv) and the summary for the report, written next to each other. Files are
 * written whole or not at all, and never over an existing file.
 */
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "fs";
import { join, relative, resolve, isAbsolute } from "path";
import type { Definition } from "../../domain/definition/catalog";
import { chaseList, chaseRows, isUnreadable, reportSummary, type ChaseLine } from "../../domain/merge/chase-list";
import { feedbackContent, returnedNames } from "../../domain/merge/feedback";
import { writeCsv } from "../../domain/merge/csv";
import { t as domainT } from "../../domain/i18n/strings";
import type { FileReport, MergeResult } from "../../domain/merge";
import type { FileProblems } from "../../workbook/merge";
import { returnedWorkbook } from "../../workbook/file/returned-workbook";
import { render, t, type Lang } from "../strings";
import { openProblem } from "../open-problem";

/** The input folder DIR lies in, if any: what it writes there would be read back as submissions next time. */
export function feedbackInsideInput(cwd: string, dir: string, inputs: readonly string[]): string | null {
  const target = resolve(cwd, dir);
  for (const input of inputs) {
    const rel = relative(resolve(cwd, input), target);
    if (rel === "" || (!rel.startsWith("..") && !isAbsolute(rel))) return input;
  }
  return null;
}

/** Written whole (a temporary file, then linked) and never over an existing file. */
function writeNew(path: string, bytes: Uint8Array | string): "ok" | "exists" {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  try {
    linkSync(temporary, path);
    return "ok";
  } catch (error) {
    if ((error as { code?: string }).code === "EEXIST") return "exists";
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

export interface FeedbackRun {
  readonly files: readonly FileReport[];
  readonly result: MergeResult | null;
  readonly problems: FileProblems;
  /** Each report's file on disk, by its index. */
  readonly paths: readonly string[];
  readonly returnedBy: string;
  readonly today: string;
  readonly catalog: Definition;
}

export interface FeedbackWritten {
  readonly returned: number;
  readonly lines: readonly ChaseLine[];
  readonly summary: string | null;
  readonly problems: readonly string[];
}

export async function writeFeedback(dir: string, run: FeedbackRun, lang: Lang): Promise<FeedbackWritten> {
  mkdirSync(dir, { recursive: true });
  const notes: string[] = [];
  const returned = new Map<number, string>();
  for (const [index, name] of returnedNames(run.files, isUnreadable)) {
    const report = run.files.find((f) => f.index === index)!;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(run.paths[index]));
    } catch (error) {
      notes.push(`${t(lang, "loop.cli.notReturned", { file: report.name })} ${render(lang, openProblem(error))}`);
      continue;
    }
    const workbook = await returnedWorkbook(bytes, feedbackContent(report, run.problems.get(index) ?? [], run.returnedBy, run.today));
    if (!workbook) notes.push(t(lang, "loop.cli.notReturned", { file: report.name }));
    else if (writeNew(join(dir, name), workbook) === "exists") notes.push(t(lang, "loop.cli.exists", { file: join(dir, name) }));
    else returned.set(index, name);
  }
  const lines = chaseList({ files: run.files, roster: run.result?.roster ?? null }, returned);
  const csvPath = join(dir, domainT("vi", "loop.chase.fileName"));
  if (writeNew(csvPath, writeCsv(chaseRows(lines))) === "exists") notes.push(t(lang, "loop.cli.exists", { file: csvPath }));
  const summary = run.result ? reportSummary(run.catalog, run.result) : null;
  return { returned: returned.size, lines, summary, problems: notes };
}
