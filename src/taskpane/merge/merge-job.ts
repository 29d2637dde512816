/**
 * One merge job of the Merge view, wherever it runs: in the Web Worker (merge.worker.ts) or, where the
 * browser refuses a worker (a page opened from disk, workers disabled), on the page's own thread
 * (merge-runner.ts). It reads, checks and consolidates the files, posting progress after each file.
 */
import { catalogFromModel, loadCatalog } from "../../domain/definition";
import {
  mergeFiles,
  loadPrevious,
  loadRoster,
  sampleFiles,
  surveyMeasures,
  type MergeFileInput,
  type PreviousLoad,
  type RosterLoad,
} from "../../app/merge";
import { writeWorkbook } from "../../workbook/file/writer";
import { postablePlan } from "../../domain/layout/rows";
import type { Message, Roster } from "../../domain/merge";
import { SAMPLE_DISTRICT } from "../../domain/merge/sample";
import type { MergeJobOptions, WorkerRequest, WorkerResponse } from "./protocol";
import { render, keyed } from "../../domain/i18n/message";

export type PostResponse = (message: WorkerResponse, transfer?: Transferable[]) => void;

/**
 * Called before each file is read. In the worker it does nothing; on the page's thread it gives the
 * browser a turn to paint the progress and take a click on Hủy, and never settles once cancelled, so
 * the job stops at the next file.
 */
export type BetweenFiles = () => Promise<void>;

const noPause: BetweenFiles = () => Promise.resolve();

/**
 * A file's turn: "read" while its bytes are fetched, "check" once they are here (the merge reads and
 * checks them next); after the last file the merge consolidates ("merge"), then the workbook is written.
 */
function staged(input: MergeFileInput, index: number, total: number, post: PostResponse, between: BetweenFiles): MergeFileInput {
  if (!input.read) return input;
  const read = input.read;
  return {
    ...input,
    read: async () => {
      post({ type: "progress", stage: "read", done: index, total, name: input.name });
      await between();
      const bytes = await read();
      post({ type: "progress", stage: "check", done: index, total, name: input.name });
      return bytes;
    },
  };
}

/** The previous period's workbook; one that cannot be used never stops the merge (the page says why). */
const readPrevious = (file: File): Promise<PreviousLoad> =>
  file.arrayBuffer().then(
    (buffer) => loadPrevious(file.name, new Uint8Array(buffer)),
    (): PreviousLoad => ({ ok: false, error: keyed("merge.reject.unreadable", { detail: file.name }) }),
  );

async function run(
  inputs: MergeFileInput[],
  roster: Roster | null,
  options: MergeJobOptions,
  post: PostResponse,
  between: BetweenFiles,
  rosterProblem: Message | null = null,
  previousFile: File | null = null,
): Promise<void> {
  const catalog = loadCatalog();
  const chosen = options.definition ? catalogFromModel(options.definition) : null;
  // The page built this definition from the same model; rebuilt here, it cannot fail unless the page is broken.
  if (chosen && !chosen.ok) throw new Error(render("en", chosen.error));
  const previous = previousFile ? await readPrevious(previousFile) : null;
  const outcome = await mergeFiles(
    catalog,
    inputs.map((input, i) => staged(input, i, inputs.length, post, between)),
    {
      campaignId: options.campaignId,
      measureId: options.measureId ?? null,
      definition: chosen?.value ?? null,
      mergingUnit: options.mergingUnit,
      roster,
      acceptErrors: options.acceptErrors,
      today: options.today,
      previous: previous?.ok ? previous.value : null,
      onProgress: (done, total, name) => post({ type: "progress", stage: done < total ? "check" : "merge", done, total, name }),
    },
  );
  let xlsx: Uint8Array | null = null;
  if (outcome.ok && options.writeXlsx) {
    post({ type: "progress", stage: "write", done: inputs.length, total: inputs.length, name: "" });
    await between();
    xlsx = await writeWorkbook(outcome.plan);
  }
  const code = outcome.ok ? outcome.result.mergingUnit.code : options.mergingUnit.code;
  // The page draws the plan only inside Excel (no .xlsx written here); otherwise it shows results only.
  const sendable = outcome.ok ? { ...outcome, plan: postablePlan(outcome.plan, xlsx ? "omit" : "expand") } : outcome;
  post(
    {
      type: "done",
      outcome: sendable,
      xlsx,
      fileName: `tong-hop-${code.replace(/[^\p{L}\p{N}._-]+/gu, "-")}.xlsx`,
      rosterProblem,
      previousProblem: previous && !previous.ok ? previous.error : null,
    },
    xlsx ? [xlsx.buffer] : [],
  );
}

/** Runs one request to its end: every outcome, failures included, is posted; it never throws. */
export async function runMergeJob(request: WorkerRequest, post: PostResponse, between: BetweenFiles = noPause): Promise<void> {
  try {
    if (request.type === "survey") {
      const chosen = request.definition ? catalogFromModel(request.definition) : null;
      const inputs = request.files.map((file): MergeFileInput => ({
        name: file.name,
        size: file.size,
        read: async () => new Uint8Array(await file.arrayBuffer()),
      }));
      post({ type: "survey", groups: await surveyMeasures(loadCatalog(), inputs, { definition: chosen?.ok ? chosen.value : null }) });
      return;
    }
    if (request.type === "sample") {
      const sample = await sampleFiles(loadCatalog());
      const roster = loadRoster(sample.roster.name, sample.roster.bytes);
      await run(
        sample.files.map((f) => ({ name: f.name, bytes: f.bytes })),
        roster.ok ? roster.value : null,
        { ...request.options, campaignId: sample.campaignId, mergingUnit: SAMPLE_DISTRICT, definition: null },
        post,
        between,
      );
      return;
    }
    // A roster that cannot be used never stops the merge: it runs without completeness, and says why.
    let roster: Roster | null = null;
    let rosterProblem: Message | null = null;
    if (request.roster && "problem" in request.roster) rosterProblem = request.roster.problem;
    else if (request.roster && "roster" in request.roster) roster = request.roster.roster;
    else if (request.roster) {
      const { file } = request.roster;
      const loaded = await file.arrayBuffer().then(
        (buffer) => loadRoster(file.name, new Uint8Array(buffer)),
        (): RosterLoad => ({ ok: false, error: keyed("merge.reject.unreadable", { detail: file.name }) }),
      );
      if (loaded.ok) roster = loaded.value;
      else rosterProblem = loaded.error;
    }
    const inputs = request.files.map((file): MergeFileInput => ({
      name: file.name,
      lastModified: file.lastModified,
      size: file.size,
      read: async () => new Uint8Array(await file.arrayBuffer()),
    }));
    await run(inputs, roster, request.options, post, between, rosterProblem, request.previous ?? null);
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error), files: [] });
  }
}
