/**
 * The single page's start-worker.ts (webpack.config.js swaps it in for bao-cao-cong-doan.html): the
 * worker's whole script is inlined in the page as text and started from a blob: URL, so it runs from
 * disk, a zip, a USB stick or an e-mail attachment, where a worker script file would be refused.
 */
import source from "union-report-merge-worker-source";
import { once } from "../../domain/memo";

// One blob for the page's life: every run starts a new worker from it (cancel terminates the old one).
const workerUrl = once((): string => URL.createObjectURL(new Blob([source], { type: "text/javascript" })));

export function startMergeWorker(): Worker {
  return new Worker(workerUrl(), { name: "merge" });
}
