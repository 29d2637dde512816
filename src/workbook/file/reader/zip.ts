/**
 * Random access into a zip: we read the central directory ourselves so that only the parts a
 * workbook needs are ever inflated, and we inflate with fflate's streaming Inflate so that every
 * chunk is counted against the limits as it appears. Declared sizes in headers are never trusted.
 */
import { Inflate, inflateSync } from "fflate";
import type { ReadBudget, ReadLimits } from "./limits";
import { readerError, ReadAbort } from "./reader-error";
import { decodeUtf8 } from "./xml-bytes";

export interface ZipEntry {
  /** The name as stored, with "\" turned into "/" (some writers on Windows store backslashes). */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** What the header claims; used only to size a buffer, and a claim found false is a corrupt file. */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipDirectory {
  /** Keyed by lower-case name: part names in a package are case-insensitive. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
  readonly count: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** Compressed bytes pushed per step: deflate expands at most ~1032:1, so one step yields at most ~16 MB before we count it. */
const INPUT_STEP = 16 * 1024;

const corrupt = (): ReadAbort => new ReadAbort(readerError("reader.zip-corrupt"));
const unsupported = (): ReadAbort => new ReadAbort(readerError("reader.zip-unsupported"));

export function readZipDirectory(bytes: Uint8Array, limits: ReadLimits): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt();
  let total = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) throw corrupt();
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD_SIG) throw corrupt();
    total = safeNumber(view.getBigUint64(record + 32, true));
    cdSize = safeNumber(view.getBigUint64(record + 40, true));
    cdOffset = safeNumber(view.getBigUint64(record + 48, true));
  }
  if (total > limits.maxEntries) {
    throw new ReadAbort(readerError("reader.too-many-entries", { count: total, limit: limits.maxEntries }));
  }
  if (cdOffset + cdSize > bytes.length) throw corrupt();

  const entries = new Map<string, ZipEntry>();
  let at = cdOffset;
  let count = 0;
  // Walk the records actually present rather than the declared total: the count in the end record can lie too.
  while (at + 46 <= cdOffset + cdSize && view.getUint32(at, true) === CENTRAL_SIG) {
    count++;
    if (count > limits.maxEntries) throw new ReadAbort(readerError("reader.too-many-entries", { count, limit: limits.maxEntries }));
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    const uncompressed32 = view.getUint32(at + 24, true);
    let declaredSize = uncompressed32;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.length) throw corrupt();
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff || uncompressed32 === 0xffffffff) {
      const wide = zip64Extra(
        view,
        nameStart + nameLength,
        extraLength,
        uncompressed32 === 0xffffffff,
        compressedSize === 0xffffffff,
        localHeaderOffset === 0xffffffff,
      );
      compressedSize = wide.compressedSize ?? compressedSize;
      declaredSize = wide.uncompressedSize ?? declaredSize;
      localHeaderOffset = wide.localHeaderOffset ?? localHeaderOffset;
    }
    const raw = decodeUtf8(bytes, nameStart, nameStart + nameLength);
    const name = raw.includes("\\") ? raw.replace(/\\/g, "/") : raw;
    const key = name.toLowerCase();
    // Two entries of one name could show one reader one content and another reader another: refuse.
    if (entries.has(key)) throw corrupt();
    entries.set(key, { name, method, flags, compressedSize, declaredSize, localHeaderOffset });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  if (count !== total && total !== 0xffff) throw corrupt();
  return { entries, count };
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= min; at--) {
    if (view.getUint32(at, true) === EOCD_SIG) return at;
  }
  return -1;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt();
  return Number(value);
}

function zip64Extra(
  view: DataView,
  start: number,
  length: number,
  hasUncompressed: boolean,
  hasCompressed: boolean,
  hasOffset: boolean,
): { uncompressedSize?: number; compressedSize?: number; localHeaderOffset?: number } {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const end = field + size;
      const take = (): number => {
        if (field + 8 > end) throw corrupt();
        const v = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return v;
      };
      const uncompressedSize = hasUncompressed ? take() : undefined;
      const compressedSize = hasCompressed ? take() : undefined;
      const localHeaderOffset = hasOffset ? take() : undefined;
      return { uncompressedSize, compressedSize, localHeaderOffset };
    }
    at += 4 + size;
  }
  throw corrupt();
}

/**
 * Thrown by a chunk consumer that has everything it needs: inflating and parsing stop early.
 * Deliberately not an Error: it is control flow, thrown once per part, and capturing a stack
 * trace each time showed up in profiles.
 */
export class StopReading {
  static readonly signal = new StopReading();
  private constructor() {}
}

/**
 * Deflate cannot expand more than 1032:1 (a 258-byte match needs at least a 1-bit length code and a
 * 1-bit distance code). So a part whose compressed size times this bound stays within the limits can
 * be inflated in one call, whatever its header claims, and counted afterwards: it cannot exceed them.
 */
const DEFLATE_MAX_RATIO = 1032;
const BLOCK_SLACK = 1024;

const SCRATCH_MAX = 4 * 1024 * 1024;

/**
 * One output buffer reused for the parts inflated in one piece (most parts of most files), instead of
 * a fresh zero-filled buffer per part: allocating them showed in profiles. A consumer never keeps a
 * chunk beyond its call (the XML scanner copies what it holds back), so the next part may overwrite it.
 * Lent to one caller at a time; a nested or larger request gets its own buffer.
 */
export class InflateScratch {
  private buffer: Uint8Array | undefined = new Uint8Array(0);

  borrow(size: number): Uint8Array {
    const buffer = this.buffer;
    if (size > SCRATCH_MAX || buffer === undefined) return new Uint8Array(size);
    const grown = buffer.length < size ? new Uint8Array(Math.min(SCRATCH_MAX, Math.max(size, 2 * buffer.length, 64 * 1024))) : buffer;
    this.buffer = undefined;
    return grown.subarray(0, size);
  }

  giveBack(lent: Uint8Array): void {
    if (lent.buffer.byteLength <= SCRATCH_MAX && (this.buffer === undefined || this.buffer.length < lent.buffer.byteLength))
      this.buffer = new Uint8Array(lent.buffer);
  }
}

/** Where an entry's stored (compressed) bytes lie, after its local header; refuses what we cannot inflate. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): { readonly dataStart: number; readonly dataEnd: number } {
  // Bit 0: traditional zip encryption; bit 6: strong encryption. Office never writes either.
  if (entry.flags & 0x41) throw unsupported();
  if (entry.method !== 0 && entry.method !== 8) throw unsupported();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIG) throw corrupt();
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw corrupt();
  return { dataStart, dataEnd };
}

/**
 * Inflates one entry, handing each chunk to `onChunk` as it appears and counting it against the budget.
 * `onChunk` may throw StopReading to end early; `onEnd` runs only when the entry was read to its end.
 * `scratch`: a buffer to reuse from part to part (a reader's); without it each part gets its own.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: ReadBudget,
  onChunk: (chunk: Uint8Array, whole: boolean) => void,
  onEnd: () => void,
  scratch?: InflateScratch,
): void {
  const { dataStart, dataEnd } = entryData(bytes, entry);
  budget.entries++;

  let partBytes = 0;
  let compressedBytes = 0;
  // Errors of the consumer (a limit, a parse error, a stop) pass through; only fflate's own mean a corrupt stream.
  let consumerError: unknown = undefined;
  const deliver = (chunk: Uint8Array, whole = false): void => {
    if (chunk.length === 0) return;
    partBytes += chunk.length;
    try {
      budget.inflated(entry.name, chunk.length, partBytes, compressedBytes);
      onChunk(chunk, whole);
    } catch (error) {
      consumerError = error;
      throw error;
    }
  };

  const bound = entry.compressedSize * DEFLATE_MAX_RATIO + BLOCK_SLACK;
  const room = Math.min(budget.limits.maxPartBytes, budget.limits.maxInflatedBytes - budget.inflatedBytes);
  if (entry.method === 8 && bound <= room) {
    let whole: Uint8Array;
    // Sized by the header's claim plus one byte: a longer output fills that byte, a shorter one
    // leaves the buffer short, and either way the claim was false. Without a claim, fflate grows its own buffer.
    const claimed = entry.declaredSize > 0 && entry.declaredSize <= bound;
    const out = claimed ? (scratch?.borrow(entry.declaredSize + 1) ?? new Uint8Array(entry.declaredSize + 1)) : undefined;
    try {
      try {
        whole = inflateSync(bytes.subarray(dataStart, dataEnd), out ? { out } : undefined);
      } catch {
        throw corrupt();
      }
      if (claimed && whole.length !== entry.declaredSize) throw corrupt();
      compressedBytes = entry.compressedSize;
      deliver(whole, true);
      onEnd();
    } finally {
      if (out) scratch?.giveBack(out);
    }
    return;
  }

  try {
    if (entry.method === 0) {
      for (let from = dataStart; from < dataEnd; from += INPUT_STEP) {
        const to = Math.min(dataEnd, from + INPUT_STEP);
        compressedBytes = to - dataStart;
        deliver(bytes.subarray(from, to));
      }
    } else {
      let finished = false;
      const inflater = new Inflate((chunk, final) => {
        deliver(chunk);
        if (final) finished = true;
      });
      if (dataEnd === dataStart) throw corrupt();
      for (let from = dataStart; from < dataEnd; from += INPUT_STEP) {
        const to = Math.min(dataEnd, from + INPUT_STEP);
        compressedBytes = to - dataStart;
        inflater.push(bytes.subarray(from, to), to === dataEnd);
      }
      if (!finished) throw corrupt();
    }
  } catch (error) {
    if (error === consumerError || error instanceof ReadAbort) throw error;
    // fflate reports a damaged deflate stream by throwing; that is a corrupt file, not a crash.
    throw corrupt();
  }
  onEnd();
}
