/**
 * Zip surgery for the corpus: open a workbook into its parts, edit a part as text, and write a zip
 * back — with fflate for ordinary entries, and with our own few lines of zip writing for entries
 * whose bytes we craft ourselves (a deflate bomb, a stored entry, a lying header).
 */
import { crc32 } from "zlib";
import { Deflate, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export type Parts = Map<string, Uint8Array>;

export function unzipParts(bytes: Uint8Array): Parts {
  const out: Parts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) out.set(name, data);
  return out;
}

/** A fixed modification time, so the same case gives the same bytes on every run. */
export const FIXED_MTIME = new Date(Date.UTC(2026, 5, 1, 8, 0, 0));

/** Zips parts in insertion order ([Content_Types].xml should come first, as Office writes it). */
export function zipParts(parts: Parts, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const input: Zippable = {};
  for (const [name, data] of parts) if (!name.endsWith("/")) input[name] = [data, { level, mtime: FIXED_MTIME }];
  return zipSync(input);
}

export function partText(parts: Parts, name: string): string {
  const data = parts.get(name);
  if (!data) throw new Error(`corpus: no part ${name} (parts: ${[...parts.keys()].join(", ")})`);
  return strFromU8(data);
}

export function setPartText(parts: Parts, name: string, text: string): void {
  parts.set(name, strToU8(text));
}

export function editPart(parts: Parts, name: string, edit: (xml: string) => string): void {
  const before = partText(parts, name);
  const after = edit(before);
  if (after === before) throw new Error(`corpus: the edit of ${name} changed nothing`);
  setPartText(parts, name, after);
}

/** One entry with bytes we made ourselves. `declaredSize` is what the headers say the entry inflates to. */
export interface RawEntry {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: 0 | 8;
  readonly data: Uint8Array;
  readonly crc: number;
  readonly declaredSize: number;
}

export function storedEntry(name: string, content: Uint8Array): RawEntry {
  return { name, method: 0, data: content, crc: crc32(content) >>> 0, declaredSize: content.length };
}

export function deflatedEntry(name: string, content: Uint8Array, level: 1 | 6 | 9 = 6): RawEntry {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level }, (chunk) => chunks.push(chunk));
  deflate.push(content, true);
  return { name, method: 8, data: concat(chunks), crc: crc32(content) >>> 0, declaredSize: content.length };
}

/**
 * A deflate stream of `megabytes` MB of zeros, made in milliseconds: one MB of zeros is deflated and
 * sync-flushed to a byte boundary once, and that block is repeated (each repeat only refers back to
 * zeros), then closed by an empty final block. The CRC and sizes in the headers are true, so a reader
 * that trusts them would inflate all of it.
 */
export function zeroBombEntry(name: string, megabytes: number): RawEntry {
  const MB = 1024 * 1024;
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const zeros = new Uint8Array(MB);
  deflate.push(zeros);
  deflate.flush(true);
  const block = concat(chunks);
  // BFINAL=1, BTYPE=01 (fixed Huffman), end-of-block code 0000000: the bits 1,10,0000000 → 0x03 0x00.
  const finalBlock = new Uint8Array([0x03, 0x00]);
  const data = new Uint8Array(block.length * megabytes + finalBlock.length);
  for (let i = 0; i < megabytes; i++) data.set(block, i * block.length);
  data.set(finalBlock, block.length * megabytes);
  return { name, method: 8, data, crc: crcOfZeros(megabytes * MB), declaredSize: megabytes * MB };
}

/** The CRC-32 of `length` zero bytes, by doubling with crc32_combine rather than running over them. */
export function crcOfZeros(length: number): number {
  let crc = 0;
  let have = false;
  let power = crc32(new Uint8Array(1)) >>> 0;
  let powerLength = 1;
  for (let n = length; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) {
      crc = have ? crc32Combine(crc, power, powerLength) : power;
      have = true;
    }
    power = crc32Combine(power, power, powerLength);
    powerLength *= 2;
  }
  return crc >>> 0;
}

/** zlib's crc32_combine: the CRC of A‖B from crc(A), crc(B) and the length of B (GF(2) matrix powers). */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  const times = (matrix: Uint32Array, vector: number): number => {
    let sum = 0;
    for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i]!;
    return sum >>> 0;
  };
  const square = (out: Uint32Array, matrix: Uint32Array): void => {
    for (let n = 0; n < 32; n++) out[n] = times(matrix, matrix[n]!);
  };
  if (lengthB <= 0) return crcA >>> 0;
  let even = new Uint32Array(32);
  let odd = new Uint32Array(32);
  odd[0] = 0xedb88320; // the CRC-32 polynomial: the operator for one zero bit
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  square(even, odd); // two zero bits
  square(odd, even); // four zero bits
  let crc = crcA >>> 0;
  let length = lengthB;
  do {
    square(even, odd);
    if (length & 1) crc = times(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    square(odd, even);
    if (length & 1) crc = times(odd, crc);
    length = Math.floor(length / 2);
  } while (length !== 0);
  [even, odd] = [odd, even];
  return (crc ^ crcB) >>> 0;
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A zip whose first entry is `gapBytes` stored zeros, returned as the bytes before the zeros and the
 * bytes after them: the caller lays them out (a sparse file on disk, a zero-filled array in memory)
 * without ever writing the zeros. The archive is valid: sizes and CRC are true.
 */
export function writeZipWithZeroGap(
  gapName: string,
  gapBytes: number,
  entries: readonly RawEntry[],
): { head: Uint8Array; gapBytes: number; tail: Uint8Array } {
  const gap: RawEntry = { name: gapName, method: 0, data: new Uint8Array(0), crc: crcOfZeros(gapBytes), declaredSize: gapBytes };
  const whole = writeRawZip([gap, ...entries], new Map([[gapName, gapBytes]]));
  const headLength = 30 + new TextEncoder().encode(gapName).length;
  return { head: whole.subarray(0, headLength), gapBytes, tail: whole.subarray(headLength) };
}

/**
 * Writes a plain (non-zip64) zip of crafted entries: local headers, data, central directory, end record.
 * `gaps` gives, for an entry with empty data, how many bytes its data really has (written elsewhere).
 */
export function writeRawZip(entries: readonly RawEntry[], gaps: ReadonlyMap<string, number> = new Map()): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc, true);
    const dataLength = gaps.get(entry.name) ?? entry.data.length;
    lv.setUint32(18, dataLength, true);
    lv.setUint32(22, entry.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, dataLength, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + dataLength;
  }
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}

/** The parts of a workbook as raw entries (deflated), for mixing with crafted ones. */
export function rawEntriesOf(parts: Parts, replace: ReadonlyMap<string, RawEntry> = new Map()): RawEntry[] {
  return [...parts].map(([name, data]) => replace.get(name) ?? deflatedEntry(name, data));
}
