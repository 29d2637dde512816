/**
 * The event interface shared by both XML engines (see xml.ts), and the errors they raise.
 */
import type { ReadBudget } from "./limits";
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
}

export interface XmlSink {
  write(text: string): void;
  end(): void;
}

/** "bytes" reads UTF-8 bytes (xml-bytes.ts); fed text, as in the differential test, it encodes it first. */
export type XmlEngine = "saxes" | "scanner" | "bytes";

export interface XmlContext {
  readonly part: string;
  readonly budget: ReadBudget;
}

/** Elements between time checks: often enough for a tight time limit, rare enough to cost nothing. */
export const TIME_CHECK_EVERY = 4096;

export const localName = (qualified: string): string => {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

export const malformed = (part: string): ReadAbort => new ReadAbort(readerError("reader.xml-malformed", { part }));
export const doctype = (part: string): ReadAbort => new ReadAbort(readerError("reader.xml-doctype", { part }));
export const tooDeep = (part: string, limit: number): ReadAbort => new ReadAbort(readerError("reader.xml-too-deep", { part, limit }));
