/** The merge over .xlsx files (browser worker and Node): read, check, accept or reject, consolidate, plan. */
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
export { loadRoster, rosterFromSheet, type RosterLoad } from "./roster-file";
export { loadPrevious, type PreviousLoad } from "./previous-file";
export { sampleFiles, type SampleFiles } from "./sample-files";
export { surveyMeasures, type SurveyOptions } from "./survey";
