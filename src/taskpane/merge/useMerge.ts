/**
 * Runs a merge in the worker (or on the page's thread where no worker can start, merge-runner.ts) and
 * keeps the view's state: idle → running (file n of N) → done, failed or cancelled. Cancel stops the
 * run: the work really stops, a new run serves the next merge.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { FileReport, Message } from "../../domain/merge";
import type { MergeOutcome } from "../../app/merge";
import type { MergeJobOptions, MergeStage, RosterSource, WorkerRequest, WorkerResponse } from "./protocol";
import { runMerge, type MergeRun, type MergeThread } from "./merge-runner";
import { startMergeWorker } from "./start-worker";

export type MergeState =
  | { readonly status: "idle" }
  /** thread: "page" when no worker could start and the page's own thread does the work (slower: the view says so). */
  | {
      readonly status: "running";
      readonly stage: MergeStage;
      readonly done: number;
      readonly total: number;
      readonly name: string;
      readonly thread: MergeThread;
    }
  | {
      readonly status: "done";
      readonly outcome: MergeOutcome;
      readonly xlsx: Uint8Array | null;
      readonly fileName: string;
      readonly rosterProblem: Message | null;
      readonly previousProblem?: Message | null;
    }
  | { readonly status: "failed"; readonly message: string; readonly files: readonly FileReport[] }
  | { readonly status: "cancelled" };

export function useMerge() {
  const [state, setState] = useState<MergeState>({ status: "idle" });
  const run = useRef<MergeRun | null>(null);

  const stop = useCallback(() => {
    run.current?.stop();
    run.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (request: WorkerRequest, total: number) => {
      stop();
      let thread: MergeThread = "worker";
      setState({ status: "running", stage: "read", done: 0, total, name: "", thread });
      const onThread = (where: MergeThread) => {
        thread = where;
        setState((before) => (before.status === "running" ? { ...before, thread } : before));
      };
      run.current = runMerge(
        request,
        startMergeWorker,
        (m: WorkerResponse) => {
          if (m.type === "survey") return;
          if (m.type === "progress") setState({ status: "running", stage: m.stage, done: m.done, total: m.total, name: m.name, thread });
          else {
            if (m.type === "done")
              setState({
                status: "done",
                outcome: m.outcome,
                xlsx: m.xlsx,
                fileName: m.fileName,
                rosterProblem: m.rosterProblem,
                previousProblem: m.previousProblem ?? null,
              });
            else {
              console.warn("union-report: the merge failed", m.message); // the view says it plainly; the detail is for support
              setState({ status: "failed", message: m.message, files: m.files });
            }
            stop();
          }
        },
        onThread,
      );
    },
    [stop],
  );

  const mergeFiles = useCallback(
    (files: readonly File[], roster: RosterSource | null, options: MergeJobOptions, previous: File | null = null) =>
      start({ type: "merge", files, roster, options, previous }, files.length),
    [start],
  );
  const mergeSample = useCallback((options: MergeJobOptions) => start({ type: "sample", options }, 0), [start]);
  const cancel = useCallback(() => {
    stop();
    setState({ status: "cancelled" });
  }, [stop]);

  return { state, mergeFiles, mergeSample, cancel };
}
