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
import type { Catalog } from "../../domain/definition/catalog";
import { campaignForLevel, resolveCampaign, type Campaign } from "../../domain/definition/campaign";
import { PARENT_LEVEL } from "../../domain/definition/levels";
import type { Level } from "../../domain/definition/schema";
import { checkRules, readSubmission, type CheckIssue } from "../../domain/check";
import { breakdownOf, consolidatedPlan, inputFigureKeys, mergeSubmissions, textIndexes, type AcceptedFile, type Audit, type FileReport, type MergeResult, type MergingUnit, type Message, type Roster } from "../../domain/merge";
import type { WorkbookPlan } from "../../domain/layout/plan";
import type { Submission } from "../../domain/submission";
import { CARRIED_TEXT_NAMES, CarriedCatalogs } from "../../domain/definition/carried-definition";
import { olderSubsetOf } from "../../domain/definition/definition-versions";
import { fileSizeError, WorkbookReader, type ReadLimits } from "../file/reader";
import { keyed } from "../../domain/i18n/message";

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
  /** The campaign to merge; null or absent: the campaign of the first readable file. */
  readonly campaignId?: string | null;
  /**
   * The definition chosen by the user (--forms, the pane). Absent: with a campaign id, the catalog the
   * merge was given; with neither, the definition all files share (the merge does not start when they differ).
   */
  readonly definition?: Catalog | null;
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
  /** Another thread to judge part of the files on, in parallel (the CLI's worker); used when the campaign is known upfront. */
  readonly offload?: Offload;
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
  readonly catalog: Catalog;
  readonly fromFiles: boolean;
}

export type MergeOutcome =
  | { readonly ok: true; readonly result: MergeResult; readonly plan: WorkbookPlan; readonly audit: Audit; readonly definition: MergeDefinition }
  | { readonly ok: false; readonly reason: Message; readonly files: readonly FileReport[]; readonly cancelled: boolean };

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

export type Verdict = { readonly accepted: AcceptedFile } | { readonly rejected: FileReport };

/** What judging needs to know besides the file: the campaign, fixed by the caller or adopted from the first readable file. */
export interface JudgeState {
  campaign: Campaign | null;
  readonly wanted: string | null;
  /** The definition files are judged by; null until adopted from the first file that carries a usable one. */
  catalog: Catalog | null;
  /** Adopting: every definition seen, by hash, with the files that carry it. */
  readonly seen: Map<string, { readonly label: string; readonly files: string[] }> | null;
  readonly carried: CarriedCatalogs;
  /** The merge's own reader: what it remembers from file to file (the template's parts, its names) goes with the merge. */
  readonly reader: WorkbookReader;
}

function rejectedReport(index: number, name: string, reasons: Message[], partial: Partial<FileReport> = {}): FileReport {
  return { index, name, unitCode: null, unitName: null, level: null, kind: null, datePrepared: null, ...partial, status: "rejected", reasons, unitsCounted: 0 };
}

/** One file, start to verdict. `campaign` is fixed by the caller or adopted from the first readable file. */
function judge(catalog: Catalog, index: number, name: string, bytes: Uint8Array, state: JudgeState, options: JudgeOptions): Verdict {
  // The carried definition's text is read only when its hash is one this merge has not met yet.
  let read = state.reader.readWorkbook(bytes, options.limits, { skipNames: CARRIED_TEXT_NAMES });
  if (read.ok && state.carried.needsText(read.value.workbook)) read = state.reader.readWorkbook(bytes, options.limits);
  if (!read.ok) return { rejected: rejectedReport(index, name, [read.error]) };
  const raw = read.value.workbook;
  const chosen = definitionFor(catalog, raw, name, state);
  if (!chosen.ok) return { rejected: rejectedReport(index, name, [chosen.message]) };
  const readWith = chosen.catalog;
  const reading = readSubmission(readWith, raw);
  const sub = reading.submission;
  if (!sub || !reading.campaign) return { rejected: rejectedReport(index, name, listed(reading.issues.filter((i) => i.severity === "error"))) };

  const id = sub.identification;
  const who: Partial<FileReport> = { unitCode: id.unitCode || null, unitName: id.unitName || null, level: id.level, kind: sub.kind, datePrepared: id.datePrepared };
  if (!state.campaign && (state.wanted === null || reading.campaign.id === state.wanted)) state.campaign = reading.campaign;
  const campaign = state.campaign;
  if (!campaign || reading.campaign.id !== campaign.id) {
    const expected = campaign ? { title: campaign.title, id: campaign.id } : { title: { vi: state.wanted ?? "", en: state.wanted ?? "" }, id: state.wanted ?? "" };
    return {
      rejected: rejectedReport(index, name, [keyed("merge.reject.campaign", { theirs: reading.campaign.title, theirsId: reading.campaign.id, expected: expected.title, expectedId: expected.id })], who),
    };
  }

  const blocking = reading.issues.filter((i) => i.severity === "error");
  if (blocking.length > 0) return { rejected: rejectedReport(index, name, [keyed("merge.reject.templateErrors"), ...listed(blocking)], who) };

  const ruleIssues = checkRules(readWith, campaignForLevel(campaign, sub.identification.level), sub);
  const ruleErrors = ruleIssues.filter((i) => i.severity === "error");
  const warnings: Message[] = [];
  if (ruleErrors.length > 0) {
    if (!options.acceptErrors) return { rejected: rejectedReport(index, name, [keyed("merge.reject.errors", { count: ruleErrors.length }), ...listed(ruleErrors)], who) };
    warnings.push(keyed("merge.warn.acceptedWithErrors", { count: ruleErrors.length }), ...listed(ruleErrors));
  }
  if (read.value.flags.macros) warnings.push(keyed("merge.warn.macros"));
  if (chosen.older) warnings.push(keyed("merge.warn.olderDefinition", { theirs: formText(readWith), ours: formText(state.catalog ?? catalog) }));
  warnings.push(...listed([...reading.issues, ...ruleIssues].filter((i) => i.severity === "warning" && !i.explained)));
  // The register's columns are the keys of the definition the merge runs against (as mergeSubmissions lists them), not the caller's default.
  return { accepted: { index, name, submission: compact(sub), breakdown: registerOf(raw.names, state.catalog ?? catalog, campaign), warnings } };
}

/**
 * What a merge keeps of an accepted file: figures and identification, not the cell references and
 * notes (the merge never shows them). Strings are copied: a string sliced out of a file's XML can keep
 * the whole XML text alive in V8, and a thousand of those is what "memory grows with N" looks like.
 */
/** The register of a consolidated workbook, read by the merge's definition: its keys, and which of them hold text. */
function registerOf(names: Parameters<typeof breakdownOf>[0], catalog: Catalog, campaign: Campaign) {
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
    identification: { ...id, unitName: copy(id.unitName), unitCode: copy(id.unitCode), parent: "", campaignId: copy(id.campaignId), period: "", preparer: "", phone: "", head: "", datePrepared: id.datePrepared === null ? null : copy(id.datePrepared) },
    figures: new Map(sub.figures),
    ...(sub.texts ? { texts: new Map([...sub.texts].map(([key, text]) => [key, (" " + text).slice(1)])) } : {}),
    refs: new Map(),
    notes: new Map(),
  };
}

/** The options judging a file depends on: what an offloading thread must be given. */
export type JudgeOptions = Pick<MergeFilesOptions, "limits" | "acceptErrors">;

/**
 * The judging state. A chosen definition, or a campaign id (then the given catalog), fixes the
 * definition now; with neither it is adopted from the files. A campaign of the definition is fixed
 * now; a custom one is adopted from the first file that carries it.
 */
export function judgeState(catalog: Catalog, campaignId: string | null | undefined, definition?: Catalog | null): JudgeState {
  const wanted = campaignId?.trim() || null;
  const fixed = definition ?? (wanted ? catalog : null);
  const resolved = wanted && fixed ? resolveCampaign(fixed.campaignDefs, wanted) : null;
  return { campaign: resolved?.ok ? resolved.value : null, wanted, catalog: fixed, seen: fixed ? null : new Map(), carried: new CarriedCatalogs(), reader: new WorkbookReader() };
}

const formText = (catalog: Catalog): string => `${catalog.form.id} v${catalog.form.version}`;

/**
 * The definition a file is read with: the merge's own (fixed, or adopted from the first file that
 * carries a usable one), or the file's when it is an older version of it whose codes are a subset
 * (its missing codes are then not reported). Any other file is read with the merge's definition,
 * which rejects it for its hash. A file's own definition never replaces a chosen one.
 */
function definitionFor(given: Catalog, raw: Parameters<CarriedCatalogs["of"]>[0], name: string, state: JudgeState): { ok: true; catalog: Catalog; older: boolean } | { ok: false; message: Message } {
  const carried = state.carried.of(raw);
  if (state.seen && carried.ok) {
    const { hash } = carried.catalog.form;
    const entry = state.seen.get(hash) ?? { label: `${formText(carried.catalog)} #${hash.slice(0, 8)}`, files: [] };
    entry.files.push(name);
    state.seen.set(hash, entry);
    state.catalog ??= carried.catalog;
  }
  const own = state.catalog ?? given;
  if (!carried.ok) return { ok: false, message: carried.message };
  if (carried.catalog.form.hash !== own.form.hash && olderSubsetOf(carried.catalog, own)) return { ok: true, catalog: carried.catalog, older: true };
  return { ok: true, catalog: own, older: false };
}

/** One file, from its size and bytes to its verdict; anything unexpected rejects this file only. */
export async function judgeFile(catalog: Catalog, index: number, file: MergeFileInput, state: JudgeState, options: JudgeOptions): Promise<Verdict> {
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

export async function mergeFiles(catalog: Catalog, files: readonly MergeFileInput[], options: MergeFilesOptions): Promise<MergeOutcome> {
  const state = judgeState(catalog, options.campaignId, options.definition);
  const accepted: AcceptedFile[] = [];
  const rejected: FileReport[] = [];
  const keep = (verdict: Verdict): void => {
    // The day a file was received is known here, not where it is judged (a worker thread judges some).
    const modified = "accepted" in verdict ? files[verdict.accepted.index]?.lastModified : undefined;
    if ("accepted" in verdict) accepted.push(modified !== undefined && Number.isFinite(modified) ? { ...verdict.accepted, received: localIsoDate(new Date(modified)) } : verdict.accepted);
    else rejected.push(verdict.rejected);
  };
  // Only with the campaign known upfront: adopting it from "the first readable file" needs one order.
  const shared = options.offload && state.campaign ? Math.min(files.length, Math.max(0, Math.floor(options.offload.share(files.length)))) : 0;
  const here = files.length - shared;
  const offloaded = shared > 0 ? options.offload!.judge(Array.from({ length: shared }, (_, i) => here + i)) : null;
  const cancelled = (): MergeOutcome => ({ ok: false, reason: keyed("merge.outcome.cancelled"), files: rejected, cancelled: true });
  /** Judges files[from, to) on this thread, in order, with progress; false once cancelled. */
  const judgeHere = async (from: number, to: number): Promise<boolean> => {
    for (let index = from; index < to; index++) {
      if (options.signal?.aborted) return false;
      options.onProgress?.(index, files.length, files[index].name);
      keep(await judgeFile(catalog, index, files[index], state, options));
    }
    return true;
  };
  if (!(await judgeHere(0, here))) return cancelled();
  if (offloaded) {
    // When the other thread failed as a whole (it could not start, it crashed), its files are judged here.
    const verdicts = await offloaded.catch(() => null);
    if (verdicts && verdicts.length === shared) verdicts.forEach(keep);
    else if (!(await judgeHere(here, files.length))) return cancelled();
  }
  options.onProgress?.(files.length, files.length, "");
  if (options.signal?.aborted) return cancelled();
  const disagreement = definitionsDisagree(state);
  if (disagreement) return { ok: false, reason: disagreement, files: rejected, cancelled: false };
  if (!state.campaign) return { ok: false, reason: keyed("merge.outcome.noCampaign"), files: rejected, cancelled: false };
  const definition = state.catalog ?? catalog;
  const mergingUnit: MergingUnit = { ...options.mergingUnit, level: options.mergingUnit.level ?? levelAbove(accepted) };
  const result = mergeSubmissions({ catalog: definition, campaign: state.campaign, mergingUnit, accepted, rejected, roster: options.roster ?? null, acceptErrors: options.acceptErrors ?? false });
  if (result.leaves.length === 0) return { ok: false, reason: keyed("merge.outcome.nothing"), files: result.files, cancelled: false };
  const { plan, audit } = consolidatedPlan(definition, result, options.today ?? todayIso());
  return { ok: true, result, plan, audit, definition: { catalog: definition, fromFiles: state.seen !== null } };
}

/** With no definition chosen, files that carry different ones stop the merge: which files carry which. */
function definitionsDisagree(state: JudgeState): Message | null {
  if (!state.seen || state.seen.size < 2) return null;
  const groups = [...state.seen.values()].map((g) => `${g.label}: ${g.files.slice(0, MAX_LISTED).join(", ")}${g.files.length > MAX_LISTED ? ` (+${g.files.length - MAX_LISTED})` : ""}`);
  return keyed("merge.outcome.definitionsDisagree", { groups: groups.join("; ") });
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
