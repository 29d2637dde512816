/**
 * The measure's state (measure-pick.ts) with the survey of the chosen files it is picked from.
 */
import { useReducer } from "react";
import type { DefinitionModel } from "../../domain/definition";
import type { MeasureGroup } from "../../domain/merge/measure";
import { useMeasureSurvey } from "./useMeasureSurvey";
import { MEASURE_PICK_START, measureChoiceView, measurePickReducer } from "./measure-pick";

/** `running`: the survey gives way to a merge (merge-runner). */
export function useMeasurePick(
  files: readonly File[],
  definition: DefinitionModel | null,
  running: boolean,
  stopped: readonly MeasureGroup[] | null,
) {
  const [state, dispatch] = useReducer(measurePickReducer, MEASURE_PICK_START);
  const survey = useMeasureSurvey(files, definition, running);
  return { state, dispatch, view: measureChoiceView(state, survey, stopped) };
}
