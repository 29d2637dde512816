/**
 * The merge, as the CLI, the CLI's worker thread, the page's Web Worker and the page's own thread use it:
 * read, check and judge each file, decide the officer's measure, consolidate and plan the workbook. The
 * one surface of the merge's orchestration: callers import from here, never from the files behind it.
 *
 * Why a layer of its own (src/app/, lint-enforced in eslint.config.mjs): the orchestration uses the domain
 * (checks, measure, consolidation) and the file adapter (the bounded reader), so it cannot live in domain/;
 * it is not an adapter either, and in workbook/ it hid an application service among the file readers. The
 * CLI and the task pane both need it, and neither may import the other. So: domain < workbook < app <
 * taskpane | cli. Like workbook/file it is host-neutral (it runs in a browser worker as in Node): files come
 * to it as bytes or a read() callback, never as paths.
 */
// judgeState and judgeFile: what a thread judging a share of the files uses (judgeShare wraps them for the CLI's worker).
export {
  judgeFile,
  judgeState,
  mergeFiles,
  todayIso,
  type JudgeOptions,
  type MergeFileInput,
  type MergeFilesOptions,
  type MergeOutcome,
  type Offload,
  type Verdict,
  type FileProblems,
} from "./merge-files";
export { judgeShare, type OffloadChoice } from "./offload";
export { surveyMeasures, type SurveyOptions } from "./survey";
// The files a merge reads besides the reports (a roster, the previous period) and the sample district's files.
export {
  loadPrevious,
  loadRoster,
  rosterFromSheet,
  sampleFiles,
  type PreviousLoad,
  type RosterLoad,
  type SampleFiles,
} from "../../workbook/merge";
