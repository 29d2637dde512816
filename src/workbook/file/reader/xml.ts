/**
 * How the reader's parts are parsed: one streaming XML scanner over the inflated bytes (xml-bytes.ts),
 * iterative (no recursion, so deep nesting cannot overflow the stack) and refusing DTDs. A part in
 * UTF-16 is transcoded to UTF-8 first (package.ts). This is the event interface its handlers see, and
 * the errors it raises.
 *
 * Handlers see local names (prefixes dropped: Excel, LibreOffice and WPS-style writers differ in
 * prefixes, never in local names) and get text only while they ask for it. saxes, the proven general
 * parser, is the oracle the scanner is held to in the tests (test/reader/xml-engines.test.ts).
 */
import type { ReadBudget } from "./limits";
import type { ByteNameCache } from "./xml-bytes";
import { readerError, ReadAbort } from "./reader-error";

export interface XmlAttributes {
  /** The attribute of that local name: "id" finds r:id; an exact name wins over a prefixed one. */
  get(localName: string): string | undefined;
}

export interface XmlHandler {
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  /** Character data (entity-decoded, CDATA included); called only while `wantText` is true. */
  text(text: string): void;
  readonly wantText: boolean;
  /**
   * Text not wanted but held to the rules read text is (its entity references), without being decoded:
   * a caller that skips some text must refuse what reading it would have refused. Optional, false when absent.
   */
  readonly checkText?: boolean;
  /** An element whose content often repeats byte for byte from file to file; see ContentReuse. Optional for an engine to honour. */
  readonly reuse?: ContentReuse;
}

/** Where an element's content was last seen: its bytes, at which depth, under which depth limit. */
export interface SeenContent {
  readonly content: Uint8Array;
  readonly depth: number;
  readonly maxDepth: number;
}

/**
 * An element whose content repeats byte for byte from file to file (the defined names of one template,
 * in files whose workbook part otherwise differs: Excel writes each user's window size there). When the
 * content after the element's opening tag is the same bytes as last time, at the same depth under the
 * same depth limit, the byte scanner skips to its closing tag and calls same() instead of sending the
 * events of the content: identical bytes in the same place give identical events, and the handler
 * repeats what they did last time. The bytes were validated as UTF-8 with the rest of the part.
 */
export interface ContentReuse {
  /** The local name of the element. */
  readonly element: string;
  readonly last: SeenContent | undefined;
  same(): void;
  /** The content just read, for next time: called at the element's end when it lay within one chunk. */
  seen(last: SeenContent): void;
}

export interface XmlContext {
  readonly part: string;
  readonly budget: ReadBudget;
  /** The element names met before, by the same reader (ReaderMemory); a fresh cache when absent. */
  readonly names?: ByteNameCache;
}

/** Elements between time checks: often enough for a tight time limit, rare enough to cost nothing. */
export const TIME_CHECK_EVERY = 4096;

export const malformed = (part: string): ReadAbort => new ReadAbort(readerError("reader.xml-malformed", { part }));
export const doctype = (part: string): ReadAbort => new ReadAbort(readerError("reader.xml-doctype", { part }));
export const tooDeep = (part: string, limit: number): ReadAbort => new ReadAbort(readerError("reader.xml-too-deep", { part, limit }));
