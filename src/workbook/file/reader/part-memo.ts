/**
 * What was read from a part, kept with the part's compressed bytes, so that the next file holding
 * the same bytes is not inflated and parsed again. Files made from one template by one program repeat
 * their relationships, styles and (from our own writer) workbook part byte for byte, and a merge reads
 * hundreds of them. Equal compressed bytes inflate to equal XML, so reuse is exact, never a guess.
 *
 * A reuse is charged to the file's budget as the first read was (the same part count and inflated
 * bytes), and only under equal limits: a result read under looser limits must not slip past tighter
 * ones. Results are shared between files, so they must never be changed by their readers.
 */
import type { ReadLimits } from "./limits";
import type { XlsxPackage } from "./package";
import { entryData } from "./zip";

interface Kept<T> {
  readonly part: string;
  readonly method: number;
  /** The header's size claim: a false one is a damaged file, found only by inflating. */
  readonly declaredSize: number;
  readonly data: Uint8Array;
  readonly limits: ReadLimits;
  readonly inflated: number;
  readonly value: T;
}

/** A part larger than this is read each time: keeping its bytes would cost more memory than the reuse saves. */
const MAX_KEPT_BYTES = 256 * 1024;

export class PartMemo<T> {
  private kept: Kept<T>[] = [];

  /** `capacity`: how many different parts of one kind a file reads (relationships: the package's and the workbook's). */
  constructor(private readonly capacity = 1) {}

  read(pkg: XlsxPackage, partName: string, parse: () => T): T {
    const entry = pkg.entry(partName);
    if (entry === undefined || entry.compressedSize > MAX_KEPT_BYTES) return parse();
    const { dataStart, dataEnd } = entryData(pkg.bytes, entry);
    const data = pkg.bytes.subarray(dataStart, dataEnd);
    const { budget } = pkg;
    for (const kept of this.kept) {
      if (
        kept.part === entry.name &&
        kept.method === entry.method &&
        kept.declaredSize === entry.declaredSize &&
        sameLimits(kept.limits, budget.limits) &&
        sameBytes(kept.data, data)
      ) {
        budget.entries++;
        budget.inflated(entry.name, kept.inflated, kept.inflated, entry.compressedSize);
        return kept.value;
      }
    }
    const before = budget.inflatedBytes;
    const value = parse();
    const kept: Kept<T> = {
      part: entry.name,
      method: entry.method,
      declaredSize: entry.declaredSize,
      data: data.slice(),
      limits: budget.limits,
      inflated: budget.inflatedBytes - before,
      value,
    };
    this.kept = [kept, ...this.kept.slice(0, this.capacity - 1)];
    return value;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameLimits(a: ReadLimits, b: ReadLimits): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as (keyof ReadLimits)[]) if (a[key] !== b[key]) return false;
  return true;
}
