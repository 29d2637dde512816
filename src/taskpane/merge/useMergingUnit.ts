/**
 * Who is consolidating: code, name and level, typed or remembered from the last run (and said so until
 * the officer types), and which required field to point at once a merge was tried without it. Never
 * invented: a blank stays blank and the run asks for it.
 */
import { useReducer } from "react";
import type { Level } from "../../domain/definition/schema";
import type { RememberedUnit } from "./remembered-unit";

export interface MergingUnitState {
  readonly code: string;
  readonly name: string;
  readonly level: Level | "";
  /** Whether it came from the last run and the officer has not typed since (the view says "remembered"). */
  readonly remembered: boolean;
  /** A merge was tried: a missing code or name is now shown as missing. */
  readonly tried: boolean;
}

export type MergingUnitAction =
  | { readonly type: "code" | "name"; readonly value: string }
  | { readonly type: "level"; readonly level: Level | "" }
  | { readonly type: "tried" };

export function mergingUnitStart(remembered: RememberedUnit | null): MergingUnitState {
  return {
    code: remembered?.code ?? "",
    name: remembered?.name ?? "",
    level: remembered?.level ?? "",
    remembered: !!remembered,
    tried: false,
  };
}

export function mergingUnitReducer(state: MergingUnitState, action: MergingUnitAction): MergingUnitState {
  switch (action.type) {
    // Once the officer types, "remembered from the last run" is no longer true.
    case "code":
      return { ...state, code: action.value, remembered: false };
    case "name":
      return { ...state, name: action.value, remembered: false };
    case "level":
      return { ...state, level: action.level };
    case "tried":
      return state.tried ? state : { ...state, tried: true };
  }
}

/** The unit as the merge takes it: code and name trimmed. */
export const mergingUnitOf = (s: MergingUnitState) => ({ code: s.code.trim(), name: s.name.trim(), level: s.level });

/** The required fields to point at: only once a merge was tried, and only those left blank. */
export const missingFields = (s: MergingUnitState) => ({ code: s.tried && !s.code.trim(), name: s.tried && !s.name.trim() });

export function useMergingUnit(remembered: RememberedUnit | null) {
  return useReducer(mergingUnitReducer, remembered, mergingUnitStart);
}
