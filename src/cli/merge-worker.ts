/**
 * The merge's second thread in the CLI: judges the files it is given exactly as the main thread judges
 * its own (the same judgeFile), so a merge of a thousand files uses both cores of a 2-core machine.
 * Started by mergeOffload (commands/merge-offload.ts); a separate webpack entry, dist/cli/merge-worker.js.
 */
import { parentPort, workerData } from "worker_threads";
import { catalogFromModel, loadCatalog } from "../domain/definition/catalog";
import { judgeFile, judgeState, type Verdict } from "../app/merge";
import { fileInput, type OffloadJob } from "./commands/merge-offload";
import { render } from "../domain/i18n/message";
import { campaignFromJson } from "../domain/definition/campaign";

async function run(job: OffloadJob): Promise<Verdict[]> {
  const catalog = loadCatalog();
  const chosen = job.definition ? catalogFromModel(job.definition) : null;
  // The main thread built this definition from the same model: a failure here is a defect, and the main thread then judges these files itself.
  if (chosen && !chosen.ok) throw new Error(render("en", chosen.error));
  const campaign = job.campaign ? campaignFromJson(job.campaign) : null;
  if (campaign && !campaign.ok) throw new Error(render("en", campaign.error));
  const state = judgeState(catalog, job.campaignId, chosen?.value, campaign?.value);
  const verdicts: Verdict[] = [];
  for (const { index, path } of job.files) verdicts.push(await judgeFile(catalog, index, fileInput(path), state, job.options));
  return verdicts;
}

run(workerData as OffloadJob).then(
  (verdicts) => parentPort?.postMessage({ verdicts }),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
