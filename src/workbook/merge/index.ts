/** The merge's files (browser worker and Node): rosters and the previous period read from files, the sample district written as files. The merge itself is src/app/merge. */
export { loadRoster, rosterFromSheet, type RosterLoad } from "./roster-file";
export { loadPrevious, type PreviousLoad } from "./previous-file";
export { sampleFiles, type SampleFiles } from "./sample-files";
