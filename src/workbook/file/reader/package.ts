/**
 * The opened .xlsx package: the zip directory plus the read budget, and the one way to read a part,
 * streaming inflate → XML events over the bytes (xml-bytes.ts), so a part is never held whole in memory and a
 * handler that has what it needs stops the inflating too.
 */
import type { ReadBudget } from "./limits";
import { ReaderMemory } from "./reader-memory";
import { malformed, type XmlHandler } from "./xml";
import { XmlByteScanner } from "./xml-bytes";
import { inflateEntry, readZipDirectory, StopReading, type ZipDirectory, type ZipEntry } from "./zip";

export class XlsxPackage {
  readonly directory: ZipDirectory;

  /** `memory`: what the reader remembers from earlier files (ReaderMemory); a package opened on its own remembers nothing. */
  constructor(
    readonly bytes: Uint8Array,
    readonly budget: ReadBudget,
    readonly memory: ReaderMemory = new ReaderMemory(),
  ) {
    this.directory = readZipDirectory(bytes, budget.limits);
  }

  /** The entry of a part name ("xl/workbook.xml", with or without a leading "/"), case-insensitively. */
  entry(partName: string): ZipEntry | undefined {
    return this.directory.entries.get(stripSlash(partName).toLowerCase());
  }

  has(partName: string): boolean {
    return this.entry(partName) !== undefined;
  }

  /**
   * Streams one part through an XML handler. Returns false when the part does not exist.
   * The handler may throw StopReading once it has what it needs.
   */
  readXml(partName: string, handler: XmlHandler): boolean {
    const entry = this.entry(partName);
    if (entry === undefined) return false;
    const part = entry.name;
    const scanner = new XmlByteScanner(handler, { part, budget: this.budget, names: this.memory.elementNames });
    /** Known at the first chunk: null for UTF-8, which the scanner reads as it is. */
    let utf16: Utf16Transcoder | null | undefined;
    try {
      inflateEntry(
        this.bytes,
        entry,
        this.budget,
        (chunk, whole) => {
          if (utf16 === undefined) utf16 = utf16Transcoder(chunk, part);
          scanner.write(utf16 === null ? chunk : utf16.write(chunk, whole));
        },
        () => {
          if (utf16) scanner.write(utf16.end());
          scanner.end();
        },
        this.memory.scratch,
      );
    } catch (error) {
      if (error instanceof StopReading) return true;
      throw error;
    }
    return true;
  }

  /** The first bytes of a small part (the ODF "mimetype" entry), bounded by `max`. */
  readBytes(partName: string, max: number): Uint8Array | undefined {
    const entry = this.entry(partName);
    if (entry === undefined) return undefined;
    const out = new Uint8Array(max);
    let length = 0;
    try {
      inflateEntry(
        this.bytes,
        entry,
        this.budget,
        (chunk) => {
          const take = Math.min(chunk.length, max - length);
          out.set(chunk.subarray(0, take), length);
          length += take;
          if (length >= max) throw StopReading.signal;
        },
        () => undefined,
      );
    } catch (error) {
      if (!(error instanceof StopReading)) throw error;
    }
    return out.subarray(0, length);
  }
}

interface Utf16Transcoder {
  write(chunk: Uint8Array, whole: boolean): Uint8Array;
  end(): Uint8Array;
}

/**
 * Excel writes UTF-8; a few tools write UTF-16 with a byte-order mark. Such a part is decoded and
 * encoded again as UTF-8, the only encoding the scanner reads (rare, so the extra pass costs nothing
 * that matters). Invalid UTF-16 (a lone surrogate) is an error, never replaced silently.
 */
function utf16Transcoder(first: Uint8Array, part: string): Utf16Transcoder | null {
  const label = first[0] === 0xff && first[1] === 0xfe ? "utf-16le" : first[0] === 0xfe && first[1] === 0xff ? "utf-16be" : null;
  if (label === null) return null;
  const decoder = new TextDecoder(label, { fatal: true });
  const encoder = new TextEncoder();
  const encode = (decode: () => string): Uint8Array => {
    let text: string;
    try {
      text = decode();
    } catch {
      throw malformed(part);
    }
    return encoder.encode(text);
  };
  return {
    // A part inflated in one piece is decoded in one call; streaming decode costs several times more.
    write: (chunk, whole) => encode(() => (whole ? decoder.decode(chunk) : decoder.decode(chunk, { stream: true }))),
    end: () => encode(() => decoder.decode()),
  };
}

const stripSlash = (name: string): string => (name.startsWith("/") ? name.slice(1) : name);

/** The folder of a part: "xl/workbook.xml" → "xl". */
export function partFolder(partName: string): string {
  const clean = stripSlash(partName);
  const slash = clean.lastIndexOf("/");
  return slash < 0 ? "" : clean.slice(0, slash);
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(partName: string): string {
  const clean = stripSlash(partName);
  const slash = clean.lastIndexOf("/");
  return slash < 0 ? `_rels/${clean}.rels` : `${clean.slice(0, slash)}/_rels/${clean.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against the folder of its source part. Targets are relative
 * ("worksheets/sheet1.xml", "../xl/styles.xml") or absolute ("/xl/worksheets/sheet1.xml");
 * writers differ, Excel itself writes relative ones.
 */
export function resolveTarget(sourceFolder: string, target: string): string {
  const decoded = safeDecodeUri(target.replace(/\\/g, "/"));
  const segments = decoded.startsWith("/") ? [] : sourceFolder.split("/").filter((s) => s.length > 0);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
