/** Kept apart so that only the bundler sees `import.meta.url` (webpack 5 turns this into a worker chunk). */
export function startMergeWorker(): Worker {
  return new Worker(new URL("./merge.worker.ts", import.meta.url), { name: "merge" });
}
