/**
 * A streaming, non-recursive XML scanner for the bulk parts (sheets, shared strings), built on
 * String.indexOf so that it runs several times faster than a character-by-character parser.
 *
 * It enforces what matters for reading safely and exactly: matched tags, one root, quoted attributes
 * without "<", no duplicate attributes, only the five built-in entities and numeric character
 * references, no DOCTYPE/ENTITY at all, a depth limit, XML line-end and attribute-value
 * normalisation. It does not validate every character of names (a name that is not one we look
 * for is simply not used). Text the handler does not ask for is skipped, not decoded.
 */
import type { XmlAttributes, XmlContext, XmlHandler, XmlSink } from "./xml-events";
import { doctype, localName, malformed, TIME_CHECK_EVERY, tooDeep } from "./xml-events";

class ScannerAttributes implements XmlAttributes {
  names: string[] = [];
  values: string[] = [];
  count = 0;

  get(local: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === local) return this.values[i];
    for (let i = 0; i < this.count; i++) {
      const name = this.names[i];
      if (name.length > local.length && name.charCodeAt(name.length - local.length - 1) === 58 && name.endsWith(local) && !name.startsWith("xmlns")) {
        return this.values[i];
      }
    }
    return undefined;
  }

  add(name: string, value: string, part: string): void {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) throw malformed(part);
    this.names[this.count] = name;
    this.values[this.count] = value;
    this.count++;
  }
}

const MAX_TOKEN_CHARS = 8 * 1024 * 1024;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

export class XmlScanner implements XmlSink {
  private pending = "";
  private readonly stack: string[] = [];
  private rootSeen = false;
  private opened = 0;
  private readonly attributes = new ScannerAttributes();
  private readonly part: string;
  private readonly maxDepth: number;

  constructor(
    private readonly handler: XmlHandler,
    private readonly context: XmlContext,
  ) {
    this.part = context.part;
    this.maxDepth = context.budget.limits.maxXmlDepth;
  }

  write(text: string): void {
    const s = this.pending.length > 0 ? this.pending + text : text;
    const consumed = this.scan(s, false);
    this.pending = consumed === s.length ? "" : s.slice(consumed);
  }

  end(): void {
    const s = this.pending;
    this.pending = "";
    this.scan(s, true);
    if (!this.rootSeen || this.stack.length > 0) throw malformed(this.part);
  }

  /** Consumes complete tokens of `s`; returns where the first incomplete one starts (it waits for more text). */
  private scan(s: string, final: boolean): number {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        if (final) {
          this.textRun(s, i, n);
          return n;
        }
        // Hand over the text we have now, so that a long text is never scanned twice; keep back only
        // an entity or a "\r\n" that the next chunk may complete.
        let safe = n;
        const amp = s.lastIndexOf("&");
        if (amp >= i && s.indexOf(";", amp) < 0) safe = amp;
        if (safe > i && s.charCodeAt(safe - 1) === 13) safe--;
        if (safe > i) this.textRun(s, i, safe);
        return safe;
      }
      if (lt > i) this.textRun(s, i, lt);
      i = lt;
      if (lt + 1 >= n) return this.needMore(final, lt, n);
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) return this.needMore(final, lt, n);
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
        const name = s.slice(lt + 2, nameEnd);
        if (this.stack.pop() !== name) throw malformed(this.part);
        this.handler.close(localName(name));
        i = gt + 1;
      } else if (c === 33 /* ! */) {
        if (s.startsWith("!--", lt + 1)) {
          const end = s.indexOf("-->", lt + 4);
          if (end < 0) return this.needMore(final, lt, n);
          i = end + 3;
        } else if (s.startsWith("![CDATA[", lt + 1)) {
          const end = s.indexOf("]]>", lt + 9);
          if (end < 0) return this.needMore(final, lt, n);
          if (this.stack.length === 0) throw malformed(this.part);
          if (this.handler.wantText) this.handler.text(normaliseLineEnds(s.slice(lt + 9, end)));
          i = end + 3;
        } else {
          if (n - lt < 9 && !final) return this.needMore(final, lt, n);
          const word = s.slice(lt + 2, lt + 9).toUpperCase();
          if (word.startsWith("DOCTYPE") || word.startsWith("ENTITY")) throw doctype(this.part);
          throw malformed(this.part);
        }
      } else if (c === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) return this.needMore(final, lt, n);
        i = end + 2;
      } else {
        const end = this.openTag(s, lt);
        if (end < 0) return this.needMore(final, lt, n);
        i = end;
      }
    }
    return n;
  }

  private needMore(final: boolean, at: number, length: number): number {
    if (final) throw malformed(this.part);
    // No spreadsheet writes a single tag, comment or CDATA section this long; waiting for its end would
    // rescan it with every chunk.
    if (length - at > MAX_TOKEN_CHARS) throw malformed(this.part);
    return at;
  }

  private textRun(s: string, from: number, to: number): void {
    if (this.stack.length === 0) {
      // Only whitespace may stand outside the root element.
      for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) throw malformed(this.part);
      return;
    }
    if (!this.handler.wantText) return;
    const raw = s.slice(from, to);
    this.handler.text(decodeEntities(normaliseLineEnds(raw), this.part));
  }

  /** Parses "<name attr="v" ...>" or ".../>" starting at `lt`; returns the index after it, or -1 when incomplete. */
  private openTag(s: string, lt: number): number {
    const n = s.length;
    let p = lt + 1;
    while (p < n) {
      const ch = s.charCodeAt(p);
      if (ch === 62 || ch === 47 || isSpace(ch)) break;
      if (ch === 60 || ch === 34 || ch === 39 || ch === 61 || ch === 38) throw malformed(this.part);
      p++;
    }
    if (p >= n) return -1;
    if (p === lt + 1) throw malformed(this.part);
    const name = s.slice(lt + 1, p);
    const attributes = this.attributes;
    attributes.count = 0;
    let selfClosing = false;
    for (;;) {
      const before = p;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const ch = s.charCodeAt(p);
      if (ch === 62 /* > */) {
        p++;
        break;
      }
      if (ch === 47 /* / */) {
        if (p + 1 >= n) return -1;
        if (s.charCodeAt(p + 1) !== 62) throw malformed(this.part);
        selfClosing = true;
        p += 2;
        break;
      }
      // Attributes must be separated by whitespace.
      if (p === before) throw malformed(this.part);
      const nameStart = p;
      while (p < n) {
        const a = s.charCodeAt(p);
        if (a === 61 || a === 62 || a === 47 || isSpace(a)) break;
        if (a === 60 || a === 34 || a === 39 || a === 38) throw malformed(this.part);
        p++;
      }
      if (p >= n) return -1;
      const attributeName = s.slice(nameStart, p);
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      if (s.charCodeAt(p) !== 61 || attributeName.length === 0) throw malformed(this.part);
      p++;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const quote = s.charCodeAt(p);
      if (quote !== 34 && quote !== 39) throw malformed(this.part);
      const close = s.indexOf(quote === 34 ? '"' : "'", p + 1);
      if (close < 0) return -1;
      const raw = s.slice(p + 1, close);
      if (raw.includes("<")) throw malformed(this.part);
      attributes.add(attributeName, decodeEntities(normaliseAttributeSpaces(raw), this.part), this.part);
      p = close + 1;
    }
    if (this.stack.length === 0) {
      if (this.rootSeen) throw malformed(this.part);
      this.rootSeen = true;
    }
    this.stack.push(name);
    if (this.stack.length > this.maxDepth) throw tooDeep(this.part, this.maxDepth);
    if (++this.opened % TIME_CHECK_EVERY === 0) this.context.budget.checkTime();
    const local = localName(name);
    this.handler.open(local, attributes);
    if (selfClosing) {
      this.stack.pop();
      this.handler.close(local);
    }
    return p;
  }
}

/** XML 1.0 §2.11: "\r\n" and a lone "\r" are read as "\n". */
export function normaliseLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** XML 1.0 §3.3.3: literal tab, newline and carriage return in an attribute value are read as spaces (character references are kept). */
function normaliseAttributeSpaces(raw: string): string {
  return /[\t\n\r]/.test(raw) ? raw.replace(/\r\n/g, " ").replace(/[\t\n\r]/g, " ") : raw;
}

const BUILT_IN: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Decodes the five built-in entities and numeric references; anything else is refused, never looked up. */
export function decodeEntities(text: string, part: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = text.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw malformed(part);
    const ref = text.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref.charCodeAt(1) === 120; /* x */
      const digits = ref.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw malformed(part);
      const code = parseInt(digits, hex ? 16 : 10);
      if (!isXmlChar(code)) throw malformed(part);
      decoded = String.fromCodePoint(code);
    } else {
      decoded = BUILT_IN.get(ref);
      if (decoded === undefined) throw malformed(part);
    }
    out += text.slice(from, amp) + decoded;
    from = semi + 1;
    amp = text.indexOf("&", from);
  }
  return out + text.slice(from);
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
