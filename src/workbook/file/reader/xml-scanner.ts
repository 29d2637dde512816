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
import { doctype, malformed, TIME_CHECK_EVERY, tooDeep } from "./xml-events";

/**
 * Attributes of the current tag as positions in the source text: names are compared in place and a
 * value is cut out and decoded only when a handler asks for it (most are never asked for).
 */
class ScannerAttributes implements XmlAttributes {
  source = "";
  /** The attribute text of the tag, between its name and its closing ">" or "/>"; already checked by START_TAG. */
  from = 0;
  to = 0;
  part = "";
  private parsed = false;
  private nameStart: number[] = [];
  private nameEnd: number[] = [];
  private valueStart: number[] = [];
  private valueEnd: number[] = [];
  private count = 0;
  private prefixed = false;

  reset(source: string, from: number, to: number, part: string): void {
    this.source = source;
    this.from = from;
    this.to = to;
    this.part = part;
    this.parsed = false;
  }

  get(local: string): string | undefined {
    if (!this.parsed) this.parse();
    const s = this.source;
    for (let i = 0; i < this.count; i++) {
      if (this.nameEnd[i] - this.nameStart[i] === local.length && s.startsWith(local, this.nameStart[i])) return this.value(i);
    }
    if (!this.prefixed) return undefined;
    for (let i = 0; i < this.count; i++) {      const start = this.nameStart[i];
      const end = this.nameEnd[i];
      const at = end - local.length;
      if (at > start && s.charCodeAt(at - 1) === 58 && s.startsWith(local, at) && !s.startsWith("xmlns", start)) return this.value(i);
    }
    return undefined;
  }

  private value(i: number): string {
    const s = this.source;
    const start = this.valueStart[i];
    const end = this.valueEnd[i];
    for (let k = start; k < end; k++) {
      const c = s.charCodeAt(k);
      if (c === 38 /* & */ || c < 32) return decodeEntities(normaliseAttributeSpaces(s.slice(start, end)), this.part);
    }
    return s.slice(start, end);
  }

  /** Splits the attribute text, which START_TAG has already found well-formed; only duplicates are left to refuse. */
  private parse(): void {
    const s = this.source;
    const to = this.to;
    this.count = 0;
    this.prefixed = false;
    let p = this.from;
    for (;;) {
      while (p < to && s.charCodeAt(p) <= 32) p++;
      if (p >= to) break;
      const nameStart = p;
      while (p < to) {
        const c = s.charCodeAt(p);
        if (c === 61 || c <= 32) break;
        if (c === 58) this.prefixed = true;
        p++;
      }
      const nameEnd = p;
      while (s.charCodeAt(p) !== 61) p++;
      p++;
      while (s.charCodeAt(p) <= 32) p++;
      const quote = s[p];
      const close = s.indexOf(quote, p + 1);
      this.add(nameStart, nameEnd, p + 1, close);
      p = close + 1;
    }
    this.parsed = true;
  }

  private add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const s = this.source;
    const length = nameEnd - nameStart;
    for (let i = 0; i < this.count; i++) {
      if (this.nameEnd[i] - this.nameStart[i] === length && sameText(s, this.nameStart[i], nameStart, length)) throw malformed(this.part);
    }
    const n = this.count++;
    this.nameStart[n] = nameStart;
    this.nameEnd[n] = nameEnd;
    this.valueStart[n] = valueStart;
    this.valueEnd[n] = valueEnd;
  }
}

function sameText(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

const MAX_TOKEN_CHARS = 8 * 1024 * 1024;

/**
 * A whole start tag, checked in one native regex pass (test() with a sticky regex allocates nothing):
 * a name, then attributes each preceded by whitespace, name = "value" or 'value' without "<".
 * No nested quantifier can backtrack badly: each repetition must start with whitespace and a name.
 */
// eslint-disable-next-line no-control-regex -- control characters are excluded from names on purpose
const START_TAG = /<[^\x00-\x20/>!?"'=<&]+(?:[ \t\r\n]+[^\x00-\x20=/>"'<&]+[ \t\r\n]*=[ \t\r\n]*(?:"[^"<]*"|'[^'<]*'))*[ \t\r\n]*\/?>/y;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Element names repeat endlessly ("c", "v", "row"); a small cache returns the same string for the
 * same characters, so tags allocate nothing and garbage collection stays out of the profile.
 */
class NameCache {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(512);

  get(s: string, start: number, end: number): string {
    const length = end - start;
    const slot = (length * 961 + s.charCodeAt(start) * 31 + s.charCodeAt(end - 1)) & 511;
    const cached = this.slots[slot];
    if (cached !== undefined && cached.length === length && s.startsWith(cached, start)) return cached;
    const name = s.slice(start, end);
    this.slots[slot] = name;
    return name;
  }
}

export class XmlScanner implements XmlSink {
  private pending = "";
  /** Qualified names of the open elements, and their local names alongside. */
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private readonly names = new NameCache();
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
        const open = this.stack.pop();
        if (open === undefined || open.length !== nameEnd - lt - 2 || !s.startsWith(open, lt + 2)) throw malformed(this.part);
        this.handler.close(this.locals.pop() as string);
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
    START_TAG.lastIndex = lt;
    if (!START_TAG.test(s)) {
      // A tag cut off by the end of this chunk has no "<" after its start ("<" cannot occur inside a tag).
      if (s.indexOf("<", lt + 1) < 0) return -1;
      throw malformed(this.part);
    }
    const end = START_TAG.lastIndex;
    const selfClosing = s.charCodeAt(end - 2) === 47;
    let p = lt + 1;
    let colon = -1;
    for (;;) {
      const ch = s.charCodeAt(p);
      if (ch <= 32 || ch === 62 || ch === 47) break;
      if (ch === 58 && colon < 0) colon = p;
      p++;
    }
    const nameEnd = p;
    if (colon === nameEnd - 1) throw malformed(this.part);
    this.attributes.reset(s, nameEnd, selfClosing ? end - 2 : end - 1, this.part);
    if (this.stack.length === 0) {
      if (this.rootSeen) throw malformed(this.part);
      this.rootSeen = true;
    }
    if (this.stack.length >= this.maxDepth) throw tooDeep(this.part, this.maxDepth);
    if (++this.opened % TIME_CHECK_EVERY === 0) this.context.budget.checkTime();
    const local = this.names.get(s, colon < 0 ? lt + 1 : colon + 1, nameEnd);
    if (selfClosing) {
      this.handler.open(local, this.attributes);
      this.handler.close(local);
    } else {
      this.stack.push(colon < 0 ? local : this.names.get(s, lt + 1, nameEnd));
      this.locals.push(local);
      this.handler.open(local, this.attributes);
    }
    return end;
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
