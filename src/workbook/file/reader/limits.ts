/**
 * Limits that keep one hostile or broken submission from hanging, crashing or exhausting the
 * machine. Each limit has its own error code, so the user is told which promise a file broke.
 *
 * Sizes are counted while inflating, never taken from zip headers: a header's declared size can lie.
 */
import type { AppError } from "../../../domain/errors";
import { readerError, ReadAbort } from "./reader-error";

export interface ReadLimits {
  /** Size of the .xlsx file itself, in bytes. */
  readonly maxFileBytes: number;
  /** Bytes produced by inflating every part read, in total. */
  readonly maxInflatedBytes: number;
  /** Bytes produced by inflating one part. */
  readonly maxPartBytes: number;
  /** Inflated ÷ compressed, checked once a part has inflated past `ratioCheckAfterBytes`. */
  readonly maxInflateRatio: number;
  /** Small parts compress extremely well for innocent reasons (an empty sheet); the ratio matters only on a large part. */
  readonly ratioCheckAfterBytes: number;
  /** Entries in the zip's central directory. */
  readonly maxEntries: number;
  /** <definedName> elements in workbook.xml, of any prefix or scope. */
  readonly maxDefinedNames: number;
  /**
   * Cells, counted in separate budgets that each must stay within it: the cells parsed in one sheet
   * part (time, bounded per part), and the cells asked for by named ranges (what is held in memory).
   * Not one total: a province's register (20,000 CĐCS ≈ 1.2 M cells) is both parsed and asked for,
   * and must fit. Many large parts are bounded by maxInflatedBytes.
   */
  readonly maxCells: number;
  /** Nesting depth of XML elements. */
  readonly maxXmlDepth: number;
  /** Wall-clock time for one file, in milliseconds; checked periodically while inflating and parsing. */
  readonly maxMillis: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 50 * MB,
  maxInflatedBytes: 200 * MB,
  maxPartBytes: 100 * MB,
  maxInflateRatio: 200,
  ratioCheckAfterBytes: 4 * MB,
  maxEntries: 10_000,
  maxDefinedNames: 20_000,
  maxCells: 2_000_000,
  maxXmlDepth: 128,
  maxMillis: 10_000,
});

/** Merges caller options over the defaults; a limit that is not a non-negative number is a caller bug, reported as a value. */
export function resolveLimits(options: Partial<ReadLimits> | undefined): ReadLimits {
  const merged: Record<string, number> = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(DEFAULT_READ_LIMITS) as (keyof ReadLimits)[]) {
    const value = options?.[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
      throw new ReadAbort(readerError("reader.invalid-limits", { name: key }));
    }
    merged[key] = value;
  }
  return merged as unknown as ReadLimits;
}

/** Monotonic clock where the host has one (browser, worker, Node), wall clock otherwise. */
function clock(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? perf.now() : Date.now();
}

export const bytesToMb = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

/**
 * The running account of one file's read: what was inflated, how many cells were parsed,
 * how long it took. Every limit is enforced here, by throwing a ReadAbort that the entry point
 * turns into an error value.
 */
export class ReadBudget {
  readonly startedAt = clock();
  inflatedBytes = 0;
  cellsRead = 0;
  entries = 0;

  constructor(readonly limits: ReadLimits) {}

  elapsedMs(): number {
    return clock() - this.startedAt;
  }

  checkTime(): void {
    if (this.elapsedMs() > this.limits.maxMillis) {
      throw new ReadAbort(readerError("reader.timeout", { limit: this.limits.maxMillis / 1000 }));
    }
  }

  /** Called for every inflated chunk of a part: `partBytes`/`compressedBytes` are the part's running totals. */
  inflated(part: string, chunkBytes: number, partBytes: number, compressedBytes: number): void {
    const { limits } = this;
    this.inflatedBytes += chunkBytes;
    if (partBytes > limits.maxPartBytes) {
      throw new ReadAbort(readerError("reader.part-too-large", { part, limit: bytesToMb(limits.maxPartBytes) }));
    }
    if (this.inflatedBytes > limits.maxInflatedBytes) {
      throw new ReadAbort(readerError("reader.inflated-too-large", { limit: bytesToMb(limits.maxInflatedBytes) }));
    }
    if (partBytes > limits.ratioCheckAfterBytes && partBytes > limits.maxInflateRatio * Math.max(1, compressedBytes)) {
      throw new ReadAbort(readerError("reader.inflate-ratio", { part, limit: limits.maxInflateRatio }));
    }
    this.checkTime();
  }

  /** Cells asked for by names (or held by a table read); `count` may be large (a named range) and is checked before anything is allocated. */
  private cellsAskedFor = 0;

  cells(count: number): void {
    this.cellsRead += count;
    this.cellsAskedFor += count;
    if (this.cellsAskedFor > this.limits.maxCells) this.tooManyCells();
  }

  /** Cells parsed so far in the sheet part being read (`total`, the part's running count), of which `count` are new. */
  partCells(count: number, total: number): void {
    this.cellsRead += count;
    if (total > this.limits.maxCells) this.tooManyCells();
  }

  private tooManyCells(): never {
    throw new ReadAbort(readerError("reader.too-many-cells", { limit: this.limits.maxCells }));
  }
}

/**
 * The file-size limit, asked before a file is read at all: a caller that knows the size (a path's
 * stat, a browser File) need not load a 3 GB file into memory to be told it is too large.
 */
export function fileSizeError(size: number, options?: Partial<ReadLimits>): AppError | null {
  const limit = options?.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  return size > limit ? readerError("reader.too-large", { size: bytesToMb(size), limit: bytesToMb(limit) }) : null;
}
