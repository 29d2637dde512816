/**
 * The measures the chosen files carry, surveyed in a worker of its own as soon as the files change (a
 * new choice ends the previous survey): the view shows the measure they agree on before the run, or
 * asks the officer to pick one when they differ.
 */
import { useEffect, useState } from "react";
import type { DefinitionModel } from "../../domain/catalog";
import type { MeasureGroup } from "../../domain/merge/measure";
import type { WorkerResponse } from "./protocol";
import { startMergeWorker } from "./start-worker";

export type MeasureSurvey = { readonly status: "none" } | { readonly status: "surveying" } | { readonly status: "done"; readonly groups: readonly MeasureGroup[] };

export function useMeasureSurvey(files: readonly File[], definition: DefinitionModel | null): MeasureSurvey {
  const [survey, setSurvey] = useState<MeasureSurvey>({ status: "none" });
  useEffect(() => {
    if (files.length === 0) {
      setSurvey({ status: "none" });
      return;
    }
    setSurvey({ status: "surveying" });
    const worker = startMergeWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      if (event.data.type === "survey") setSurvey({ status: "done", groups: event.data.groups });
      else if (event.data.type === "failed") setSurvey({ status: "done", groups: [] });
      if (event.data.type === "survey" || event.data.type === "failed") worker.terminate();
    };
    worker.onerror = () => {
      setSurvey({ status: "done", groups: [] });
      worker.terminate();
    };
    worker.postMessage({ type: "survey", files, definition });
    return () => worker.terminate();
  }, [files, definition]);
  return survey;
}
