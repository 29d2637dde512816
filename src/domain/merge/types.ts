/**
 * The plain data a merge produces. Messages are of the one model (i18n/message: code, key, params),
 * not text, so the task pane, the CLI and the workbook each show them in their own language.
 */
import type { Level } from "../definition/schema";
import type { FigureKey } from "../submission";
import type { Message } from "../i18n/message";
import type { FigureRow } from "./figure-row";

export type { Message, MessageParam } from "../i18n/message";

export type FileStatus = "accepted" | "warnings" | "rejected";

/** Every input file ends with one of these, whatever happened to it. */
export interface FileReport {
  /** Position in the list the user gave, for a stable display order. */
  readonly index: number;
  readonly name: string;
  readonly unitCode: string | null;
  readonly unitName: string | null;
  readonly level: Level | null;
  readonly kind: "submission" | "consolidated" | null;
  readonly datePrepared: string | null;
  readonly status: FileStatus;
  /** Why rejected, or what to look at when accepted with warnings. */
  readonly reasons: readonly Message[];
  /** Units this file contributed to the consolidated figures (0 when rejected or superseded). */
  readonly unitsCounted: number;
}

/** The unit doing the merge: the consolidated workbook is identified as this unit. */
export interface MergingUnit {
  readonly code: string;
  readonly name: string;
  readonly level: Level;
  /** "Công đoàn cấp trên" of the consolidated workbook (merge --parent, the pane); absent: left for the officer to write. */
  readonly parent?: string;
}

/**
 * One unit whose own figures are summed: a CĐCS, or an upper-level unit that filled its own figures.
 * A consolidated workbook is not a leaf: its leaves are the rows of its breakdown.
 */
/** A unit as a breakdown row states it (and as a leaf carries it). */
export interface BreakdownRow {
  readonly code: string;
  readonly name: string;
  readonly level: Level | null;
  /** The consolidated workbooks it came through, outermost first ("LDLD_TINH › LDLD_HUYEN"); null when sent directly. */
  readonly via: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  readonly datePrepared: string | null;
  /** The figures in the merge's key order, NaN where left blank (figure-row.ts). */
  readonly figures: FigureRow;
  /** Text rows' values by key index: a side store, absent when the unit reported no text (every numeric form). */
  readonly texts?: ReadonlyMap<number, string>;
  /**
   * What the unit was warned about, as its register row says it (Vietnamese text, " | " between
   * warnings, "" for none): its own check warnings and the peer outliers of every merge it went through.
   */
  readonly warnings: string;
}

export interface Leaf extends BreakdownRow {
  /** unitKey(code): the identity used to find duplicates. */
  readonly key: string;
  readonly hash: string;
  readonly fileIndex: number;
  readonly fileName: string;
}

/** What one accepted file brings: a single leaf, or a consolidated workbook's leaves. */
export interface Source {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly level: Level | null;
  readonly datePrepared: string | null;
  readonly hash: string;
  readonly fileIndex: number;
  readonly fileName: string;
  readonly kind: "leaf" | "container";
  readonly leaves: readonly Leaf[];
  /** ISO day the file was received (its modification time), when known. */
  readonly received?: string;
}

export type DropKind = "duplicate" | "doubleCounted";

/** A copy that was not counted, and the copy that was. */
export interface Dropped {
  readonly kind: DropKind;
  /** The unit code and name of what was dropped. */
  readonly code: string;
  readonly name: string;
  readonly dropped: {
    readonly fileIndex: number;
    readonly fileName: string;
    readonly via: string | null;
    readonly datePrepared: string | null;
  };
  readonly kept: {
    readonly fileIndex: number;
    readonly fileName: string;
    readonly via: string | null;
    readonly datePrepared: string | null;
  };
  /** How the kept copy was chosen. */
  readonly rule: "laterDate" | "content" | "fileName";
  /** Leaves not counted because of this drop (1 for a leaf, n for a consolidated workbook). */
  readonly leaves: number;
}

export interface CellCount {
  readonly reported: number;
  readonly blank: number;
}

export interface PeerOutlier {
  readonly key: FigureKey;
  readonly code: string;
  readonly name: string;
  readonly fileName: string;
  readonly value: number;
  readonly median: number;
}
