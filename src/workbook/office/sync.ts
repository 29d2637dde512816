/**
 * What one context.sync() may carry. Excel on the web rejects a request or a response over 5 MB of
 * UTF-8 (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); each module of the adapter
 * keeps its own budget under that, charged with what it actually queues.
 */

/** Payload budget per sync, request and response alike. Excel on the web rejects either over 5 MB (UTF-8 bytes); stay well below. */
export const SYNC_PAYLOAD_BUDGET = 4_000_000;
/**
 * Bytes of one queued call besides its data, with a margin: Office.js sends each property set or method
 * as a JSON action (about 90 bytes) on object paths (worksheet, range, format, border…, about 100 bytes
 * each, shared by the calls on the same object). Counting every property set and every range as a call
 * at this size stays above the stand-in's serialized requests (test/office/payload-limits.test.ts).
 */
export const CALL_OVERHEAD = 300;

const encoder = new TextEncoder();
/** What Excel on the web counts: UTF-8 bytes of the JSON sent (Vietnamese letters take 2–3 bytes each). */
export function utf8Bytes(data: unknown): number {
  return data === null || data === undefined ? 0 : encoder.encode(JSON.stringify(data)).length;
}

/** Office.js rejects a sync with an error carrying a code (OfficeExtension.Error). */
export function errorCode(error: unknown): string {
  return error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : "";
}

/**
 * Calls queued between syncs, measured before they are queued: what each carries (its arguments,
 * serialized as Office.js sends them) plus CALL_OVERHEAD a call. A call that would take the queue over
 * the budget is preceded by a sync of what is queued, so no request exceeds the budget (a single call
 * larger than it is the caller's to split, see draw.ts bands).
 */
export class SyncBudget {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
  ) {}
  /** Queues `calls` calls carrying `data` (queue() makes them), syncing first when they would not fit. */
  async add(data: unknown, calls: number, queue: () => void): Promise<void> {
    const size = calls * CALL_OVERHEAD + utf8Bytes(data);
    if (this.bytes > 0 && this.bytes + size > this.limit) await this.flush();
    queue();
    this.bytes += size;
  }
  async flush(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
  }
}

/** Consecutive items in chunks whose estimated bytes stay under the limit (at least one item a chunk). */
export function packed<T>(items: readonly T[], bytesOf: (item: T) => number, limit: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && bytes + size > limit) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Loads chunk after chunk, one sync each. A chunk whose answer is still over Excel on the web's
 * response limit (long texts the estimate did not foresee) is split in two and asked again.
 */
export async function syncInChunks<T, R>(context: Excel.RequestContext, chunks: T[][], load: (chunk: T[]) => R): Promise<R[]> {
  const out: R[] = [];
  const todo = [...chunks];
  while (todo.length > 0) {
    const chunk = todo.shift() as T[];
    const result = load(chunk);
    try {
      await context.sync();
      out.push(result);
    } catch (error) {
      if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded" || chunk.length < 2) throw error;
      const half = Math.ceil(chunk.length / 2);
      todo.unshift(chunk.slice(0, half), chunk.slice(half));
    }
  }
  return out;
}
