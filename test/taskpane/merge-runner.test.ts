/**
 * Where the Merge view's job runs (src/taskpane/merge/merge-runner.ts): in a worker when one starts, on the
 * page's thread when the browser refuses one (thrown at construction, or the script failing to load before
 * its first word), with the same messages; and a stop that really stops the page's job.
 */
import { runMerge, type MergeThread } from "../../src/taskpane/merge/merge-runner";
import type { WorkerRequest, WorkerResponse } from "../../src/taskpane/merge/protocol";

const sample: WorkerRequest = {
  type: "sample",
  options: {
    campaignId: null,
    mergingUnit: { code: "", name: "", level: null },
    acceptErrors: false,
    today: "2026-06-20",
    writeXlsx: false,
    definition: null,
  },
};

function collect(): { messages: WorkerResponse[]; threads: MergeThread[]; ended: Promise<WorkerResponse> } & {
  onMessage: (m: WorkerResponse) => void;
} {
  const messages: WorkerResponse[] = [];
  const threads: MergeThread[] = [];
  let end: (m: WorkerResponse) => void = () => undefined;
  const ended = new Promise<WorkerResponse>((resolve) => (end = resolve));
  return {
    messages,
    threads,
    ended,
    onMessage: (m) => {
      messages.push(m);
      if (m.type !== "progress") end(m);
    },
  };
}

/** A worker that fails to load its script: an error event before any message, as a browser fires it. */
class UnloadableWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  terminated = false;
  postMessage(): void {
    setTimeout(() => this.onerror?.({ message: "", preventDefault: () => undefined }), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("the merge's thread", () => {
  it("runs on the page's thread when the worker cannot be constructed, with progress and a result", async () => {
    const c = collect();
    runMerge(
      sample,
      () => {
        throw new DOMException("Failed to construct 'Worker'", "SecurityError");
      },
      c.onMessage,
      (thread) => c.threads.push(thread),
    );
    const last = await c.ended;
    expect(c.threads).toEqual(["page"]);
    expect(last.type).toBe("done");
    if (last.type !== "done") return;
    expect(last.outcome.ok).toBe(true);
    expect(c.messages.filter((m) => m.type === "progress").length).toBeGreaterThan(8);
  });

  it("takes over on the page when the worker started but its script never loaded", async () => {
    const c = collect();
    const worker = new UnloadableWorker();
    runMerge(
      sample,
      () => worker as unknown as Worker,
      c.onMessage,
      (thread) => c.threads.push(thread),
    );
    const last = await c.ended;
    expect(worker.terminated).toBe(true);
    expect(c.threads).toEqual(["worker", "page"]);
    expect(last.type).toBe("done");
  });

  it("stops the page's job for good: no file is read after the stop, no message and no result", async () => {
    const c = collect();
    const read: string[] = [];
    /** A chosen file that notes when the job reads it. */
    class NotedFile extends File {
      override arrayBuffer(): Promise<ArrayBuffer> {
        read.push(this.name);
        return super.arrayBuffer();
      }
    }
    const files = Array.from({ length: 6 }, (_, i) => new NotedFile([`không phải sổ tính ${i}`], `cd-${i}.xlsx`));
    const request: WorkerRequest = { type: "merge", files, roster: null, options: sample.options };
    const run = runMerge(
      request,
      () => {
        throw new ReferenceError("Worker is not defined");
      },
      (m) => {
        c.onMessage(m);
        if (m.type === "progress" && m.stage === "check" && m.done === 1) run.stop();
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(read).toEqual(["cd-0.xlsx"]); // stopped once the first file was judged, before the second was read
    expect(c.messages.some((m) => m.type !== "progress")).toBe(false);
  });

  it("reads every file to a verdict when not stopped (the same files)", async () => {
    const c = collect();
    const files = Array.from({ length: 6 }, (_, i) => new File([`không phải sổ tính ${i}`], `cd-${i}.xlsx`));
    runMerge(
      { type: "merge", files, roster: null, options: sample.options },
      () => {
        throw new ReferenceError("Worker is not defined");
      },
      c.onMessage,
    );
    const last = await c.ended;
    expect(last.type).toBe("done");
    if (last.type === "done") expect(last.outcome.ok ? last.outcome.result.files.length : last.outcome.files.length).toBe(6);
  });
});
