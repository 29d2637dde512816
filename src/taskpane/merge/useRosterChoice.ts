/**
 * The roster of the merge: a file, or inside Excel a sheet of the open workbook (its list refreshed when
 * the officer opens it). One or the other: choosing one clears the other. Read when the run starts.
 */
import { useCallback, useEffect, useReducer } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { rosterFromSheet } from "../../workbook/merge/roster-file";
import type { RosterSource } from "./protocol";

export interface RosterChoice {
  readonly file: File | null;
  /** A sheet of the open workbook; "": none. */
  readonly sheet: string;
  readonly sheetNames: readonly string[];
}

export type RosterChoiceAction =
  | { readonly type: "file"; readonly file: File | null }
  | { readonly type: "sheet"; readonly sheet: string }
  | { readonly type: "sheetNames"; readonly names: readonly string[] };

export const ROSTER_CHOICE_START: RosterChoice = { file: null, sheet: "", sheetNames: [] };

export function rosterChoiceReducer(state: RosterChoice, action: RosterChoiceAction): RosterChoice {
  switch (action.type) {
    case "file":
      return { ...state, file: action.file, sheet: "" };
    case "sheet":
      return { ...state, sheet: action.sheet, file: action.sheet ? null : state.file };
    case "sheetNames":
      return { ...state, sheetNames: action.names };
  }
}

/** The roster as the messages name it: the sheet, or the file's name; "" when none. */
export const rosterChoiceName = (state: RosterChoice): string => state.sheet || state.file?.name || "";

export function useRosterChoice(port: WorkbookPort | null) {
  const [state, dispatch] = useReducer(rosterChoiceReducer, ROSTER_CHOICE_START);
  const refreshSheets = useCallback(() => {
    if (port)
      port.sheetNames().then(
        (names) => dispatch({ type: "sheetNames", names }),
        () => dispatch({ type: "sheetNames", names: [] }),
      );
  }, [port]);
  useEffect(refreshSheets, [refreshSheets]);
  /** What the job gets: the file (read in the worker), the sheet's roster read now, why that sheet cannot serve, or none. */
  const source = useCallback(async (): Promise<RosterSource | null> => {
    if (port && state.sheet) {
      const rows = await port.readSheetRows(state.sheet).catch(() => ({ ok: false, error: "unreadable" }) as const);
      const loaded = rosterFromSheet(state.sheet, rows);
      return loaded.ok ? { roster: loaded.value } : { problem: loaded.error };
    }
    return state.file ? { file: state.file } : null;
  }, [port, state.sheet, state.file]);
  return { state, dispatch, refreshSheets, source };
}
