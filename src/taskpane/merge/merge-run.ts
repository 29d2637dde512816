/**
 * What a merge run needs before it starts, and what it is given: the first thing that stops it (no
 * files, the consolidating unit missing or not valid, a measure to pick), and the job's options from
 * the view's concerns. Pure, so each rule is tested without a browser.
 */
import type { Message } from "../../domain/merge";
import type { DefinitionModel } from "../../domain/definition";
import type { MergeJobOptions } from "./protocol";
import { mergingUnitOf, type MergingUnitState } from "./useMergingUnit";
import type { MeasureChoiceView, MeasurePickState } from "./measure-pick";
import { loopJobOptions, type LoopOptions } from "./useLoopOptions";

export type RunStop =
  | { readonly kind: "needFiles" }
  /** The code or the name is blank: the fields say which. */
  | { readonly kind: "unitMissing" }
  /** The unit is checked as validate checks a unit's own: the level above would reject a code with a space. */
  | { readonly kind: "unitInvalid"; readonly problems: readonly Message[] }
  /** The files carry more than one measure and none is chosen: nothing runs until the officer picks. */
  | { readonly kind: "pickMeasure" };

/** The first reason not to run, in the order the officer meets them; null: run. */
export function runStop(
  fileCount: number,
  unit: MergingUnitState,
  unitProblems: (unit: { code: string; name: string }) => readonly Message[],
  measure: Pick<MeasureChoiceView, "needsPick">,
): RunStop | null {
  if (fileCount === 0) return { kind: "needFiles" };
  const { code, name } = mergingUnitOf(unit);
  if (!code || !name) return { kind: "unitMissing" };
  const problems = unitProblems({ code, name });
  if (problems.length > 0) return { kind: "unitInvalid", problems };
  if (measure.needsPick) return { kind: "pickMeasure" };
  return null;
}

/** The job's options: the measure chosen or picked, the consolidating unit, the run's options; the xlsx only where it is downloaded. */
export function mergeJobOptions(parts: {
  readonly measure: MeasurePickState;
  readonly picked: string | null;
  readonly unit: MergingUnitState;
  readonly loop: LoopOptions;
  readonly today: string;
  readonly writeXlsx: boolean;
  readonly definition: DefinitionModel | null;
}): MergeJobOptions {
  const { code, name, level } = mergingUnitOf(parts.unit);
  const { today, acceptErrors, parent } = loopJobOptions(parts.loop, parts.today);
  return {
    campaignId: parts.measure.campaignId || null,
    measureId: parts.picked,
    mergingUnit: { code, name, level: level || null, ...(parent ? { parent } : {}) },
    acceptErrors,
    today,
    writeXlsx: parts.writeXlsx,
    definition: parts.definition,
  };
}
