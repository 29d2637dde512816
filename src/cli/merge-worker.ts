/**
 * The merge's second thread in the CLI: judges the files it is given exactly as the main thread judges
 * its own (judgeShare, the same judgeFile), so a merge of a thousand files uses both cores of a 2-core machine.
 * Started by mergeOffload (commands/merge-offload.ts); a separate webpack entry, dist/cli/merge-worker.js.
 */
import { parentPort, workerData } from "worker_threads";
import { judgeShare } from "../app/merge";
import { fileInput, type OffloadJob } from "./commands/merge-offload";

const run = (job: OffloadJob) =>
  judgeShare(
    job,
    job.files.map(({ index, path }) => ({ index, file: fileInput(path) })),
    job.options,
  );

run(workerData as OffloadJob).then(
  (verdicts) => parentPort?.postMessage({ verdicts }),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
