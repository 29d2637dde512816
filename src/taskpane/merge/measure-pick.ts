/**
 * The measure (definition + campaign) of the merge: a campaign chosen in the pane, the one every file
 * carries, or one the officer picks among those the files carry when they differ — never the first
 * file's. The groups come from the survey of the chosen files, or from a run that stopped because the
 * files disagreed. Pure (the survey's hook is useMeasurePick.ts), so each rule is tested without a browser.
 */
import type { MeasureGroup } from "../../domain/merge/measure";
import type { MeasureSurvey } from "./useMeasureSurvey";

export interface MeasurePickState {
  /** The campaign chosen in the pane; "": as the files say. */
  readonly campaignId: string;
  /** The measure picked among the groups; kept while that group is still offered. */
  readonly measureId: string | null;
  /** A run was asked for while a pick was needed: the choice says so. */
  readonly asked: boolean;
}

export type MeasurePickAction =
  { readonly type: "campaign"; readonly id: string } | { readonly type: "pick"; readonly id: string } | { readonly type: "ask" };

export const MEASURE_PICK_START: MeasurePickState = { campaignId: "", measureId: null, asked: false };

export function measurePickReducer(state: MeasurePickState, action: MeasurePickAction): MeasurePickState {
  switch (action.type) {
    case "campaign":
      return { ...state, campaignId: action.id };
    case "pick":
      return { ...state, measureId: action.id, asked: false };
    case "ask":
      return state.asked ? state : { ...state, asked: true };
  }
}

export interface MeasureChoiceView {
  readonly groups: readonly MeasureGroup[] | null;
  readonly surveying: boolean;
  /** The picked measure while the files still carry it; null otherwise. */
  readonly picked: string | null;
  /** No campaign chosen, nothing picked, and the files carry more than one measure: nothing runs yet. */
  readonly needsPick: boolean;
  /** The officer asked for a run while a pick was needed. */
  readonly showNeed: boolean;
}

/** The groups a run stopped on win over the survey's (they are what the merge itself found). */
export function measureChoiceView(
  state: MeasurePickState,
  survey: MeasureSurvey,
  stopped: readonly MeasureGroup[] | null,
): MeasureChoiceView {
  const groups = stopped ?? (survey.status === "done" ? survey.groups : null);
  const picked = state.measureId !== null && groups?.some((g) => g.info.id === state.measureId) ? state.measureId : null;
  const needsPick = !state.campaignId && picked === null && (groups?.length ?? 0) > 1;
  return { groups, surveying: survey.status === "surveying" && !stopped, picked, needsPick, showNeed: state.asked && needsPick };
}
