/**
 * The Merge view's worker: runs the merge job (merge-job.ts) off the page's thread. Cancelling
 * terminates the worker, which stops the work wherever it is.
 */
/// <reference lib="webworker" />
import { runMergeJob } from "./merge-job";
import type { WorkerRequest, WorkerResponse } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void runMergeJob(event.data, (message: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer));
};
