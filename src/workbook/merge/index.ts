/** The merge over .xlsx files (browser worker and Node): read, check, accept or reject, consolidate, plan. */
export { mergeFiles, todayIso, type MergeFileInput, type MergeFilesOptions, type MergeOutcome } from "./merge-files";
export { loadRoster, type RosterLoad } from "./roster-file";
export { sampleFiles, type SampleFiles } from "./sample-files";
