/**
 * A submission as the domain sees it, whatever file or workbook it came from: who sent it, for which
 * campaign, the figures by code and column, and the notes. Built from a RawWorkbook by the check
 * engine's reader (`check/read-submission.ts`); consumed by the checks and the merge.
 */
import type { CellRef } from "./raw";
import type { ColumnId, Level } from "./definition/schema";

/** "DV_TONG@end": one reported figure. */
export type FigureKey = `${string}@${ColumnId}`;
export const figureKey = (code: string, column: ColumnId): FigureKey => `${code}@${column}`;
export function splitFigureKey(key: FigureKey): { code: string; column: ColumnId } {
  const at = key.lastIndexOf("@");
  return { code: key.slice(0, at), column: key.slice(at + 1) as ColumnId };
}

export interface Identification {
  readonly unitName: string;
  readonly unitCode: string;
  /** null when the cell held something that is not one of the level codes or labels. */
  readonly level: Level | null;
  readonly parent: string;
  readonly campaignId: string;
  readonly period: string;
  readonly preparer: string;
  readonly phone: string;
  /** ISO date (YYYY-MM-DD), or null when blank or not a date. */
  readonly datePrepared: string | null;
  readonly head: string;
  /** The identification fields read that have no property above (LOAI_HINH), by key: what a count filter looks at. */
  readonly fields?: ReadonlyMap<string, string>;
}

export interface Submission {
  readonly templateId: string;
  readonly templateVersion: number;
  readonly campaignId: string;
  /** "consolidated" when written by a merge: it then carries the units it contains. */
  readonly kind: "submission" | "consolidated";
  readonly identification: Identification;
  /**
   * Input figures only (computed cells are recomputed, never read as figures). A key that is absent
   * or null is "not reported": a blank is never a zero. Values are exactly what the cell held.
   */
  readonly figures: ReadonlyMap<FigureKey, number | null>;
  /** Text rows' values by key (only non-blank ones); absent on forms without text rows. Never summed. */
  readonly texts?: ReadonlyMap<FigureKey, string>;
  /** Where each figure sits, for "one click from its cell". */
  readonly refs: ReadonlyMap<FigureKey, CellRef>;
  /** Ghi chú text by row code (only non-empty notes). */
  readonly notes: ReadonlyMap<string, string>;
}
