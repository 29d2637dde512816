/**
 * The Merge view's worker: reads, checks and consolidates the files off the page's thread, posting
 * progress after each file. Cancelling terminates the worker, which stops the work wherever it is.
 */
/// <reference lib="webworker" />
import { loadCatalog } from "../../domain/catalog";
import { mergeFiles, loadRoster, sampleFiles, type MergeFileInput } from "../../workbook/merge";
import { writeWorkbook } from "../../workbook/file/writer";
import { postablePlan } from "../../domain/layout/rows";
import type { Roster } from "../../domain/merge";
import { SAMPLE_DISTRICT } from "../../domain/merge/sample";
import type { MergeJobOptions, WorkerRequest, WorkerResponse } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

async function run(inputs: MergeFileInput[], roster: Roster | null, options: MergeJobOptions): Promise<void> {
  const catalog = loadCatalog();
  const outcome = await mergeFiles(catalog, inputs, {
    campaignId: options.campaignId,
    mergingUnit: options.mergingUnit,
    roster,
    acceptErrors: options.acceptErrors,
    today: options.today,
    onProgress: (done, total, name) => post({ type: "progress", done, total, name }),
  });
  let xlsx: Uint8Array | null = null;
  if (outcome.ok && options.writeXlsx) xlsx = await writeWorkbook(outcome.plan);
  const code = outcome.ok ? outcome.result.mergingUnit.code : options.mergingUnit.code;
  // The page draws the plan only inside Excel (no .xlsx written here); otherwise it shows results only.
  const sendable = outcome.ok ? { ...outcome, plan: postablePlan(outcome.plan, xlsx ? "omit" : "expand") } : outcome;
  post({ type: "done", outcome: sendable, xlsx, fileName: `tong-hop-${code.replace(/[^\p{L}\p{N}._-]+/gu, "-")}.xlsx` }, xlsx ? [xlsx.buffer] : []);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.type === "sample") {
        const sample = await sampleFiles(loadCatalog());
        const roster = loadRoster(sample.roster.name, sample.roster.bytes);
        await run(
          sample.files.map((f) => ({ name: f.name, bytes: f.bytes })),
          roster.ok ? roster.roster : null,
          { ...request.options, campaignId: sample.campaignId, mergingUnit: SAMPLE_DISTRICT },
        );
        return;
      }
      let roster: Roster | null = null;
      if (request.roster && "roster" in request.roster) roster = request.roster.roster;
      else if (request.roster) {
        const { file } = request.roster;
        const loaded = loadRoster(file.name, new Uint8Array(await file.arrayBuffer()));
        if (!loaded.ok) {
          post({ type: "rosterFailed", problem: loaded.problem });
          return;
        }
        roster = loaded.roster;
      }
      const inputs = request.files.map((file): MergeFileInput => ({ name: file.name, lastModified: file.lastModified, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) }));
      await run(inputs, roster, request.options);
    } catch (error) {
      post({ type: "failed", message: error instanceof Error ? error.message : String(error), files: [] });
    }
  })();
};
