/**
 * The merge, as one pure function over files that were read and checked: flatten every accepted file
 * to leaf units, decide which copy of each unit counts, sum, and account for every file and every
 * roster unit. Nothing here reads a file; the pipeline in src/workbook does that and hands us plain data.
 */
import type { Catalog } from "../catalog/load";
import type { Campaign } from "../catalog/campaign";
import type { FigureKey } from "../submission";
import { sourceOf, type FileInput } from "./leaves";
import { withCountedUnits } from "./count-units";
import { dedupe } from "./dedupe";
import { peerOutliers, sumLeaves } from "./consolidate";
import { weightIndexes, withWeightedAverages } from "./weighted-average";
import { completeness, type Roster, type RosterReport } from "./roster";
import { inputFigureKeys } from "./figure-keys";
import { figureLabel } from "./messages";
import { bilingual, keyed } from "../i18n/message";
import type { CellCount, Dropped, FileReport, Leaf, Message, MergingUnit, PeerOutlier, Source } from "./types";

export interface AcceptedFile extends FileInput {
  /** Warnings of the checks, already in message form; they make the file "accepted with warnings". */
  readonly warnings: readonly Message[];
}

export interface MergeRequest {
  readonly catalog: Catalog;
  readonly campaign: Campaign;
  readonly mergingUnit: MergingUnit;
  /** Files that passed reading and checking. */
  readonly accepted: readonly AcceptedFile[];
  /** Files already rejected by the pipeline (unreadable, another campaign, check errors). */
  readonly rejected: readonly FileReport[];
  readonly roster?: Roster | null;
  /** The policy the files were judged by, stated on the status sheet. */
  readonly acceptErrors?: boolean;
}

export interface MergeSummary {
  readonly files: number;
  readonly accepted: number;
  readonly warnings: number;
  readonly rejected: number;
  /** Leaf units summed. */
  readonly units: number;
  readonly duplicates: number;
  readonly doubleCounted: number;
}

export interface MergeResult {
  readonly campaign: Campaign;
  readonly mergingUnit: MergingUnit;
  readonly keys: readonly FigureKey[];
  readonly files: readonly FileReport[];
  readonly leaves: readonly Leaf[];
  readonly dropped: readonly Dropped[];
  readonly figures: ReadonlyMap<FigureKey, number | null>;
  readonly counts: ReadonlyMap<FigureKey, CellCount>;
  readonly outliers: readonly PeerOutlier[];
  readonly roster: RosterReport | null;
  readonly rosterWarnings: readonly Message[];
  readonly summary: MergeSummary;
  readonly acceptErrors: boolean;
}

/** Units of one file warned about by name; the rest are counted in one line. */
const PEER_UNITS_PER_FILE = 5;

const RULE_KEYS = { laterDate: "merge.rule.laterDate", content: "merge.rule.content", fileName: "merge.rule.fileName" } as const;

export function mergeSubmissions(request: MergeRequest): MergeResult {
  const { catalog, campaign } = request;
  const keys = inputFigureKeys(catalog, campaign);
  const weights = weightIndexes(catalog, keys);
  const reports = new Map<number, FileReport>();
  for (const r of request.rejected) reports.set(r.index, r);

  const sources: Source[] = [];
  const notes = new Map<number, Message[]>();
  const note = (index: number, message: Message) => {
    const list = notes.get(index);
    if (list) list.push(message);
    else notes.set(index, [message]);
  };
  const base = (file: AcceptedFile) => {
    const id = file.submission.identification;
    return { index: file.index, name: file.name, unitCode: id.unitCode, unitName: id.unitName, level: id.level, kind: file.submission.kind, datePrepared: id.datePrepared };
  };
  for (const file of request.accepted) {
    // Counted rows (Tổng số CĐCS by sector) come from who merged, never from what a file typed.
    const withCounts = withCountedUnits(catalog, campaign, file.submission);
    for (const field of withCounts.undeclared) note(file.index, keyed("merge.warn.undeclared", { field }));
    const made = sourceOf({ ...file, submission: withCounts.submission }, keys, weights);
    if (!made.ok) {
      reports.set(file.index, { ...base(file), status: "rejected", reasons: [made.problem], unitsCounted: 0 });
      continue;
    }
    sources.push(made.value.source);
    for (const w of [...file.warnings, ...made.value.warnings]) note(file.index, w);
  }

  const deduped = dedupe(sources);
  const totals = sumLeaves(keys, deduped.leaves);
  const figures = withWeightedAverages(catalog, keys, deduped.leaves, totals.figures);
  const { counts } = totals;
  const outliers = peerOutliers(keys, deduped.leaves, campaign.plausibility.peerFactor);

  const counted = new Map<number, number>();
  for (const leaf of deduped.leaves) counted.set(leaf.fileIndex, (counted.get(leaf.fileIndex) ?? 0) + 1);
  const superseded = new Set<number>();
  for (const d of deduped.dropped) {
    const params = { code: d.code, name: d.name, keptFile: d.kept.fileName, keptVia: d.kept.via ? { vi: `qua ${d.kept.via}`, en: `through ${d.kept.via}` } : bilingual("merge.copy.direct"), rule: bilingual(RULE_KEYS[d.rule]) };
    if (d.leaves > 1 || d.dropped.via === null) {
      // A whole file (a unit's own file, or a consolidated workbook) was not counted.
      if (!counted.has(d.dropped.fileIndex)) superseded.add(d.dropped.fileIndex);
      note(d.dropped.fileIndex, keyed(d.kind === "duplicate" ? "merge.file.duplicateOf" : "merge.file.doubleCountedFile", params));
    } else {
      note(d.dropped.fileIndex, keyed("merge.file.leafDoubleCounted", params));
    }
  }
  // One warning per unit (its most extreme figure), with how many others: a list of eight is noise. And
  // a few units per file: a province's workbook may carry thousands (the status sheet counts them all).
  const byUnit = new Map<string, PeerOutlier[]>();
  for (const o of outliers) {
    const id = `${o.code}\u0000${o.fileName}`;
    const list = byUnit.get(id);
    if (list) list.push(o);
    else byUnit.set(id, [o]);
  }
  const fileOf = new Map<string, number>();
  for (const leaf of deduped.leaves) fileOf.set(`${leaf.code}\u0000${leaf.fileName}`, leaf.fileIndex);
  const warnedUnits = new Map<number, number>();
  for (const [id, list] of byUnit) {
    const o = list.reduce((a, b) => (b.value / b.median > a.value / a.median ? b : a));
    const fileIndex = fileOf.get(id);
    if (fileIndex === undefined) continue;
    const warned = (warnedUnits.get(fileIndex) ?? 0) + 1;
    warnedUnits.set(fileIndex, warned);
    if (warned > PEER_UNITS_PER_FILE) continue;
    note(fileIndex, keyed("merge.warn.peer", { code: o.code, name: o.name, figure: figureLabel(catalog, o.key), value: o.value, median: o.median, factor: campaign.plausibility.peerFactor }));
    if (list.length > 1) note(fileIndex, keyed("merge.warn.peerMore", { count: list.length - 1 }));
  }
  for (const [fileIndex, warned] of warnedUnits) if (warned > PEER_UNITS_PER_FILE) note(fileIndex, keyed("merge.warn.peerUnitsMore", { count: warned - PEER_UNITS_PER_FILE }));

  for (const file of request.accepted) {
    if (reports.has(file.index)) continue;
    const reasons = notes.get(file.index) ?? [];
    const units = counted.get(file.index) ?? 0;
    const status = superseded.has(file.index) && units === 0 ? "rejected" : reasons.length > 0 ? "warnings" : "accepted";
    reports.set(file.index, { ...base(file), status, reasons, unitsCounted: units });
  }
  const files = [...reports.values()].sort((a, b) => a.index - b.index);
  const roster = request.roster ? completeness(request.roster, campaign, deduped, files) : null;

  return {
    campaign,
    mergingUnit: request.mergingUnit,
    keys,
    files,
    leaves: deduped.leaves,
    dropped: deduped.dropped,
    figures,
    counts,
    outliers,
    roster,
    rosterWarnings: request.roster?.warnings ?? [],
    acceptErrors: request.acceptErrors ?? false,
    summary: {
      files: files.length,
      accepted: files.filter((f) => f.status === "accepted").length,
      warnings: files.filter((f) => f.status === "warnings").length,
      rejected: files.filter((f) => f.status === "rejected").length,
      units: deduped.leaves.length,
      duplicates: deduped.dropped.filter((d) => d.kind === "duplicate").length,
      doubleCounted: deduped.dropped.filter((d) => d.kind === "doubleCounted").length,
    },
  };
}

