/**
 * The reader's one XML scanner: streaming, over the inflated bytes. It enforces what matters for
 * reading safely and exactly: matched tags, one root, quoted attributes without "<", no duplicate
 * attributes, only the five built-in entities and numeric references, no DOCTYPE/ENTITY at all, a
 * depth limit, line-end and attribute-value normalisation. It does not validate every character of
 * names (a name that is not one we look for is simply not used).
 *
 * Nothing is decoded to a string unless a handler asks for it: element names come from a small cache,
 * attribute values and text are cut out of the bytes on request. Decoding whole parts to strings cost
 * about half of unzipping them, and a parser over text (saxes) four times this scanner per byte.
 *
 * The bytes must be UTF-8 (a UTF-16 part is transcoded first, in package.ts). They are validated as the
 * fatal TextDecoder would (overlong forms, surrogates, code points past U+10FFFF, cut sequences),
 * so invalid UTF-8 is refused, never replaced, whether or not a handler reads it.
 *
 * Held to saxes by a differential test (test/reader/xml-engines.test.ts), with byte chunkings that
 * split multi-byte characters.
 */
import type { XmlAttributes, XmlContext, XmlHandler } from "./xml";
import { doctype, malformed, TIME_CHECK_EVERY, tooDeep } from "./xml";
import { checkEntities, decodeEntities, normaliseAttributeSpaces, normaliseLineEnds } from "./xml-text";

export interface XmlByteSink {
  write(bytes: Uint8Array): void;
  end(): void;
}

const MAX_TOKEN_BYTES = 8 * 1024 * 1024;
const utf8 = new TextDecoder("utf-8");

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** The text of bytes already validated as UTF-8; short ASCII runs (cell values, attribute values) without a native call. */
export function decodeUtf8(b: Uint8Array, from: number, to: number): string {
  if (to - from <= 24) {
    let s = "";
    for (let k = from; k < to; k++) {
      const c = b[k];
      if (c >= 0x80) return utf8.decode(b.subarray(from, to));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b.subarray(from, to));
}

/**
 * Checks b[from, to) is UTF-8 as the WHATWG fatal decoder requires. Returns `to`, or, when `final` is
 * false, where a sequence cut by the end of the bytes starts (it waits for the next chunk).
 */
export function validateUtf8(b: Uint8Array, from: number, to: number, final: boolean, part: string): number {
  let i = from;
  // ASCII four bytes at a time (almost all of a part): an aligned 32-bit view of the same memory.
  const offset = b.byteOffset;
  let words: Uint32Array | undefined;
  while (i < to) {
    const c = b[i];
    if (c < 0x80) {
      if (((offset + i) & 3) === 0 && i + 8 <= to) {
        words ??= new Uint32Array(b.buffer, offset + ((4 - (offset & 3)) & 3), (b.length - ((4 - (offset & 3)) & 3)) >> 2);
        const base = (offset & 3) === 0 ? 0 : 4 - (offset & 3);
        let w = (i - base) >> 2;
        const last = (to - base) >> 2;
        while (w < last && (words[w] & 0x80808080) === 0) w++;
        i = base + (w << 2);
        if (i >= to) return to;
        if (b[i] < 0x80) i++;
        continue;
      }
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else throw malformed(part);
    for (let k = 1; k <= need; k++) {
      if (i + k >= to) {
        if (final) throw malformed(part);
        return i;
      }
      const d = b[i + k];
      if (d < lower || d > upper) throw malformed(part);
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return to;
}

/** The first index of the byte sequence `seq` at or after `from`, or -1. */
function indexOfSequence(b: Uint8Array, seq: readonly number[], from: number): number {
  const first = seq[0];
  for (let at = b.indexOf(first, from); at >= 0; at = b.indexOf(first, at + 1)) {
    if (at + seq.length > b.length) return -1;
    let k = 1;
    while (k < seq.length && b[at + k] === seq[k]) k++;
    if (k === seq.length) return at;
  }
  return -1;
}

const COMMENT_END = [45, 45, 62]; // -->
const CDATA_END = [93, 93, 62]; // ]]>
const PI_END = [63, 62]; // ?>
const CDATA_OPEN = [33, 91, 67, 68, 65, 84, 65, 91]; // ![CDATA[
const XMLNS = [120, 109, 108, 110, 115]; // xmlns

function startsWithBytes(b: Uint8Array, at: number, seq: readonly number[]): boolean {
  if (at + seq.length > b.length) return false;
  for (let k = 0; k < seq.length; k++) if (b[at + k] !== seq[k]) return false;
  return true;
}

/** Attributes of the current tag as byte positions, found while the tag was checked; values are decoded when asked for. */
class ByteAttributes implements XmlAttributes {
  source: Uint8Array = new Uint8Array(0);
  part = "";
  count = 0;
  prefixed = false;
  private checked = false;
  nameStart = new Int32Array(16);
  nameEnd = new Int32Array(16);
  valueStart = new Int32Array(16);
  valueEnd = new Int32Array(16);

  reset(source: Uint8Array, part: string): void {
    this.source = source;
    this.part = part;
    this.count = 0;
    this.prefixed = false;
    this.checked = false;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, prefixed: boolean): void {
    const n = this.count++;
    if (n === this.nameStart.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const wider = new Int32Array(a.length * 2);
        wider.set(a);
        return wider;
      };
      this.nameStart = grow(this.nameStart);
      this.nameEnd = grow(this.nameEnd);
      this.valueStart = grow(this.valueStart);
      this.valueEnd = grow(this.valueEnd);
    }
    this.nameStart[n] = nameStart;
    this.nameEnd[n] = nameEnd;
    this.valueStart[n] = valueStart;
    this.valueEnd[n] = valueEnd;
    if (prefixed) this.prefixed = true;
  }

  get(local: string): string | undefined {
    if (!this.checked) this.checkDuplicates();
    const s = this.source;
    const length = local.length;
    for (let i = 0; i < this.count; i++) {
      const start = this.nameStart[i];
      if (this.nameEnd[i] - start === length && sameAscii(s, start, local)) return this.value(i);
    }
    if (!this.prefixed) return undefined;
    for (let i = 0; i < this.count; i++) {
      const start = this.nameStart[i];
      const at = this.nameEnd[i] - length;
      if (at > start && s[at - 1] === 58 && sameAscii(s, at, local) && !startsWithBytes(s, start, XMLNS)) return this.value(i);
    }
    return undefined;
  }

  value(i: number): string {
    const s = this.source;
    const start = this.valueStart[i];
    const end = this.valueEnd[i];
    for (let k = start; k < end; k++) {
      const c = s[k];
      if (c === 38 /* & */ || c < 32) return decodeEntities(normaliseAttributeSpaces(decodeUtf8(s, start, end)), this.part);
    }
    return decodeUtf8(s, start, end);
  }

  /** Duplicates are refused when a handler first looks at a tag's attributes: most tags' attributes are never looked at. */
  private checkDuplicates(): void {
    this.checked = true;
    const s = this.source;
    for (let i = 1; i < this.count; i++) {
      const length = this.nameEnd[i] - this.nameStart[i];
      for (let j = 0; j < i; j++) {
        if (this.nameEnd[j] - this.nameStart[j] !== length) continue;
        let k = 0;
        while (k < length && s[this.nameStart[i] + k] === s[this.nameStart[j] + k]) k++;
        if (k === length) throw malformed(this.part);
      }
    }
  }
}

/** Whether b holds `content` at `at`, followed by the closing tag "</qualified". */
function closesAfter(b: Uint8Array, at: number, content: Uint8Array, qualified: Uint8Array, n: number): boolean {
  const close = at + content.length;
  if (close + 2 + qualified.length > n || b[close] !== 60 || b[close + 1] !== 47) return false;
  for (let k = 0; k < qualified.length; k++) if (b[close + 2 + k] !== qualified[k]) return false;
  for (let k = 0; k < content.length; k++) if (b[at + k] !== content[k]) return false;
  return true;
}

function sameAscii(b: Uint8Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (b[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * Element names repeat endlessly ("c", "v", "row"): the same bytes give the same string, without
 * decoding. Its entries never change once made, so one cache serves every part a reader reads.
 */
export class ByteNameCache {
  private readonly names: (string | undefined)[] = new Array<string | undefined>(512);
  private readonly bytes: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(512);

  /** The bytes of the name last returned by get(): never mutated, so an open element may keep them. */
  lastBytes: Uint8Array = new Uint8Array(0);

  get(b: Uint8Array, start: number, end: number): string {
    const length = end - start;
    const slot = (length * 961 + b[start] * 31 + b[end - 1]) & 511;
    const cached = this.bytes[slot];
    if (cached !== undefined && cached.length === length) {
      let k = 0;
      while (k < length && cached[k] === b[start + k]) k++;
      if (k === length) {
        this.lastBytes = cached;
        return this.names[slot] as string;
      }
    }
    const name = decodeUtf8(b, start, end);
    this.lastBytes = this.bytes[slot] = b.slice(start, end);
    this.names[slot] = name;
    return name;
  }
}

export class XmlByteScanner implements XmlByteSink {
  private pending: Uint8Array | undefined;
  /** Bytes at the start of `pending` already found valid UTF-8. */
  private pendingValid = 0;
  private started = false;
  /** The qualified names of the open elements, as bytes, and their local names alongside. */
  private readonly stack: Uint8Array[] = [];
  private readonly locals: string[] = [];
  private readonly names: ByteNameCache;
  private rootSeen = false;
  private opened = 0;
  /** Where the content of the element named by handler.reuse began in the buffer being scanned, or -1 (reset with each buffer). */
  private reuseStart = -1;
  private reuseDepth = -1;
  readonly attributes = new ByteAttributes();
  private readonly part: string;
  private readonly maxDepth: number;

  constructor(
    private readonly handler: XmlHandler,
    private readonly context: XmlContext,
  ) {
    this.part = context.part;
    this.maxDepth = context.budget.limits.maxXmlDepth;
    this.names = context.names ?? new ByteNameCache();
  }

  write(chunk: Uint8Array): void {
    this.reuseStart = -1; // content split across chunks is not recorded
    let b = chunk;
    let valid = 0;
    if (this.pending !== undefined) {
      b = new Uint8Array(this.pending.length + chunk.length);
      b.set(this.pending);
      b.set(chunk, this.pending.length);
      valid = this.pendingValid;
    }
    if (!this.started) {
      // A UTF-8 byte-order mark is dropped, as the decoder does; wait until three bytes tell.
      if (b.length < 3 && b.every((c, k) => c === [0xef, 0xbb, 0xbf][k])) {
        this.hold(b, 0, 0);
        return;
      }
      this.started = true;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
        b = b.subarray(3);
        valid = Math.max(0, valid - 3);
      }
    }
    const validEnd = validateUtf8(b, valid, b.length, false, this.part);
    const consumed = this.scan(b, false, validEnd);
    this.hold(b, consumed, validEnd);
  }

  end(): void {
    this.reuseStart = -1;
    let b = this.pending ?? new Uint8Array(0);
    this.pending = undefined;
    if (!this.started && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    this.started = true;
    validateUtf8(b, this.pendingValid, b.length, true, this.part);
    this.scan(b, true, b.length);
    if (!this.rootSeen || this.stack.length > 0) throw malformed(this.part);
  }

  private hold(b: Uint8Array, consumed: number, validEnd: number): void {
    if (consumed >= b.length) {
      this.pending = undefined;
      this.pendingValid = 0;
    } else {
      // A copy: the caller may reuse its chunk buffer.
      this.pending = b.slice(consumed);
      this.pendingValid = Math.max(0, validEnd - consumed);
    }
  }

  /** Consumes complete tokens of b[0, limit); returns where the first incomplete one starts. Bytes past `limit` are an unchecked cut sequence. */
  private scan(b: Uint8Array, final: boolean, limit: number): number {
    const n = limit;
    let i = 0;
    while (i < n) {
      // A loop, not indexOf: text between tags is mostly a few bytes, shorter than a native call's cost.
      let lt = i;
      while (lt < n && b[lt] !== 60) lt++;
      if (lt >= n) lt = -1;
      if (lt < 0) {
        if (final) {
          this.textRun(b, i, n);
          return n;
        }
        // Hand over the text we have now; keep back only an entity or a "\r\n" the next chunk may complete.
        let safe = n;
        const amp = b.lastIndexOf(38, n - 1);
        if (amp >= i && (b.indexOf(59, amp) < 0 || b.indexOf(59, amp) >= n)) safe = amp;
        if (safe > i && b[safe - 1] === 13) safe--;
        if (safe > i) this.textRun(b, i, safe);
        return safe;
      }
      if (lt > i) this.textRun(b, i, lt);
      i = lt;
      if (lt + 1 >= n) return this.needMore(final, lt, n);
      const c = b[lt + 1];
      if (c === 47 /* / */) {
        // A loop, not indexOf: a closing tag is a few bytes long.
        let gt = lt + 2;
        while (gt < n && b[gt] !== 62) gt++;
        if (gt >= n) return this.needMore(final, lt, n);
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(b[nameEnd - 1])) nameEnd--;
        const open = this.stack.pop();
        if (open === undefined || open.length !== nameEnd - lt - 2) throw malformed(this.part);
        for (let k = 0; k < open.length; k++) if (open[k] !== b[lt + 2 + k]) throw malformed(this.part);
        const local = this.locals.pop() as string;
        if (this.reuseStart >= 0 && this.stack.length === this.reuseDepth && local === this.handler.reuse?.element) {
          this.handler.reuse.seen({ content: b.slice(this.reuseStart, lt), depth: this.reuseDepth, maxDepth: this.maxDepth });
          this.reuseStart = -1;
        }
        this.handler.close(local);
        i = gt + 1;
      } else if (c === 33 /* ! */) {
        if (b[lt + 2] === 45 && b[lt + 3] === 45 && lt + 3 < n) {
          const end = indexOfSequence(b, COMMENT_END, lt + 4);
          if (end < 0 || end + 3 > n) return this.needMore(final, lt, n);
          i = end + 3;
        } else if (lt + 9 <= n && startsWithBytes(b, lt + 1, CDATA_OPEN)) {
          const end = indexOfSequence(b, CDATA_END, lt + 9);
          if (end < 0 || end + 3 > n) return this.needMore(final, lt, n);
          if (this.stack.length === 0) throw malformed(this.part);
          if (this.handler.wantText) this.handler.text(normaliseLineEnds(decodeUtf8(b, lt + 9, end)));
          i = end + 3;
        } else {
          if (n - lt < 9 && !final) return this.needMore(final, lt, n);
          let word = "";
          for (let k = lt + 2; k < Math.min(n, lt + 9); k++) word += String.fromCharCode(b[k]);
          word = word.toUpperCase();
          if (word.startsWith("DOCTYPE") || word.startsWith("ENTITY")) throw doctype(this.part);
          throw malformed(this.part);
        }
      } else if (c === 63 /* ? */) {
        const end = indexOfSequence(b, PI_END, lt + 2);
        if (end < 0 || end + 2 > n) return this.needMore(final, lt, n);
        i = end + 2;
      } else {
        const end = this.openTag(b, lt, n);
        if (end < 0) return this.needMore(final, lt, n);
        i = end;
      }
    }
    return n;
  }

  private needMore(final: boolean, at: number, length: number): number {
    if (final) throw malformed(this.part);
    if (length - at > MAX_TOKEN_BYTES) throw malformed(this.part);
    return at;
  }

  private textRun(b: Uint8Array, from: number, to: number): void {
    if (this.stack.length === 0) {
      // Only whitespace may stand outside the root element.
      for (let k = from; k < to; k++) if (!isSpace(b[k])) throw malformed(this.part);
      return;
    }
    if (this.handler.wantText) this.handler.text(decodeEntities(normaliseLineEnds(decodeUtf8(b, from, to)), this.part));
    else if (this.handler.checkText === true) checkEntities(b, from, to, this.part);
  }

  /**
   * Checks and reads "<name attr="v" ...>" or ".../>" at `lt`, byte by byte: a name, then attributes
   * each preceded by whitespace, name = "value" or 'value' without "<"; returns the index after it,
   * or -1 when the bytes end inside it.
   */
  private openTag(b: Uint8Array, lt: number, n: number): number {
    const part = this.part;
    let p = lt + 1;
    let colon = -1;
    for (; p < n; p++) {
      const c = b[p];
      if (c <= 32 || c === 47 || c === 62 || c === 33 || c === 63 || c === 34 || c === 39 || c === 61 || c === 60 || c === 38) break;
      if (c === 58 && colon < 0) colon = p;
    }
    if (p >= n) return -1;
    const nameEnd = p;
    if (nameEnd === lt + 1) throw malformed(part);
    const attributes = this.attributes;
    attributes.reset(b, part);
    let selfClosing = false;
    let end: number;
    for (;;) {
      if (p >= n) return -1;
      let c = b[p];
      if (c === 62) {
        end = p + 1;
        break;
      }
      if (c === 47) {
        if (p + 1 >= n) return -1;
        if (b[p + 1] !== 62) throw malformed(part);
        selfClosing = true;
        end = p + 2;
        break;
      }
      if (!isSpace(c)) throw malformed(part);
      while (p < n && isSpace(b[p])) p++;
      if (p >= n) return -1;
      c = b[p];
      if (c === 62 || c === 47) continue;
      const attrStart = p;
      let prefixed = false;
      for (; p < n; p++) {
        const a = b[p];
        if (a <= 32 || a === 61 || a === 47 || a === 62 || a === 34 || a === 39 || a === 60 || a === 38) break;
        if (a === 58) prefixed = true;
      }
      if (p >= n) return -1;
      const attrEnd = p;
      if (attrEnd === attrStart) throw malformed(part);
      while (p < n && isSpace(b[p])) p++;
      if (p >= n) return -1;
      if (b[p] !== 61) throw malformed(part);
      p++;
      while (p < n && isSpace(b[p])) p++;
      if (p >= n) return -1;
      const quote = b[p];
      if (quote !== 34 && quote !== 39) throw malformed(part);
      const valueStart = ++p;
      for (; p < n; p++) {
        const v = b[p];
        if (v === quote) break;
        if (v === 60) throw malformed(part);
      }
      if (p >= n) return -1;
      attributes.add(attrStart, attrEnd, valueStart, p, prefixed);
      p++;
    }
    if (colon === nameEnd - 1) throw malformed(part);
    if (this.stack.length === 0) {
      if (this.rootSeen) throw malformed(part);
      this.rootSeen = true;
    }
    if (this.stack.length >= this.maxDepth) throw tooDeep(part, this.maxDepth);
    if (++this.opened % TIME_CHECK_EVERY === 0) this.context.budget.checkTime();
    const local = this.names.get(b, colon < 0 ? lt + 1 : colon + 1, nameEnd);
    if (selfClosing) {
      this.handler.open(local, attributes);
      this.handler.close(local);
    } else {
      if (colon >= 0) this.names.get(b, lt + 1, nameEnd);
      const qualified = this.names.lastBytes;
      const depth = this.stack.length;
      this.stack.push(qualified);
      this.locals.push(local);
      this.handler.open(local, attributes);
      const reuse = this.handler.reuse;
      if (reuse !== undefined && local === reuse.element) {
        const last = reuse.last;
        if (
          last !== undefined &&
          last.depth === depth &&
          last.maxDepth === this.maxDepth &&
          closesAfter(b, end, last.content, qualified, n)
        ) {
          reuse.same();
          return end + last.content.length; // at the closing tag, which the scan then reads as usual
        }
        this.reuseStart = end;
        this.reuseDepth = depth;
      }
    }
    return end;
  }
}
