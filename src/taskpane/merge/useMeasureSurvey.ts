/**
 * The measures the chosen files carry, surveyed in a run of its own (a worker, or the page's thread where
 * no worker can start) as soon as the files change (a new choice ends the previous survey): the view shows the measure they agree on before the run, or
 * asks the officer to pick one when they differ.
 */
import { useEffect, useRef, useState } from "react";
import type { DefinitionModel } from "../../domain/definition";
import type { MeasureGroup } from "../../domain/merge/measure";
import type { WorkerResponse } from "./protocol";
import { runMerge } from "./merge-runner";
import { startMergeWorker } from "./start-worker";

export type MeasureSurvey =
  { readonly status: "none" } | { readonly status: "surveying" } | { readonly status: "done"; readonly groups: readonly MeasureGroup[] };

/** `paused` while a merge runs: the survey gives way (its worker ends), its last answer kept. */
export function useMeasureSurvey(files: readonly File[], definition: DefinitionModel | null, paused = false): MeasureSurvey {
  const [survey, setSurvey] = useState<MeasureSurvey>({ status: "none" });
  // The files and definition last surveyed to the end: not surveyed again after a run that paused nothing.
  const answered = useRef<{ files: readonly File[]; definition: DefinitionModel | null } | null>(null);
  useEffect(() => {
    if (paused) return;
    if (answered.current?.files === files && answered.current.definition === definition) return;
    if (files.length === 0) {
      setSurvey({ status: "none" });
      return;
    }
    setSurvey({ status: "surveying" });
    const run = runMerge({ type: "survey", files, definition }, startMergeWorker, (message: WorkerResponse) => {
      if (message.type === "survey") {
        answered.current = { files, definition };
        setSurvey({ status: "done", groups: message.groups });
      } else if (message.type === "failed") setSurvey({ status: "done", groups: [] });
      if (message.type === "survey" || message.type === "failed") run.stop();
    });
    return () => run.stop();
  }, [files, definition, paused]);
  return survey;
}
