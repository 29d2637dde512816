/**
 * The merge over files: read each with the fast reader (bounded by its limits), identify and check it
 * with the check engine, accept or reject it, then consolidate and plan the consolidated workbook.
 * One bad file never stops the others: anything unexpected while handling a file becomes a rejection
 * of that file with a Vietnamese reason. Bytes are fetched one file at a time and dropped after
 * reading, so memory holds the figures, not the files. Every file is judged by the one definition of
 * the measure chosen upfront (measure-choice.ts), or by its own until the files agree on one.
 *
 * Policy (stated on the status sheet of every consolidated workbook):
 * - rejected: unreadable; not our template or a version this release cannot read; another campaign;
 *   any error of the template, identification or type checks (a figure we cannot read exactly cannot
 *   be summed exactly); any rule error (part > whole, ...) unless `acceptErrors`;
 * - accepted with warnings: rule warnings, rule errors under `acceptErrors`, macros, a consolidated
 *   workbook whose breakdown cannot be used, duplicates or double counting resolved inside it, peers;
 * - accepted otherwise.
 */
import { localIsoDate } from "../../domain/dates";
import type { Definition } from "../../domain/definition/catalog";
import { campaignForLevel, resolveCampaign, type Campaign } from "../../domain/definition/campaign";
import { PARENT_LEVEL } from "../../domain/definition/levels";
import type { Level } from "../../domain/definition/schema";
import { checkRules, readSubmission, type CheckIssue } from "../../domain/check";
import {
  consolidatedPlan,
  mergeSubmissions,
  type AcceptedFile,
  type Audit,
  type FileReport,
  type MergeResult,
  type MergingUnit,
  type Message,
  type Roster,
} from "../../domain/merge";
import { acceptedFile } from "../../domain/merge/accepted-file";
import type { WorkbookPlan } from "../../domain/layout/plan";
import type { RawWorkbook } from "../../domain/raw";
import type { Result } from "../../domain/errors";
import { CARRIED_TEXT_NAMES, CarriedCatalogs } from "../../domain/definition/carried-definition";
import { acceptsOlder, claimsEarlierVersion } from "../../domain/definition/definition-versions";
import { measureInfo, measureOf, type Measure, type MeasureGroup, type MeasureInfo } from "../../domain/merge/measure";
import { fileSizeError, WorkbookReader, type ReadLimits } from "../../workbook/file/reader";
import {
  chooseMeasure,
  decideMeasure,
  fixedMeasure,
  formHashText,
  formText,
  otherMeasureReason,
  type ChosenMeasure,
  type MeasureChoice,
} from "./measure-choice";
import { keyed } from "../../domain/i18n/message";
import { unitKey } from "../../domain/merge/normalise";
import { problemsOf, type FileProblem } from "../../domain/merge/feedback";
import {
  comparePeriods,
  comparisonSheet,
  withComparison,
  withComparisonSheet,
  type Comparison,
  type PreviousPeriod,
} from "../../domain/merge/previous-period";

export interface MergeFileInput {
  readonly name: string;
  /** The bytes, or a way to get them when their turn comes (a File in the browser, a path in Node). */
  readonly bytes?: Uint8Array;
  readonly read?: () => Promise<Uint8Array>;
  /** The size in bytes when known before reading (a path's stat, a browser File): an oversized file is refused unread. */
  readonly size?: number;
  /** When the file was last modified, in ms since 1970 (a path's stat, a browser File): the day it was received, when the roster does not say. */
  readonly lastModified?: number;
}

/**
 * The officer's choices (MeasureChoice: campaignId — with a shipped id and no definition chosen, the measure is
 * the shipped definition's campaign, otherwise it picks among the measures the files carry; campaign, a whole
 * spec; definition, the one chosen — absent: with a shipped campaign id, the shipped one, otherwise the one the
 * files agree on), and how the merge runs.
 */
export interface MergeFilesOptions extends MeasureChoice {
  /** One of the measures listed when the files disagree (--measure, the page's choice): its id or a prefix of 8+ hex digits. */
  readonly measureId?: string | null;
  /** The consolidating unit; a null level is inferred: the level above most of the files merged. */
  readonly mergingUnit: Omit<MergingUnit, "level"> & { readonly level: Level | null };
  readonly roster?: Roster | null;
  /** Accept files whose only errors are rule errors (part > whole, ...), with a warning. Default false. */
  readonly acceptErrors?: boolean;
  readonly onProgress?: (done: number, total: number, name: string) => void;
  readonly signal?: AbortSignal;
  readonly limits?: Partial<ReadLimits>;
  /** ISO date of the consolidated workbook; default today (local time). */
  readonly today?: string;
  /** Another thread to judge part of the files on, in parallel (the CLI's worker); used when the measure is known upfront. */
  readonly offload?: Offload;
  /** The previous period's register (merge --previous): changes beyond the band are flagged, a comparison sheet added. */
  readonly previous?: PreviousPeriod | null;
}

/**
 * Judges the files of the given indices elsewhere, as judgeFile would here. The merge hands over the
 * last `share(total)` files and judges the others itself meanwhile; verdicts are put back in file
 * order, so the result is the same as judging every file here.
 */
export interface Offload {
  share(total: number): number;
  judge(indices: readonly number[]): Promise<readonly Verdict[]>;
}

export type MergeOutcome =
  | {
      readonly ok: true;
      readonly result: MergeResult;
      readonly plan: WorkbookPlan;
      readonly audit: Audit;
      /** The definition the merge ran against. */
      readonly definition: Definition;
      /** Whether that definition was taken from the files (every file carried it; none was chosen). */
      readonly definitionFromFiles: boolean;
      readonly measure: MeasureInfo;
      readonly problems: FileProblems;
      readonly comparison: Comparison | null;
    }
  | {
      readonly ok: false;
      /** Why nothing was merged; the files judged so far are listed either way. */
      readonly error: Message;
      readonly files: readonly FileReport[];
      readonly cancelled: boolean;
      readonly problems: FileProblems;
      /** When the files do not share one measure and none was chosen: every measure found, the most carried first, for the officer to pick. */
      readonly measures?: readonly MeasureGroup[];
    };

/** The located problems of each file that has some, by the file's index: what is returned to its unit. */
export type FileProblems = ReadonlyMap<number, readonly FileProblem[]>;

const MAX_LISTED = 5;

/** A check issue as a merge reason: the issue's stable id is the reason's code (the CLI's --json lists it). */
const issueReason = (issue: CheckIssue): Message => ({ ...issue.message, code: issue.id });

export function todayIso(now = new Date()): string {
  return localIsoDate(now);
}

function listed(issues: readonly CheckIssue[]): Message[] {
  const out = issues.slice(0, MAX_LISTED).map(issueReason);
  if (issues.length > MAX_LISTED) out.push(keyed("merge.reason.more", { count: issues.length - MAX_LISTED }));
  return out;
}

/**
 * A file's verdict, with the measure the file carries when it could be read that far, and `problems`:
 * what the unit must correct or explain, by cell, for the file returned to it (merge --feedback).
 */
export type Verdict = ({ readonly accepted: AcceptedFile } | { readonly rejected: FileReport }) & {
  readonly measure?: MeasureInfo;
  readonly problems?: readonly FileProblem[];
};

/** What judging needs to know besides the file: the measure as chosen upfront (its definition: the one definition files are judged by), and what judging met so far. */
export interface JudgeState extends ChosenMeasure {
  /** Every measure met among the readable files of this thread, with their files (the choice among them is made at the end). */
  readonly seen: Map<string, { readonly measure: Measure; readonly files: string[] }>;
  readonly carried: CarriedCatalogs;
  /** The merge's own reader: what it remembers from file to file (the template's parts, its names) goes with the merge. */
  readonly reader: WorkbookReader;
}

function rejectedReport(index: number, name: string, reasons: Message[], partial: Partial<FileReport> = {}): FileReport {
  return {
    index,
    name,
    unitCode: null,
    unitName: null,
    level: null,
    kind: null,
    datePrepared: null,
    ...partial,
    status: "rejected",
    reasons,
    unitsCounted: 0,
  };
}

/** One file, start to verdict, against the merge's measure (fixed) or, until the files agree on one, its own. */
function judge(index: number, name: string, bytes: Uint8Array, state: JudgeState, options: JudgeOptions): Verdict {
  // The carried definition's text is read only when its hash is one this merge has not met yet.
  let read = state.reader.readWorkbook(bytes, options.limits, { skipNames: CARRIED_TEXT_NAMES });
  if (read.ok && state.carried.needsText(read.value.workbook)) read = state.reader.readWorkbook(bytes, options.limits);
  if (!read.ok) return { rejected: rejectedReport(index, name, [read.error]) };
  const raw = read.value.workbook;
  const chosen = definitionFor(raw, state);
  if (!chosen.ok) return { rejected: rejectedReport(index, name, [chosen.error]) };
  const readWith = chosen.value.definition;
  const reading = readSubmission(readWith, raw);
  const sub = reading.submission;
  if (!sub || !reading.campaign)
    return { rejected: rejectedReport(index, name, listed(reading.issues.filter((i) => i.severity === "error"))) };

  const id = sub.identification;
  const who: Partial<FileReport> = {
    unitCode: id.unitCode || null,
    unitName: id.unitName || null,
    level: id.level,
    kind: sub.kind,
    datePrepared: id.datePrepared,
  };
  // A workbook this merging unit made (its previous consolidated output left among the inputs) is never read back as input.
  if (sub.kind === "consolidated" && options.ownUnitCode && unitKey(id.unitCode) === unitKey(options.ownUnitCode)) {
    return { rejected: rejectedReport(index, name, [keyed("merge.reject.ownOutput", { code: id.unitCode })], who) };
  }
  // A declared earlier version of the fixed definition is measured by the fixed one: its campaign by id.
  const own =
    chosen.value.older && state.definition ? olderFileMeasure(state.definition, reading.campaign) : measureOf(readWith, reading.campaign);
  if (!own)
    return {
      rejected: rejectedReport(
        index,
        name,
        [
          keyed("merge.reject.campaign", {
            theirs: reading.campaign.title,
            theirsId: reading.campaign.id,
            expected: { vi: state.wanted ?? "", en: state.wanted ?? "" },
            expectedId: state.wanted ?? "",
          }),
        ],
        who,
      ),
    };
  const info = measureInfo(own);
  const reject = (reasons: Message[], problems: readonly FileProblem[] = []): Verdict => ({
    rejected: rejectedReport(index, name, reasons, who),
    measure: info,
    ...(problems.length > 0 ? { problems } : {}),
  });
  if (!state.measure && state.wanted !== null && own.campaign.id !== state.wanted) {
    return reject([
      keyed("merge.reject.campaign", {
        theirs: own.campaign.title,
        theirsId: own.campaign.id,
        expected: { vi: state.wanted, en: state.wanted },
        expectedId: state.wanted,
      }),
    ]);
  }
  // A measure the merge could be chosen by (of the campaign chosen, if one was): counted with its files.
  const seen = state.seen.get(own.id) ?? { measure: own, files: [] };
  seen.files.push(name);
  state.seen.set(own.id, seen);
  if (state.measure && own.id !== state.measure.id) return reject([otherMeasureReason(own, state.measure)]);
  const against = state.measure ?? own;

  const blocking = reading.issues.filter((i) => i.severity === "error");
  // Every file, an earlier version's too, is checked by the rules of the measure's definition.
  const ruleIssues = checkRules(against.catalog, campaignForLevel(against.campaign, sub.identification.level), sub);
  const ruleErrors = ruleIssues.filter((i) => i.severity === "error");
  // Every problem of the file, as Kiểm tra shows it: a file refused for its types still hears of its rule errors.
  const problems = problemsOf([...reading.issues, ...ruleIssues]);
  if (blocking.length > 0) return reject([keyed("merge.reject.templateErrors"), ...listed([...blocking, ...ruleErrors])], problems);

  const warnings: Message[] = [];
  if (ruleErrors.length > 0) {
    if (!options.acceptErrors) return reject([keyed("merge.reject.errors", { count: ruleErrors.length }), ...listed(ruleErrors)], problems);
    warnings.push(keyed("merge.warn.acceptedWithErrors", { count: ruleErrors.length }), ...listed(ruleErrors));
  }
  if (read.value.flags.macros) warnings.push(keyed("merge.warn.macros"));
  if (chosen.value.older)
    warnings.push(keyed("merge.warn.olderDefinition", { theirs: formText(readWith), ours: formText(against.catalog) }));
  warnings.push(...listed([...reading.issues, ...ruleIssues].filter((i) => i.severity === "warning" && !i.explained)));
  return {
    accepted: acceptedFile({
      index,
      name,
      submission: sub,
      names: raw.names,
      catalog: against.catalog,
      campaign: against.campaign,
      warnings,
    }),
    measure: info,
    ...(problems.length > 0 ? { problems } : {}),
  };
}

/** An earlier version's file, measured by the fixed definition: the campaign of the same id there, or null when it has none. */
function olderFileMeasure(fixed: Definition, campaign: Campaign): Measure | null {
  const resolved = resolveCampaign(fixed.campaignDefs, campaign.id);
  return resolved.ok ? measureOf(fixed, resolved.value) : null;
}

/** The options judging a file depends on: what an offloading thread must be given. */
export type JudgeOptions = Pick<MergeFilesOptions, "limits" | "acceptErrors"> & {
  /** The merging unit's code: a consolidated workbook of this unit is its own earlier output, skipped. */
  readonly ownUnitCode?: string;
};

/**
 * The judging state: the measure as far as fixed upfront (measure-choice.ts: chosen once, from `shipped` and
 * the officer's choices), nothing met yet, and the merge's own reader. Otherwise files are judged by their
 * own measure and the choice is made at the end, among the measures found: never by file order.
 */
export function judgeState(
  shipped: Definition,
  campaignId: string | null | undefined,
  definition?: Definition | null,
  campaign?: Campaign | null,
): JudgeState {
  return judging(chooseMeasure(shipped, { campaignId, definition, campaign }));
}

const judging = (chosen: ChosenMeasure): JudgeState => ({
  ...chosen,
  seen: new Map(),
  carried: new CarriedCatalogs(),
  reader: new WorkbookReader(),
});

/**
 * The definition a file is read with: the fixed one (a file of another definition is then rejected
 * for its hash), or an earlier version of it that it accepts (its missing codes not reported); with
 * none fixed, the file's own. A file's own definition never replaces a fixed one.
 */
function definitionFor(raw: RawWorkbook, state: JudgeState): Result<{ readonly definition: Definition; readonly older: boolean }> {
  const carried = state.carried.of(raw);
  if (!carried.ok) return { ok: false, error: carried.error };
  const fixed = state.definition;
  if (!fixed) return { ok: true, value: { definition: carried.value, older: false } };
  if (carried.value.form.hash !== fixed.form.hash && claimsEarlierVersion(fixed, carried.value)) {
    if (acceptsOlder(fixed, carried.value)) return { ok: true, value: { definition: carried.value, older: true } };
    return {
      ok: false,
      error: keyed("merge.reject.undeclaredVersion", { theirs: formHashText(carried.value), ours: formHashText(fixed) }),
    };
  }
  return { ok: true, value: { definition: fixed, older: false } };
}

/** One file, from its size and bytes to its verdict; anything unexpected rejects this file only. */
export async function judgeFile(index: number, file: MergeFileInput, state: JudgeState, options: JudgeOptions): Promise<Verdict> {
  try {
    const tooLarge = file.size === undefined ? null : fileSizeError(file.size, options.limits);
    if (tooLarge) return { rejected: rejectedReport(index, file.name, [tooLarge]) };
    // Held only while judged: the figures are in the verdict, the file itself can go.
    const bytes = file.bytes ?? (file.read ? await file.read() : new Uint8Array(0));
    return judge(index, file.name, bytes, state, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : String(error).slice(0, 120);
    return { rejected: rejectedReport(index, file.name, [keyed("merge.reject.unreadable", { detail })]) };
  }
}

/**
 * The merge. `shipped`: the release's own definition, the one a shipped campaign id is resolved in when no
 * definition is chosen (measure-choice.ts); every file is then judged by the one definition chosen there.
 */
export async function mergeFiles(shipped: Definition, files: readonly MergeFileInput[], options: MergeFilesOptions): Promise<MergeOutcome> {
  const state = judging(chooseMeasure(shipped, options));
  const judgingOptions: JudgeOptions = { ...options, ownUnitCode: options.mergingUnit.code };
  const verdicts = new Map<number, Verdict>();
  const problems = new Map<number, readonly FileProblem[]>();
  const keep = (verdict: Verdict): void => {
    // The day a file was received is known here, not where it is judged (a worker thread judges some).
    const modified = "accepted" in verdict ? files[verdict.accepted.index]?.lastModified : undefined;
    const received: Verdict =
      "accepted" in verdict && modified !== undefined && Number.isFinite(modified)
        ? { ...verdict, accepted: { ...verdict.accepted, received: localIsoDate(new Date(modified)) } }
        : verdict;
    verdicts.set("accepted" in received ? received.accepted.index : received.rejected.index, received);
    if (verdict.problems) problems.set("accepted" in verdict ? verdict.accepted.index : verdict.rejected.index, verdict.problems);
    else problems.delete("accepted" in verdict ? verdict.accepted.index : verdict.rejected.index);
  };
  const rejectedSoFar = (): FileReport[] => [...verdicts.values()].flatMap((v) => ("rejected" in v ? [v.rejected] : []));
  // Only with the measure known upfront: otherwise every file's measure must be seen on this thread.
  const shared =
    options.offload && state.measure ? Math.min(files.length, Math.max(0, Math.floor(options.offload.share(files.length)))) : 0;
  const here = files.length - shared;
  const offloaded = shared > 0 ? options.offload!.judge(Array.from({ length: shared }, (_, i) => here + i)) : null;
  const cancelled = (): MergeOutcome => ({
    ok: false,
    error: keyed("merge.outcome.cancelled"),
    files: rejectedSoFar(),
    cancelled: true,
    problems,
  });
  /** Judges files[from, to) on this thread, in order, with progress; false once cancelled. */
  const judgeHere = async (from: number, to: number): Promise<boolean> => {
    for (let index = from; index < to; index++) {
      if (options.signal?.aborted) return false;
      options.onProgress?.(index, files.length, files[index].name);
      keep(await judgeFile(index, files[index], state, judgingOptions));
    }
    return true;
  };
  if (!(await judgeHere(0, here))) return cancelled();
  if (offloaded) {
    // When the other thread failed as a whole (it could not start, it crashed), its files are judged here.
    const done = await offloaded.catch(() => null);
    if (done && done.length === shared) done.forEach(keep);
    else if (!(await judgeHere(here, files.length))) return cancelled();
  }
  options.onProgress?.(files.length, files.length, "");
  if (options.signal?.aborted) return cancelled();

  const decided = decideMeasure(state, state.seen, options.measureId ?? null);
  if (!decided.ok)
    return {
      ok: false,
      error: decided.error,
      files: rejectedSoFar(),
      cancelled: false,
      problems,
      ...(decided.measures ? { measures: decided.measures } : {}),
    };
  const measure = decided.value;
  if (!state.measure) {
    // Chosen at the end: files of another measure are rejected against it; files of an earlier version it accepts are judged again by it.
    const fixed = judging(fixedMeasure(measure));
    for (const [index, verdict] of verdicts) {
      const theirs = verdict.measure ? state.seen.get(verdict.measure.id)?.measure : undefined;
      if (!theirs || theirs.id === measure.id) continue;
      if (theirs.campaign.id === measure.campaign.id && acceptsOlder(measure.catalog, theirs.catalog))
        keep(await judgeFile(index, files[index], fixed, judgingOptions));
      else keep(rejectedAs(verdict, otherMeasureReason(theirs, measure)));
    }
  }
  const accepted: AcceptedFile[] = [];
  const rejected: FileReport[] = [];
  for (const index of [...verdicts.keys()].sort((a, b) => a - b)) {
    const verdict = verdicts.get(index)!;
    if ("accepted" in verdict) accepted.push(verdict.accepted);
    else rejected.push(verdict.rejected);
  }
  const definition = measure.catalog;
  const mergingUnit: MergingUnit = { ...options.mergingUnit, level: options.mergingUnit.level ?? levelAbove(accepted) };
  const merged = mergeSubmissions({
    catalog: definition,
    campaign: measure.campaign,
    mergingUnit,
    accepted,
    rejected,
    roster: options.roster ?? null,
    acceptErrors: options.acceptErrors ?? false,
  });
  if (merged.leaves.length === 0)
    return { ok: false, error: keyed("merge.outcome.nothing"), files: merged.files, cancelled: false, problems };
  const comparison = options.previous ? comparePeriods(definition, merged, options.previous) : null;
  const result = comparison ? withComparison(merged, comparison) : merged;
  const consolidated = consolidatedPlan(definition, result, options.today ?? todayIso());
  const plan = comparison ? withComparisonSheet(consolidated.plan, comparisonSheet(definition, comparison)) : consolidated.plan;
  return {
    ok: true,
    result,
    plan,
    audit: consolidated.audit,
    definition,
    definitionFromFiles: state.definition === null,
    measure: measureInfo(measure),
    problems,
    comparison,
  };
}

/** A verdict turned into a rejection for the reason given first (the file's own findings kept after it). */
function rejectedAs(verdict: Verdict, reason: Message): Verdict {
  const report = "accepted" in verdict ? null : verdict.rejected;
  const sub = "accepted" in verdict ? verdict.accepted.submission : null;
  const id = sub?.identification;
  const base =
    report ??
    rejectedReport((verdict as { accepted: AcceptedFile }).accepted.index, (verdict as { accepted: AcceptedFile }).accepted.name, [], {
      unitCode: id?.unitCode || null,
      unitName: id?.unitName || null,
      level: id?.level ?? null,
      kind: sub?.kind ?? null,
      datePrepared: id?.datePrepared ?? null,
    });
  return {
    rejected: { ...base, status: "rejected", reasons: [reason], unitsCounted: 0 },
    ...(verdict.measure ? { measure: verdict.measure } : {}),
  };
}

/** The level above the most common level among the files: CĐCS files are merged by a district. */
function levelAbove(accepted: readonly AcceptedFile[]): Level {
  const counts = new Map<Level, number>();
  for (const f of accepted) {
    const level = f.submission.identification.level;
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let common: Level | null = null;
  for (const [level, n] of counts) if (common === null || n > counts.get(common)!) common = level;
  return common ? (PARENT_LEVEL[common] ?? "tw") : "huyen";
}
