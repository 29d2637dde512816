/**
 * saxes, the proven general XML parser, as the oracle the reader's scanner is held to: it reports to
 * the same handlers, with the same local names, the same refusals of DOCTYPE, depth and malformed
 * input, and text only while the handler asks for it. Test-only: the product reads with its own scanner.
 */
import { SaxesParser } from "saxes";
import {
  doctype,
  malformed,
  TIME_CHECK_EVERY,
  tooDeep,
  type XmlAttributes,
  type XmlContext,
  type XmlHandler,
} from "../../src/workbook/file/reader/xml";

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(":") + 1);

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

/** Parses the text of a whole document (or its chunks) with saxes, reporting to `handler`. */
export function saxesParse(chunks: readonly string[], handler: XmlHandler, { part, budget }: XmlContext): void {
  // position: false, xmlns: false — local names are matched here, as the scanner does.
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
  for (const chunk of chunks) parser.write(chunk);
  parser.close();
}
