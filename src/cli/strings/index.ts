/**
 * The CLI's strings: the domain's tables and the commands' own, through the one lookup
 * (domain/i18n/strings). Commands import `t` from here, never a table.
 */
import { withTables } from "../../domain/i18n/strings";
import { checkCli } from "./check";
import { cliMain } from "./cli";
import { formsCli } from "./forms";
import { formsImportCli } from "./forms-import";
import { mergeCli } from "./merge";
import { outputCli } from "./output";
import { mergeMeasureCli } from "./merge-measure";
import { loopCli } from "./loop";
import { templatesCli } from "./templates";
import { mergeDateCli } from "./merge-date";

const cli = withTables([
  cliMain,
  templatesCli,
  checkCli,
  mergeCli,
  formsCli,
  formsImportCli,
  mergeDateCli,
  outputCli,
  mergeMeasureCli,
  loopCli,
] as const);

export { LANGS, type Lang } from "../../domain/i18n/strings";
export type CliKey = Parameters<typeof cli.t>[1];
export const { t, render, message, keyed, inBothLanguages } = cli;
/** Every key the CLI can show, for the completeness tests. */
export const allCliKeys = cli.allKeys;
