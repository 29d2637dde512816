/**
 * Messages between the Merge view and its Web Worker. Files travel as File objects (structured
 * clone passes a handle, not the bytes): the worker reads each one when its turn comes, so the page
 * never holds a hundred files in memory and never blocks while they are read.
 */
import type { Level } from "../../domain/definition/schema";
import type { DefinitionModel } from "../../domain/definition";
import type { FileReport, Message, Roster } from "../../domain/merge";
import type { MergeOutcome } from "../../app/merge";
import type { MeasureGroup } from "../../domain/merge/measure";

export interface MergeJobOptions {
  /** The campaign chosen in the pane; null: the files must agree on one measure (or one is picked, measureId). */
  readonly campaignId: string | null;
  /** The measure the officer picked among those the files carry; null: none picked. */
  readonly measureId?: string | null;
  readonly mergingUnit: { readonly code: string; readonly name: string; readonly level: Level | null; readonly parent?: string };
  readonly acceptErrors: boolean;
  readonly today: string;
  /** Standalone: also write the .xlsx in the worker, for download. */
  readonly writeXlsx: boolean;
  /** The definition chosen in the pane (its model, rebuilt in the worker); null: as the campaign or the files say. */
  readonly definition: DefinitionModel | null;
}

/** A roster file, read in the worker; or a roster already read from a sheet of the open workbook (Excel), or why that sheet could not be used. */
export type RosterSource = { readonly file: File } | { readonly roster: Roster } | { readonly problem: Message };

export type WorkerRequest =
  | {
      readonly type: "merge";
      readonly files: readonly File[];
      readonly roster: RosterSource | null;
      readonly options: MergeJobOptions;
      readonly previous?: File | null;
    }
  /** The sample district: generated in the worker, then merged like any files. */
  | { readonly type: "sample"; readonly options: MergeJobOptions }
  /** Which measures the files carry, before a merge: shown, or picked from when they differ. */
  | { readonly type: "survey"; readonly files: readonly File[]; readonly definition: DefinitionModel | null };

/** What the merge is doing, as the view names it: đọc tệp, kiểm tra, tổng hợp, ghi tệp. */
export type MergeStage = "read" | "check" | "merge" | "write";
export const MERGE_STAGES: readonly MergeStage[] = ["read", "check", "merge", "write"];

export type WorkerResponse =
  /** done: files judged so far; name: the file being read or checked ("" once every file is judged). */
  | { readonly type: "progress"; readonly stage: MergeStage; readonly done: number; readonly total: number; readonly name: string }
  /** rosterProblem: the roster could not be used; the merge ran without completeness. */
  | {
      readonly type: "done";
      readonly outcome: MergeOutcome;
      readonly xlsx: Uint8Array | null;
      readonly fileName: string;
      readonly rosterProblem: Message | null;
      readonly previousProblem?: Message | null;
    }
  | { readonly type: "failed"; readonly message: string; readonly files: readonly FileReport[] }
  | { readonly type: "survey"; readonly groups: readonly MeasureGroup[] };
