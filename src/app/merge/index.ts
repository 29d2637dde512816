/**
 * The merge, as the CLI, the CLI's worker thread, the page's Web Worker and the page's own thread use it:
 * read, check and judge each file, decide the officer's measure, consolidate and plan the workbook. The
 * one surface of the merge's orchestration: callers import from here, never from the files behind it.
 */
export {
  judgeFile,
  judgeState,
  mergeFiles,
  todayIso,
  type JudgeOptions,
  type MergeFileInput,
  type MergeDefinition,
  type MergeFilesOptions,
  type MergeOutcome,
  type Offload,
  type Verdict,
  type FileProblems,
} from "./merge-files";
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
