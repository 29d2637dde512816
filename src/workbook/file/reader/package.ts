/**
 * The opened .xlsx package: the zip directory plus the read budget, and the one way to read a part,
 * streaming inflate → XML events over the bytes, so a part is never held whole in memory and a
 * handler that has what it needs stops the inflating too.
 */
import type { ReadBudget } from "./limits";
import { readerError, ReadAbort } from "./reader-error";
import { createXmlSink, type XmlEngine, type XmlHandler, type XmlSink } from "./xml";
import { XmlByteScanner } from "./xml-bytes";
import { inflateEntry, readZipDirectory, StopReading, type ZipDirectory, type ZipEntry } from "./zip";

/**
 * The engine every part is read with: the scanner over bytes. Not saxes: on a template saxes cost 4×
 * the scanner per byte and its construction alone 0.4× of unzipping the whole file, while the target
 * is reading within 3× of unzipping. Not the scanner over text either: decoding every part to a string
 * cost another 0.5× of unzipping, for text nobody reads. saxes remains the oracle both scanners are
 * tested against; a part in UTF-16 (a byte-order mark) is decoded and read by the text scanner.
 */
export const PRODUCTION_ENGINE: XmlEngine = "bytes";

export class XlsxPackage {
  readonly directory: ZipDirectory;

  constructor(
    readonly bytes: Uint8Array,
    readonly budget: ReadBudget,
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
  readXml(partName: string, handler: XmlHandler, engine: XmlEngine = PRODUCTION_ENGINE): boolean {
    const entry = this.entry(partName);
    if (entry === undefined) return false;
    const part = entry.name;
    const context = { part, budget: this.budget };
    let bytes: XmlByteScanner | undefined;
    let text: XmlSink | undefined;
    let decoder: TextDecoder | undefined;
    const decodeError = (): ReadAbort => new ReadAbort(readerError("reader.xml-malformed", { part }));
    try {
      inflateEntry(
        this.bytes,
        entry,
        this.budget,
        (chunk, whole) => {
          if (bytes === undefined && text === undefined) {
            decoder = engine === "bytes" ? utf16DecoderFor(chunk) : decoderFor(chunk);
            if (decoder === undefined) bytes = new XmlByteScanner(handler, context);
            else text = createXmlSink(engine === "bytes" ? "scanner" : engine, handler, context);
          }
          if (bytes !== undefined) {
            bytes.write(chunk);
            return;
          }
          let decoded: string;
          try {
            // A part inflated in one piece is decoded in one call; streaming decode costs several times more.
            decoded = whole ? decoder!.decode(chunk) : decoder!.decode(chunk, { stream: true });
          } catch {
            throw decodeError();
          }
          text!.write(decoded);
        },
        () => {
          if (bytes !== undefined) {
            bytes.end();
            return;
          }
          // An empty part: no chunk ever came.
          text ??= createXmlSink(engine === "bytes" ? "scanner" : engine, handler, context);
          try {
            if (decoder) text.write(decoder.decode());
          } catch {
            throw decodeError();
          }
          text.end();
        },
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

/** Excel writes UTF-8; a few tools write UTF-16 with a byte-order mark. Invalid bytes are an error, never replaced silently. */
function decoderFor(first: Uint8Array): TextDecoder {
  return utf16DecoderFor(first) ?? new TextDecoder("utf-8", { fatal: true });
}

/** A decoder for a part in UTF-16 (by its byte-order mark); undefined for UTF-8, which the byte scanner reads as it is. */
function utf16DecoderFor(first: Uint8Array): TextDecoder | undefined {
  if (first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true });
  if (first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true });
  return undefined;
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
