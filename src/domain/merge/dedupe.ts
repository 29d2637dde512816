/**
 * Which copy of a unit counts. The rule, in order: the later preparation date (a unit that sends a
 * corrected file dates it later); then the content hash, so that two copies with the same date are
 * decided by what they contain and never by the order the files were dropped in; then the file name,
 * only to make the display deterministic when the copies are identical.
 *
 * Three passes:
 * 1. The same unit sent more than once (as files): keep one file, the others are duplicates.
 * 2. A unit that sent its own figures and is also present as a consolidated workbook of its own:
 *    one representation counts, the other is double counting.
 * 3. The same leaf unit reached through different files (directly and inside a district's
 *    consolidated workbook, or inside two of them): counted once, the others are double counting.
 */
import type { Dropped, Leaf, Source } from "./types";

interface Rankable {
  readonly datePrepared: string | null;
  readonly hash: string;
  readonly fileName: string;
  readonly fileIndex: number;
  readonly via?: string | null;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** > 0 when `a` is the copy to keep. */
export function preferred(a: Rankable, b: Rankable): number {
  if (a.datePrepared !== b.datePrepared) {
    if (a.datePrepared === null) return -1;
    if (b.datePrepared === null) return 1;
    return cmp(a.datePrepared, b.datePrepared);
  }
  if (a.hash !== b.hash) return cmp(a.hash, b.hash);
  if (a.fileName !== b.fileName) return cmp(b.fileName, a.fileName);
  const via = cmp(b.via ?? "", a.via ?? "");
  if (via !== 0) return via;
  return b.fileIndex - a.fileIndex;
}

export function ruleBetween(kept: Rankable, dropped: Rankable): Dropped["rule"] {
  if (kept.datePrepared !== dropped.datePrepared) return "laterDate";
  if (kept.hash !== dropped.hash) return "content";
  return "fileName";
}

function best<T extends Rankable>(items: readonly T[]): T {
  return items.reduce((a, b) => (preferred(a, b) >= 0 ? a : b));
}

const where = (x: Rankable & { readonly datePrepared: string | null }) => ({
  fileIndex: x.fileIndex,
  fileName: x.fileName,
  via: x.via ?? null,
  datePrepared: x.datePrepared,
});

function drop(kind: Dropped["kind"], dropped: Rankable & { code: string; name: string }, kept: Rankable, leaves: number): Dropped {
  return {
    kind,
    code: dropped.code,
    name: dropped.name,
    dropped: where(dropped),
    kept: where(kept),
    rule: ruleBetween(kept, dropped),
    leaves,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface Deduped {
  /** The leaves that are summed, one per unit, sorted by code. */
  readonly leaves: readonly Leaf[];
  readonly dropped: readonly Dropped[];
  /** The sources (files) that still count, whole or in part. */
  readonly sources: readonly Source[];
}

export function dedupe(sources: readonly Source[]): Deduped {
  const dropped: Dropped[] = [];

  // 1. The same unit as several files.
  const kept: Source[] = [];
  for (const group of groupBy(sources, (s) => s.key).values()) {
    const keep = best(group);
    kept.push(keep);
    for (const other of group) if (other !== keep) dropped.push(drop("duplicate", other, keep, other.leaves.length));
  }
  kept.sort((a, b) => cmp(a.key, b.key) || a.fileIndex - b.fileIndex);

  // 2. A unit's own figures against its own consolidated workbook.
  const droppedLeaves = new Set<Leaf>();
  const droppedSources = new Set<Source>();
  for (const container of kept.filter((s) => s.kind === "container")) {
    if (droppedSources.has(container)) continue;
    const rivals = kept
      .filter((s) => s !== container && !droppedSources.has(s))
      .flatMap((s) => s.leaves.filter((l) => l.key === container.key && !droppedLeaves.has(l)));
    if (rivals.length === 0) continue;
    const winner = best<Rankable>([container, ...rivals]);
    if (winner === container) {
      for (const leaf of rivals) {
        droppedLeaves.add(leaf);
        dropped.push(drop("doubleCounted", leaf, container, 1));
      }
    } else {
      droppedSources.add(container);
      dropped.push(drop("doubleCounted", container, winner, container.leaves.length));
    }
  }

  // 3. The same leaf through different files.
  const candidates = kept.filter((s) => !droppedSources.has(s)).flatMap((s) => s.leaves.filter((l) => !droppedLeaves.has(l)));
  const leaves: Leaf[] = [];
  for (const group of groupBy(candidates, (l) => l.key).values()) {
    const keep = best(group);
    leaves.push(keep);
    for (const other of group) {
      if (other === keep) continue;
      const sameFile = other.fileIndex === keep.fileIndex && other.via === keep.via;
      dropped.push(drop(sameFile ? "duplicate" : "doubleCounted", other, keep, 1));
    }
  }
  leaves.sort((a, b) => cmp(a.key, b.key) || preferred(b, a));
  dropped.sort((a, b) => cmp(a.code, b.code) || a.dropped.fileIndex - b.dropped.fileIndex || cmp(a.dropped.via ?? "", b.dropped.via ?? ""));
  return { leaves, dropped, sources: kept.filter((s) => !droppedSources.has(s)) };
}
