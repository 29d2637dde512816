/**
 * The run's own options, each kept until the officer changes it (a late file re-merged keeps them all):
 * the consolidated workbook's Ngày lập, the previous period's workbook, the upper-level union named on
 * it, and whether files with rule errors are accepted.
 */
import { useReducer } from "react";
import { parseDateText } from "../../domain/dates";

export interface LoopOptions {
  /** yyyy-mm-dd from the date field; blank: the day of the run. */
  readonly preparedOn: string;
  readonly previous: File | null;
  readonly parent: string;
  readonly acceptErrors: boolean;
}

export type LoopOptionsAction = {
  readonly [K in keyof LoopOptions]: { readonly type: K; readonly value: LoopOptions[K] };
}[keyof LoopOptions];

export const LOOP_OPTIONS_START: LoopOptions = { preparedOn: "", previous: null, parent: "", acceptErrors: false };

export function loopOptionsReducer(state: LoopOptions, action: LoopOptionsAction): LoopOptions {
  return state[action.type] === action.value ? state : { ...state, [action.type]: action.value };
}

/** What the job takes from them: the day (the date typed, or today), the parent when one is named, the policy. */
export function loopJobOptions(state: LoopOptions, today: string): { today: string; acceptErrors: boolean; parent?: string } {
  const parent = state.parent.trim();
  return { today: parseDateText(state.preparedOn) ?? today, acceptErrors: state.acceptErrors, ...(parent ? { parent } : {}) };
}

export function useLoopOptions() {
  return useReducer(loopOptionsReducer, LOOP_OPTIONS_START);
}
