/**
 * Where a merge runs: in a Web Worker when the browser lets the page start one, otherwise on the page's
 * own thread (a page opened from disk refuses a worker script from file://; a browser may have workers
 * disabled). Both post the same messages, so the view shows the same progress, cancel and result.
 */
import { runMergeJob, type BetweenFiles } from "./merge-job";
import type { WorkerRequest, WorkerResponse } from "./protocol";

export type MergeThread = "worker" | "page";

export interface MergeRun {
  /** Stops the work for good: the worker is terminated, or the page's job halts before its next file. */
  stop(): void;
}

/** Starts a worker the bundle knows how to start (start-worker.ts, or the single page's blob worker). */
export type StartWorker = () => Worker;

/**
 * Runs the request and hands every message to `onMessage` (none once stopped). `onThread` says where it
 * runs, again if a worker that started could not load its script and the page took over.
 */
export function runMerge(
  request: WorkerRequest,
  start: StartWorker,
  onMessage: (message: WorkerResponse) => void,
  onThread: (thread: MergeThread) => void = () => undefined,
): MergeRun {
  let stopped = false;
  let pageRun: MergeRun | null = null;
  const onPage = () => {
    onThread("page");
    pageRun = runOnPage(request, (message) => {
      if (!stopped) onMessage(message);
    });
  };
  let worker: Worker | null = null;
  try {
    worker = start();
  } catch {
    // SecurityError from file://, or no Worker at all: the page's thread does the work.
    worker = null;
  }
  if (!worker) {
    onPage();
    return { stop: () => ((stopped = true), pageRun?.stop()) };
  }
  const w = worker;
  onThread("worker");
  let heard = false;
  w.onmessage = (event: MessageEvent<WorkerResponse>) => {
    heard = true;
    if (!stopped) onMessage(event.data);
  };
  w.onerror = (event) => {
    // Before its first word the worker's script could not load (blocked, not found): not the merge's fault.
    event.preventDefault();
    w.terminate();
    if (stopped) return;
    if (!heard) onPage();
    else onMessage({ type: "failed", message: event.message || "worker error", files: [] });
  };
  w.postMessage(request);
  return {
    stop: () => {
      stopped = true;
      w.terminate();
      pageRun?.stop();
    },
  };
}

/** The page's-thread job: a turn for the browser before each file, and a halt (a pause that never ends) once stopped. */
export function runOnPage(request: WorkerRequest, onMessage: (message: WorkerResponse) => void): MergeRun {
  let stopped = false;
  const between: BetweenFiles = () => (stopped ? new Promise<void>(() => undefined) : new Promise<void>((resume) => setTimeout(resume, 0)));
  void runMergeJob(
    request,
    (message) => {
      if (!stopped) onMessage(message);
    },
    between,
  );
  return { stop: () => void (stopped = true) };
}
