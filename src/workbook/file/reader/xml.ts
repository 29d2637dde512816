/**
 * One event interface over three streaming XML engines, all iterative (no recursion, so deep
 * nesting cannot overflow the stack) and all refusing DTDs:
 * - "bytes": our scanner over the UTF-8 bytes (xml-bytes.ts), which reads every UTF-8 part in
 *   production (see PRODUCTION_ENGINE in package.ts for why);
 * - "scanner": the same scanner over decoded text (xml-scanner.ts), for UTF-16 parts;
 * - "saxes": the proven general parser, the oracle of the differential test
 *   (test/reader/xml-engines.test.ts) that holds the scanner to its events on generated and real
 *   documents, and a one-line switch back should the scanner ever be in doubt.
 *
 * Handlers see local names (prefixes dropped: Excel, LibreOffice and WPS-style writers differ in
 * prefixes, never in local names) and get text only while they ask for it.
 */
import { SaxesParser } from "saxes";
import { localName, malformed, doctype, tooDeep, TIME_CHECK_EVERY } from "./xml-events";
import type { XmlAttributes, XmlContext, XmlEngine, XmlHandler, XmlSink } from "./xml-events";
import { XmlByteScanner } from "./xml-bytes";
import { XmlScanner } from "./xml-scanner";

export type { XmlAttributes, XmlContext, XmlEngine, XmlHandler, XmlSink } from "./xml-events";

export function createXmlSink(engine: XmlEngine, handler: XmlHandler, context: XmlContext): XmlSink {
  if (engine === "bytes") {
    const scanner = new XmlByteScanner(handler, context);
    const encoder = new TextEncoder();
    return { write: (text) => scanner.write(encoder.encode(text)), end: () => scanner.end() };
  }
  return engine === "scanner" ? new XmlScanner(handler, context) : saxesSink(handler, context);
}

class RecordAttributes implements XmlAttributes {
  constructor(private readonly record: Record<string, string>) {}
  get(local: string): string | undefined {
    const exact = this.record[local];
    if (exact !== undefined) return exact;
    for (const name of Object.keys(this.record)) {
      if (!name.startsWith("xmlns") && localName(name) === local) return this.record[name];
    }
    return undefined;
  }
}

function saxesSink(handler: XmlHandler, { part, budget }: XmlContext): XmlSink {
  // position: false, xmlns: false — we match local names ourselves; both options only cost time here.
  const parser = new SaxesParser({ position: false });
  const maxDepth = budget.limits.maxXmlDepth;
  let depth = 0;
  let opened = 0;
  parser.on("doctype", () => {
    throw doctype(part);
  });
  parser.on("error", () => {
    throw malformed(part);
  });
  parser.on("opentag", (tag) => {
    if (++depth > maxDepth) throw tooDeep(part, maxDepth);
    if (++opened % TIME_CHECK_EVERY === 0) budget.checkTime();
    handler.open(localName(tag.name), new RecordAttributes(tag.attributes as Record<string, string>));
  });
  parser.on("closetag", (tag) => {
    depth--;
    handler.close(localName(tag.name));
  });
  // Text outside the root element (whitespace around it) belongs to no element; the scanner does not report it either.
  parser.on("text", (text) => {
    if (depth > 0 && handler.wantText) handler.text(text);
  });
  parser.on("cdata", (text) => {
    if (handler.wantText) handler.text(text);
  });
  return {
    write(text) {
      parser.write(text);
    },
    end() {
      parser.close();
    },
  };
}
