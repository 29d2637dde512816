/**
 * The merge over files: read each with the fast reader (bounded by its limits), identify and check it
 * with the check engine, accept or reject it, then consolidate and plan the consolidated workbook.
 * One bad file never stops the others: anything unexpected while handling a file becomes a rejection
 * of that file with a Vietnamese reason. Bytes are fetched one file at a time and dropped after
 * reading, so memory holds the figures, not the files.
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
  breakdownOf,
  consolidatedPlan,
  inputFigureKeys,
  mergeSubmissions,
  textIndexes,
  type AcceptedFile,
  type Audit,
  type FileReport,
  type MergeResult,
  type MergingUnit,
  type Message,
  type Roster,
} from "../../domain/merge";
import type { WorkbookPlan } from "../../domain/layout/plan";
import type { Submission } from "../../domain/submission";
import { CARRIED_TEXT_NAMES, CarriedCatalogs } from "../../domain/definition/carried-definition";
import { acceptsOlder, claimsEarlierVersion } from "../../domain/definition/definition-versions";
import {
  byCount,
  measureByPrefix,
  measureInfo,
  measureOf,
  shortMeasureId,
  type Measure,
  type MeasureGroup,
  type MeasureInfo,
} from "../../domain/merge/measure";
import { fileSizeError, WorkbookReader, type ReadLimits } from "../../workbook/file/reader";
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

export interface MergeFilesOptions {
  /**
   * The campaign id the officer chose (--campaign, the page). With a shipped id and no definition
   * chosen, the measure is the shipped definition's campaign; otherwise it picks among the measures the
   * files carry. Null or absent: the files must all carry one measure.
   */
  readonly campaignId?: string | null;
  /** A whole campaign spec chosen by the officer (--campaign-file): files are judged against it, spec and all. */
  readonly campaign?: Campaign | null;
  /** One of the measures listed when the files disagree (--measure, the page's choice): its id or a prefix of 8+ hex digits. */
  readonly measureId?: string | null;
  /**
   * The definition chosen by the user (--forms, the pane). Absent: with a shipped campaign id, the
   * catalog the merge was given; otherwise the definition the files agree on.
   */
  readonly definition?: Definition | null;
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

/** Which definition the merge ran against, and whether it was taken from the files (none was chosen). */
export interface MergeDefinition {
  readonly catalog: Definition;
  readonly fromFiles: boolean;
}

export type MergeOutcome =
  | {
      readonly ok: true;
      readonly result: MergeResult;
      readonly plan: WorkbookPlan;
      readonly audit: Audit;
      readonly definition: MergeDefinition;
      readonly measure: MeasureInfo;
      readonly problems: FileProblems;
      readonly comparison: Comparison | null;
    }
  | {
      readonly ok: false;
      readonly reason: Message;
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

/** What judging needs to know besides the file. */
export interface JudgeState {
  /** The definition fixed upfront (chosen, or implied by a shipped campaign id); null: each file's own, until the files agree. */
  readonly catalog: Definition | null;
  /** The whole measure when fixed upfront: every file is judged against it as it comes. */
  readonly measure: Measure | null;
  /** The campaign id chosen without the rest of the measure: files naming another are rejected. */
  readonly wanted: string | null;
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

/** Why a file whose measure is not the merge's is rejected: another campaign, the same campaign altered, or another definition. */
function otherMeasureReason(theirs: Measure, ours: Measure): Message {
  if (theirs.campaign.id !== ours.campaign.id)
    return keyed("merge.reject.campaign", {
      theirs: theirs.campaign.title,
      theirsId: theirs.campaign.id,
      expected: ours.campaign.title,
      expectedId: ours.campaign.id,
    });
  if (theirs.catalog.form.hash === ours.catalog.form.hash)
    return keyed("merge.reject.campaignAltered", {
      id: ours.campaign.id,
      theirs: shortMeasureId(theirs.id),
      ours: shortMeasureId(ours.id),
    });
  if (claimsEarlierVersion(ours.catalog, theirs.catalog))
    return keyed("merge.reject.undeclaredVersion", { theirs: formHashText(theirs.catalog), ours: formHashText(ours.catalog) });
  return keyed("merge.reject.otherMeasure", { theirs: formText(theirs.catalog), ours: formText(ours.catalog), id: ours.campaign.id });
}

/** One file, start to verdict, against the merge's measure (fixed) or, until the files agree on one, its own. */
function judge(catalog: Definition, index: number, name: string, bytes: Uint8Array, state: JudgeState, options: JudgeOptions): Verdict {
  // The carried definition's text is read only when its hash is one this merge has not met yet.
  let read = state.reader.readWorkbook(bytes, options.limits, { skipNames: CARRIED_TEXT_NAMES });
  if (read.ok && state.carried.needsText(read.value.workbook)) read = state.reader.readWorkbook(bytes, options.limits);
  if (!read.ok) return { rejected: rejectedReport(index, name, [read.error]) };
  const raw = read.value.workbook;
  const chosen = definitionFor(catalog, raw, state);
  if (!chosen.ok) return { rejected: rejectedReport(index, name, [chosen.message]) };
  const readWith = chosen.catalog;
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
  const own = chosen.older && state.catalog ? olderFileMeasure(state.catalog, reading.campaign) : measureOf(readWith, reading.campaign);
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
  if (chosen.older) warnings.push(keyed("merge.warn.olderDefinition", { theirs: formText(readWith), ours: formText(against.catalog) }));
  warnings.push(...listed([...reading.issues, ...ruleIssues].filter((i) => i.severity === "warning" && !i.explained)));
  // The register's columns are the keys of the definition the merge runs against (as mergeSubmissions lists them), not the caller's default.
  return {
    accepted: { index, name, submission: compact(sub), breakdown: registerOf(raw.names, against.catalog, against.campaign), warnings },
    measure: info,
    ...(problems.length > 0 ? { problems } : {}),
  };
}

/** An earlier version's file, measured by the fixed definition: the campaign of the same id there, or null when it has none. */
function olderFileMeasure(fixed: Definition, campaign: Campaign): Measure | null {
  const resolved = resolveCampaign(fixed.campaignDefs, campaign.id);
  return resolved.ok ? measureOf(fixed, resolved.value) : null;
}

/**
 * What a merge keeps of an accepted file: figures and identification, not the cell references and
 * notes (the merge never shows them). Strings are copied: a string sliced out of a file's XML can keep
 * the whole XML text alive in V8, and a thousand of those is what "memory grows with N" looks like.
 */
/** The register of a consolidated workbook, read by the merge's definition: its keys, and which of them hold text. */
function registerOf(names: Parameters<typeof breakdownOf>[0], catalog: Definition, campaign: Campaign) {
  const keys = inputFigureKeys(catalog, campaign);
  return breakdownOf(names, keys, textIndexes(catalog, keys));
}

function compact(sub: Submission): Submission {
  const id = sub.identification;
  const copy = (text: string): string => (text.length === 0 ? text : (" " + text).slice(1));
  return {
    ...sub,
    templateId: copy(sub.templateId),
    campaignId: copy(sub.campaignId),
    identification: {
      ...id,
      unitName: copy(id.unitName),
      unitCode: copy(id.unitCode),
      parent: "",
      campaignId: copy(id.campaignId),
      period: "",
      preparer: "",
      phone: "",
      head: "",
      datePrepared: id.datePrepared === null ? null : copy(id.datePrepared),
    },
    figures: new Map(sub.figures),
    ...(sub.texts ? { texts: new Map([...sub.texts].map(([key, text]) => [key, (" " + text).slice(1)])) } : {}),
    refs: new Map(),
    notes: new Map(),
  };
}

/** The options judging a file depends on: what an offloading thread must be given. */
export type JudgeOptions = Pick<MergeFilesOptions, "limits" | "acceptErrors"> & {
  /** The merging unit's code: a consolidated workbook of this unit is its own earlier output, skipped. */
  readonly ownUnitCode?: string;
};

/**
 * The judging state. The measure is fixed upfront when both its parts are known: a definition (chosen,
 * or the given catalog for a campaign id it knows, or for a campaign spec) and a campaign (a spec, or
 * the id resolved in that definition). Otherwise files are judged by their own measure and the choice
 * is made at the end, among the measures found: never by file order.
 */
export function judgeState(
  catalog: Definition,
  campaignId: string | null | undefined,
  definition?: Definition | null,
  campaign?: Campaign | null,
): JudgeState {
  const wanted = campaignId?.trim() || campaign?.id || null;
  const shippedId = wanted !== null && resolveCampaign(catalog.campaignDefs, wanted).ok;
  const fixedCatalog = definition ?? (campaign || shippedId ? catalog : null);
  const resolved = !campaign && wanted && fixedCatalog ? resolveCampaign(fixedCatalog.campaignDefs, wanted) : null;
  const fixedCampaign = campaign ?? (resolved?.ok ? resolved.value : null);
  const measure = fixedCatalog && fixedCampaign ? measureOf(fixedCatalog, fixedCampaign) : null;
  return { catalog: fixedCatalog, measure, wanted, seen: new Map(), carried: new CarriedCatalogs(), reader: new WorkbookReader() };
}

const formText = (catalog: Definition): string => `${catalog.form.id} v${catalog.form.version}`;
const formHashText = (catalog: Definition): string => `${formText(catalog)} #${catalog.form.hash.slice(0, 8)}`;

/**
 * The definition a file is read with: the fixed one (a file of another definition is then rejected
 * for its hash), or an earlier version of it that it accepts (its missing codes not reported); with
 * none fixed, the file's own. A file's own definition never replaces a fixed one.
 */
function definitionFor(
  given: Definition,
  raw: Parameters<CarriedCatalogs["of"]>[0],
  state: JudgeState,
): { ok: true; catalog: Definition; older: boolean } | { ok: false; message: Message } {
  const carried = state.carried.of(raw);
  if (!carried.ok) return { ok: false, message: carried.message };
  const fixed = state.catalog;
  if (!fixed) return { ok: true, catalog: carried.catalog, older: false };
  if (carried.catalog.form.hash !== fixed.form.hash && claimsEarlierVersion(fixed, carried.catalog)) {
    if (acceptsOlder(fixed, carried.catalog)) return { ok: true, catalog: carried.catalog, older: true };
    return {
      ok: false,
      message: keyed("merge.reject.undeclaredVersion", { theirs: formHashText(carried.catalog), ours: formHashText(fixed) }),
    };
  }
  return { ok: true, catalog: fixed ?? given, older: false };
}

/** One file, from its size and bytes to its verdict; anything unexpected rejects this file only. */
export async function judgeFile(
  catalog: Definition,
  index: number,
  file: MergeFileInput,
  state: JudgeState,
  options: JudgeOptions,
): Promise<Verdict> {
  try {
    const tooLarge = file.size === undefined ? null : fileSizeError(file.size, options.limits);
    if (tooLarge) return { rejected: rejectedReport(index, file.name, [tooLarge]) };
    // Held only while judged: the figures are in the verdict, the file itself can go.
    const bytes = file.bytes ?? (file.read ? await file.read() : new Uint8Array(0));
    return judge(catalog, index, file.name, bytes, state, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : String(error).slice(0, 120);
    return { rejected: rejectedReport(index, file.name, [keyed("merge.reject.unreadable", { detail })]) };
  }
}

export async function mergeFiles(catalog: Definition, files: readonly MergeFileInput[], options: MergeFilesOptions): Promise<MergeOutcome> {
  const state = judgeState(catalog, options.campaignId, options.definition, options.campaign);
  const judging: JudgeOptions = { ...options, ownUnitCode: options.mergingUnit.code };
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
    reason: keyed("merge.outcome.cancelled"),
    files: rejectedSoFar(),
    cancelled: true,
    problems,
  });
  /** Judges files[from, to) on this thread, in order, with progress; false once cancelled. */
  const judgeHere = async (from: number, to: number): Promise<boolean> => {
    for (let index = from; index < to; index++) {
      if (options.signal?.aborted) return false;
      options.onProgress?.(index, files.length, files[index].name);
      keep(await judgeFile(catalog, index, files[index], state, judging));
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

  const decided = decideMeasure(state, options.measureId ?? null);
  if (!decided.ok)
    return {
      ok: false,
      reason: decided.reason,
      files: rejectedSoFar(),
      cancelled: false,
      problems,
      ...(decided.measures ? { measures: decided.measures } : {}),
    };
  const { measure } = decided;
  if (!state.measure) {
    // Chosen at the end: files of another measure are rejected against it; files of an earlier version it accepts are judged again by it.
    const fixed = judgeState(catalog, null, measure.catalog, measure.campaign);
    for (const [index, verdict] of verdicts) {
      const theirs = verdict.measure ? state.seen.get(verdict.measure.id)?.measure : undefined;
      if (!theirs || theirs.id === measure.id) continue;
      if (theirs.campaign.id === measure.campaign.id && acceptsOlder(measure.catalog, theirs.catalog))
        keep(await judgeFile(catalog, index, files[index], fixed, judging));
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
    return { ok: false, reason: keyed("merge.outcome.nothing"), files: merged.files, cancelled: false, problems };
  const comparison = options.previous ? comparePeriods(definition, merged, options.previous) : null;
  const result = comparison ? withComparison(merged, comparison) : merged;
  const consolidated = consolidatedPlan(definition, result, options.today ?? todayIso());
  const plan = comparison ? withComparisonSheet(consolidated.plan, comparisonSheet(definition, comparison)) : consolidated.plan;
  return {
    ok: true,
    result,
    plan,
    audit: consolidated.audit,
    definition: { catalog: definition, fromFiles: state.catalog === null },
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

type Decision = { ok: true; measure: Measure } | { ok: false; reason: Message; measures?: MeasureGroup[] };

/**
 * The merge's measure: the one fixed upfront; else the one the officer picked among those found; else
 * the one every readable file carries (earlier versions that it accepts counted with it). Several and
 * no choice: the merge stops, listing them, the most carried first. Never "the first file's".
 */
function decideMeasure(state: JudgeState, measureId: string | null): Decision {
  if (state.measure) return { ok: true, measure: state.measure };
  const all = [...state.seen.values()];
  const groups = byCount(all.map((g) => ({ info: measureInfo(g.measure), files: g.files })));
  // A measure whose definition accepts another's as its earlier version, for the same campaign, answers for it.
  const answered = (g: (typeof all)[number]) =>
    all.some(
      (other) =>
        other !== g && other.measure.campaign.id === g.measure.campaign.id && acceptsOlder(other.measure.catalog, g.measure.catalog),
    );
  const tops = all.filter((g) => !answered(g));
  if (measureId !== null) {
    const picked = measureByPrefix(
      all.map((g) => ({ info: measureInfo(g.measure), g })),
      measureId,
    );
    if (!picked) return { ok: false, reason: keyed("merge.outcome.measureNotFound", { id: measureId }), measures: groups };
    return { ok: true, measure: picked.g.measure };
  }
  if (tops.length === 1) return { ok: true, measure: tops[0]!.measure };
  if (tops.length === 0) return { ok: false, reason: keyed("merge.outcome.noCampaign") };
  return { ok: false, reason: keyed("merge.outcome.measuresDisagree", { count: tops.length }), measures: groups };
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
