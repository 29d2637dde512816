/**
 * `merge --feedback DIR`: each refused or warned unit's own file returned with the comments, the chase
 * list (danh-sach-don-doc.csv) and the summary for the report, written next to each other. Files are
 * written whole or not at all, and never over an existing file.
 */
import { mkdirSync, readFileSync } from "fs";
import { join, relative, resolve, isAbsolute } from "path";
import type { Definition } from "../../domain/definition/catalog";
import { chaseList, chaseRows, isUnreadable, reportSummary, type ChaseLine } from "../../domain/merge/chase-list";
import { feedbackContent, returnedNames } from "../../domain/merge/feedback";
import { writeCsv } from "../../domain/merge/csv";
import { t as domainT } from "../../domain/i18n/strings";
import type { FileReport, MergeResult } from "../../domain/merge";
import type { FileProblems } from "../../app/merge";
import { returnedWorkbook } from "../../workbook/file/returned-workbook";
import { render, t, type Lang } from "../strings";
import { openProblem } from "../open-problem";
import { writeOutput } from "../safe-output";

/** The input folder DIR lies in, if any: what it writes there would be read back as submissions next time. */
export function feedbackInsideInput(cwd: string, dir: string, inputs: readonly string[]): string | null {
  const target = resolve(cwd, dir);
  for (const input of inputs) {
    const rel = relative(resolve(cwd, input), target);
    if (rel === "" || (!rel.startsWith("..") && !isAbsolute(rel))) return input;
  }
  return null;
}

/** A file of the feedback folder, written through the one safe writer and never over an existing file; a problem becomes a note. */
function writeNew(path: string, bytes: Uint8Array | string, lang: Lang, notes: string[]): boolean {
  const problem = writeOutput(path, typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes, { force: false });
  if (problem) notes.push(problem.code === "output.exists" ? t(lang, "loop.cli.exists", { file: path }) : render(lang, problem));
  return problem === null;
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
    else if (writeNew(join(dir, name), workbook, lang, notes)) returned.set(index, name);
  }
  const lines = chaseList({ files: run.files, roster: run.result?.roster ?? null }, returned);
  const csvPath = join(dir, domainT("vi", "loop.chase.fileName"));
  writeNew(csvPath, writeCsv(chaseRows(lines)), lang, notes);
  const summary = run.result ? reportSummary(run.catalog, run.result) : null;
  return { returned: returned.size, lines, summary, problems: notes };
}
