/**
 * The merge, as one pure function over files that were read and checked: flatten every accepted file
 * to leaf units, decide which copy of each unit counts, sum, and account for every file and every
 * roster unit. Nothing here reads a file; the pipeline in src/workbook does that and hands us plain data.
 */
import type { Localized } from "../i18n/message";
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import type { FigureKey } from "../submission";
import { joinWarnings, sourceOf, type FileInput } from "./leaves";
import { withCountedUnits } from "./count-units";
import { dedupe } from "./dedupe";
import { peerOutliers, sumLeaves } from "./consolidate";
import { weightIndexes, withWeightedAverages } from "./weighted-average";
import { unsummedIndexes } from "./not-summed";
import { completeness, type Roster, type RosterReport } from "./roster";
import { counting, registerOnlyLeaves, registerSectors, sectorDiffers, type Counting } from "./register-count";
import { unitKey } from "./normalise";
import { inputFigureKeys } from "./figure-keys";
import { figureColumnLabel, figureLabel } from "./messages";
import { computedCells, consolidateComputed, type PartialRatio } from "./computed-columns";
import { breakdownSheetName } from "./breakdown-sheet";
import { bilingual, keyed, render } from "../i18n/message";
import type { CellCount, Dropped, FileReport, Leaf, Message, MergingUnit, PeerOutlier, Source } from "./types";

export interface AcceptedFile extends FileInput {
  /** Warnings of the checks, already in message form; they make the file "accepted with warnings". */
  readonly warnings: readonly Message[];
}

export interface MergeRequest {
  readonly catalog: Definition;
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
  /**
   * The computed columns' cells (TL = TH / KH, TONG = sum(…)), recomputed from the consolidated cells,
   * a ratio over the units that reported every term (computed-columns.ts); never summed. Empty for a
   * definition without computed columns.
   */
  readonly computed: ReadonlyMap<FigureKey, number | null>;
  readonly counts: ReadonlyMap<FigureKey, CellCount>;
  readonly outliers: readonly PeerOutlier[];
  readonly roster: RosterReport | null;
  readonly rosterWarnings: readonly Message[];
  readonly summary: MergeSummary;
  readonly acceptErrors: boolean;
  /** How "Tổng số CĐCS" was counted: from the register (roster) or from the files received. */
  readonly counting: Counting;
}

const RULE_KEYS = { laterDate: "merge.rule.laterDate", content: "merge.rule.content", fileName: "merge.rule.fileName" } as const;

/** An identification field as the form calls it, without its hint: "Loại hình", not "Loại hình (CĐCS): …" nor "LOAI_HINH". */
function fieldName(catalog: MergeRequest["catalog"], key: string): Localized {
  const label = catalog.identification.find((f) => f.key === key)?.label;
  const short = (text: string) => text.split(/\s*[(:]/)[0];
  return label ? { vi: short(label.vi), en: short(label.en) } : { vi: key, en: key };
}

export function mergeSubmissions(request: MergeRequest): MergeResult {
  const { catalog, campaign } = request;
  const keys = inputFigureKeys(catalog, campaign);
  const weights = weightIndexes(catalog, keys);
  const unsummed = unsummedIndexes(catalog, keys);
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
    return {
      index: file.index,
      name: file.name,
      unitCode: id.unitCode,
      unitName: id.unitName,
      level: id.level,
      kind: file.submission.kind,
      datePrepared: id.datePrepared,
    };
  };
  const sectors = registerSectors(request.roster);
  for (const file of request.accepted) {
    // Counted rows (Tổng số CĐCS by sector) come from who merged, never from what a file typed; the
    // register's sector counts a file that declares none, and the file's wins when both do.
    const registerSector = sectors.get(unitKey(file.submission.identification.unitCode ?? ""));
    const withCounts = withCountedUnits(catalog, campaign, file.submission, registerSector);
    const differs =
      file.submission.identification.level === "cdcs" ? sectorDiffers(file.submission.identification.fields, registerSector) : null;
    if (differs) note(file.index, differs);
    // The field as the form names it ("Loại hình"), never its code.
    const undeclared = withCounts.undeclared.map((field): Message => keyed("merge.warn.undeclared", { field: fieldName(catalog, field) }));
    for (const message of undeclared) note(file.index, message);
    const made = sourceOf(
      { ...file, submission: withCounts.submission, warnings: [...file.warnings, ...undeclared] },
      keys,
      weights,
      unsummed,
    );
    if (!made.ok) {
      reports.set(file.index, { ...base(file), status: "rejected", reasons: [made.error], unitsCounted: 0 });
      continue;
    }
    sources.push(made.value.source);
    for (const w of [...file.warnings, ...made.value.warnings]) note(file.index, w);
  }

  const found = dedupe(sources);
  // The register's CĐCS without a file are counted too (register-count.ts).
  const registerOnly = request.roster
    ? registerOnlyLeaves(
        catalog,
        campaign,
        request.roster,
        completeness(request.roster, campaign, found, [...reports.values()], request.mergingUnit.level),
        keys,
        request.mergingUnit.level,
      )
    : [];
  const deduped = registerOnly.length === 0 ? found : { ...found, leaves: [...found.leaves, ...registerOnly] };
  const totals = sumLeaves(keys, deduped.leaves);
  const figures = withWeightedAverages(catalog, keys, deduped.leaves, totals.figures);
  for (const k of unsummed) figures.set(keys[k], null); // kept per unit in the register, never totalled
  const unsummedKeys = new Set([...unsummed].map((k) => keys[k]));
  const computed = consolidateComputed(computedCells(catalog, campaign), keys, deduped.leaves, figures, unsummedKeys);
  const { counts } = totals;
  const outliers = peerOutliers(keys, deduped.leaves, campaign.plausibility.peerFactor);

  const counted = new Map<number, number>();
  for (const leaf of deduped.leaves) counted.set(leaf.fileIndex, (counted.get(leaf.fileIndex) ?? 0) + 1);
  const superseded = new Set<number>();
  for (const d of deduped.dropped) {
    const params = {
      code: d.code,
      name: d.name,
      keptFile: d.kept.fileName,
      keptVia: d.kept.via ? { vi: `qua ${d.kept.via}`, en: `through ${d.kept.via}` } : bilingual("merge.copy.direct"),
      rule: bilingual(RULE_KEYS[d.rule]),
    };
    if (d.leaves > 1 || d.dropped.via === null) {
      // A whole file (a unit's own file, or a consolidated workbook) was not counted.
      if (!counted.has(d.dropped.fileIndex)) superseded.add(d.dropped.fileIndex);
      note(d.dropped.fileIndex, keyed(d.kind === "duplicate" ? "merge.file.duplicateOf" : "merge.file.doubleCountedFile", params));
    } else {
      note(d.dropped.fileIndex, keyed("merge.file.leafDoubleCounted", params));
    }
  }
  // Every outlier goes into its unit's register row. The file's own lines stay few: a unit's own file
  // names its most extreme figure and counts the others; a consolidated workbook, which may carry
  // thousands of units, gets one line with a count and the most extreme unit as an example.
  const byUnit = new Map<string, PeerOutlier[]>();
  for (const o of outliers) {
    const id = `${o.code}\u0000${o.fileName}`;
    const list = byUnit.get(id);
    if (list) list.push(o);
    else byUnit.set(id, [o]);
  }
  const factor = campaign.plausibility.peerFactor;
  const peerParams = (o: PeerOutlier) => ({
    code: o.code,
    name: o.name,
    figure: figureLabel(catalog, o.key),
    value: o.value,
    median: o.median,
    factor,
  });
  // A unit left out of a ratio for a blank side: its register row says which, in every merge above too.
  const partialByLeaf = new Map<number, PartialRatio[]>();
  for (const p of computed.partial) {
    const list = partialByLeaf.get(p.unit);
    if (list) list.push(p);
    else partialByLeaf.set(p.unit, [p]);
  }
  const partialParams = (p: PartialRatio) => {
    const leaf = deduped.leaves[p.unit];
    const blank = p.blank.map((key) => figureColumnLabel(catalog, key));
    return {
      code: leaf.code,
      name: leaf.name,
      figure: figureLabel(catalog, p.key),
      blank: { vi: blank.map((b) => b.vi).join(", "), en: blank.map((b) => b.en).join(", ") },
    };
  };
  const leaves =
    byUnit.size === 0 && partialByLeaf.size === 0
      ? deduped.leaves
      : deduped.leaves.map((leaf, i) => {
          const list = byUnit.get(`${leaf.code}\u0000${leaf.fileName}`);
          const partial = partialByLeaf.get(i);
          return list || partial
            ? {
                ...leaf,
                warnings: joinWarnings([
                  leaf.warnings,
                  ...(list ?? []).map((o) => render("vi", keyed("merge.register.peer", peerParams(o)))),
                  ...(partial ?? []).map((p) => render("vi", keyed("merge.register.ratioPartial", partialParams(p)))),
                ]),
              }
            : leaf;
        });
  const fileOf = new Map<string, { index: number; container: boolean }>();
  for (const leaf of leaves) fileOf.set(`${leaf.code}\u0000${leaf.fileName}`, { index: leaf.fileIndex, container: leaf.via !== null });
  const inRegister = new Map<number, { units: number; example: PeerOutlier }>();
  for (const [id, list] of byUnit) {
    const o = list.reduce((a, b) => (b.value / b.median > a.value / a.median ? b : a));
    const file = fileOf.get(id);
    if (file === undefined) continue;
    if (file.container) {
      const seen = inRegister.get(file.index);
      if (!seen) inRegister.set(file.index, { units: 1, example: o });
      else
        inRegister.set(file.index, {
          units: seen.units + 1,
          example: o.value / o.median > seen.example.value / seen.example.median ? o : seen.example,
        });
      continue;
    }
    note(file.index, keyed("merge.warn.peer", peerParams(o)));
    if (list.length > 1) note(file.index, keyed("merge.warn.peerMore", { count: list.length - 1 }));
  }
  for (const [fileIndex, { units, example }] of inRegister)
    note(fileIndex, keyed("merge.warn.peerInRegister", { count: units, ...peerParams(example) }));
  // Units left out of a ratio: a unit's own file names the ratio (and counts the others); a
  // consolidated workbook gets one line with a count and an example, its register row the rest.
  const partialInRegister = new Map<number, { units: number; example: PartialRatio }>();
  for (const [i, list] of partialByLeaf) {
    const leaf = deduped.leaves[i];
    if (leaf.via !== null) {
      const seen = partialInRegister.get(leaf.fileIndex);
      partialInRegister.set(leaf.fileIndex, { units: (seen?.units ?? 0) + 1, example: seen?.example ?? list[0] });
      continue;
    }
    note(leaf.fileIndex, keyed("merge.warn.ratioPartial", partialParams(list[0])));
    if (list.length > 1) note(leaf.fileIndex, keyed("merge.warn.ratioPartialMore", { count: list.length - 1 }));
  }
  for (const [fileIndex, { units, example }] of partialInRegister)
    note(
      fileIndex,
      keyed("merge.warn.ratioPartialInRegister", { count: units, ...partialParams(example), register: breakdownSheetName() }),
    );

  for (const file of request.accepted) {
    if (reports.has(file.index)) continue;
    const reasons = notes.get(file.index) ?? [];
    const units = counted.get(file.index) ?? 0;
    const status = superseded.has(file.index) && units === 0 ? "rejected" : reasons.length > 0 ? "warnings" : "accepted";
    reports.set(file.index, { ...base(file), status, reasons, unitsCounted: units });
  }
  const files = [...reports.values()].sort((a, b) => a.index - b.index);
  const roster = request.roster ? completeness(request.roster, campaign, found, files, request.mergingUnit.level) : null;

  return {
    campaign,
    mergingUnit: request.mergingUnit,
    keys,
    files,
    leaves,
    dropped: deduped.dropped,
    figures,
    computed: computed.figures,
    counts,
    outliers,
    roster,
    rosterWarnings: request.roster?.warnings ?? [],
    acceptErrors: request.acceptErrors ?? false,
    counting: counting(leaves, Boolean(request.roster)),
    summary: {
      files: files.length,
      accepted: files.filter((f) => f.status === "accepted").length,
      warnings: files.filter((f) => f.status === "warnings").length,
      rejected: files.filter((f) => f.status === "rejected").length,
      units: leaves.length - registerOnly.length,
      duplicates: deduped.dropped.filter((d) => d.kind === "duplicate").length,
      doubleCounted: deduped.dropped.filter((d) => d.kind === "doubleCounted").length,
    },
  };
}
