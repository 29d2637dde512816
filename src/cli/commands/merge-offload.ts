/**
 * Half of a large merge judged on a worker thread (merge-worker.ts), the other half on the main thread
 * meanwhile: reading and checking a thousand files is the bulk of a merge, and it parallelises file
 * by file. Used only where the worker's script exists beside the CLI's (the built dist/cli) and the
 * machine has a second core; otherwise mergeFiles judges every file itself.
 */
import { existsSync, readFileSync, statSync } from "fs";
import { availableParallelism } from "os";
import { basename, join } from "path";
import { Worker } from "worker_threads";
import type { DefinitionModel } from "../../domain/definition";
import type { JudgeOptions, MergeFileInput, Offload, OffloadChoice, Verdict } from "../../app/merge";

/** The worker's share: the officer's choice as it crosses threads, the files by path, and the judging options. */
export interface OffloadJob extends OffloadChoice {
  readonly files: readonly { readonly index: number; readonly path: string }[];
  readonly options: JudgeOptions;
}

/** A file to merge, read lazily from its path: only its figures stay in memory. */
export function fileInput(path: string): MergeFileInput {
  const stat = statSync(path);
  return { name: basename(path), size: stat.size, lastModified: stat.mtimeMs, read: async () => new Uint8Array(readFileSync(path)) };
}

/** Below this many files a second thread does not pay for its start (about 0.1–0.2 s). */
const MIN_FILES = 64;
/** The worker starts later than the main thread, and the main thread is not busier: a little under half. */
const WORKER_SHARE = 0.45;

export function mergeOffload(
  paths: readonly string[],
  campaignId: string | null,
  options: JudgeOptions,
  script = join(__dirname, "merge-worker.js"),
  cores = availableParallelism(),
  definition?: DefinitionModel,
  campaign?: string,
): Offload | undefined {
  if (paths.length < MIN_FILES || cores < 2 || !existsSync(script)) return undefined;
  return {
    share: (total) => Math.floor(total * WORKER_SHARE),
    judge: (indices) =>
      new Promise<readonly Verdict[]>((resolve, reject) => {
        const job: OffloadJob = {
          files: indices.map((index) => ({ index, path: paths[index] })),
          campaignId,
          options,
          ...(definition ? { definition } : {}),
          ...(campaign ? { campaign } : {}),
        };
        const worker = new Worker(script, { workerData: job });
        worker.once("message", (message: { verdicts?: Verdict[]; error?: string }) => {
          if (message.verdicts) resolve(message.verdicts);
          else reject(new Error(message.error ?? "merge worker failed"));
          void worker.terminate();
        });
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`merge worker exited with code ${code}`)));
      }),
  };
}
