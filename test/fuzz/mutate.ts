/**
 * Seeded mutations of a valid submission: at the byte level (the zip as a whole) and at the XML
 * level (inside one part, re-zipped so the damage reaches the parser). Every mutation is a pure
 * function of the seed, so a failing round is reproduced by its number.
 */
import { strFromU8, strToU8 } from "fflate";
import { type Parts, unzipParts, zipParts } from "../corpus/zip-kit";

/** mulberry32: small, fast, good enough to spread mutations; the same seed gives the same file. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function random(seed: number): Random {
  const next = rng(seed);
  return {
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

export type MutationKind =
  | "bytes.flip"
  | "bytes.truncate"
  | "bytes.splice"
  | "xml.deleteElement"
  | "xml.duplicateElement"
  | "xml.swapAttributes"
  | "xml.hugeNumber"
  | "xml.hugeString"
  | "xml.breakEntity"
  | "xml.truncatePart"
  | "xml.dropPart"
  | "xml.prototypeKeys";

export const BYTE_MUTATIONS: readonly MutationKind[] = ["bytes.flip", "bytes.truncate", "bytes.splice"];
export const XML_MUTATIONS: readonly MutationKind[] = [
  "xml.deleteElement",
  "xml.duplicateElement",
  "xml.swapAttributes",
  "xml.hugeNumber",
  "xml.hugeString",
  "xml.breakEntity",
  "xml.truncatePart",
  "xml.dropPart",
];

export interface Mutant {
  readonly kind: MutationKind;
  /** The part mutated, for XML mutations. */
  readonly part?: string;
  /** What was done, to reproduce and to read in a failure message. */
  readonly detail: string;
  readonly bytes: Uint8Array;
}

export function mutateBytes(original: Uint8Array, kind: MutationKind, r: Random): Mutant {
  const bytes = original.slice();
  switch (kind) {
    case "bytes.flip": {
      const flips = 1 + r.int(16);
      const at: number[] = [];
      for (let i = 0; i < flips; i++) {
        const p = r.int(bytes.length);
        bytes[p] = r.int(256);
        at.push(p);
      }
      return { kind, detail: `${flips} random bytes at ${at.join(",")}`, bytes };
    }
    case "bytes.truncate": {
      const keep = r.int(bytes.length);
      return { kind, detail: `kept ${keep} of ${bytes.length} bytes`, bytes: bytes.subarray(0, keep) };
    }
    case "bytes.splice": {
      // Copy a run of bytes over another place: structure-looking garbage (headers inside data).
      const length = 1 + r.int(256);
      const from = r.int(Math.max(1, bytes.length - length));
      const to = r.int(Math.max(1, bytes.length - length));
      bytes.copyWithin(to, from, from + length);
      return { kind, detail: `copied ${length} bytes from ${from} to ${to}`, bytes };
    }
    default:
      throw new Error(`not a byte mutation: ${kind}`);
  }
}

const ELEMENT = /<([A-Za-z_][\w:.-]*)(\s[^<>]*?)?(\/>|>[^<]*<\/\1>)/g;
const ATTRIBUTE = /\s([A-Za-z_][\w:.-]*)="([^"]*)"/g;

function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (out.length > 50_000) break;
  }
  return out;
}

const HUGE_NUMBERS = [
  "1e308",
  "1.7976931348623157e309",
  "12345678901234567890",
  "-0",
  "NaN",
  "Infinity",
  "0x10",
  "1e-400",
  "99999999999999999999999999999",
];

/** A JSON cell that would pollute Object.prototype if a reader parsed it and spread or assigned the result. */
const PROTOTYPE_JSON = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
/** The parts where names and texts that become keys live: defined and sheet names, shared strings, cells. */
const KEYED_PART = /(?:^|\/)(?:workbook\.xml|sharedStrings\.xml|sheet\d+\.xml)$/;

/**
 * Writes "__proto__" (and its relatives) where a name, a text or an attribute was: a defined name or
 * sheet name, a cell text (unit code, roster name), a JSON text, an attribute value. Always changes
 * the part, so the prototype check meets a file that really says "__proto__".
 */
function prototypeKeys(text: string, inWorkbookPart: boolean, r: Random): { changed: string; detail: string } {
  const names = matchesOf(/\sname="([^"]*)"/g, text);
  const texts = matchesOf(/>([^<>]+)</g, text);
  const attributes = matchesOf(ATTRIBUTE, text);
  const way = r.int(4);
  // Each pattern ends one character (a quote or "<") after the group replaced.
  const replaceIn = (m: RegExpExecArray, group: number, by: string): string => {
    const start = m.index + m[0].length - 1 - m[group]!.length;
    return text.slice(0, start) + by + text.slice(start + m[group]!.length);
  };
  if ((way === 0 || inWorkbookPart) && names.length > 0) {
    const m = r.pick(names);
    return { changed: replaceIn(m, 1, "__proto__"), detail: `name="${m[1]}" → "__proto__"` };
  }
  if (way === 1 && texts.length > 0) {
    const m = r.pick(texts);
    return { changed: replaceIn(m, 1, "__proto__"), detail: `text "${m[1]!.slice(0, 20)}" → "__proto__"` };
  }
  if (way === 2 && texts.length > 0) {
    const m = r.pick(texts);
    return { changed: replaceIn(m, 1, PROTOTYPE_JSON.replace(/"/g, "&quot;")), detail: `text "${m[1]!.slice(0, 20)}" → ${PROTOTYPE_JSON}` };
  }
  if (attributes.length > 0) {
    const m = r.pick(attributes);
    return { changed: replaceIn(m, 2, "__proto__"), detail: `${m[1]}="${m[2]}" → "__proto__"` };
  }
  // A part with no attribute at all: give its root one, still named after the prototype.
  return { changed: text.replace(/<([A-Za-z_][\w:.-]*)/, `<$1 __proto__="__proto__"`), detail: `attribute __proto__ added` };
}

/** One XML-level mutation of one part, re-zipped. Parts whose mutation finds nothing to change are returned unchanged (still a valid round). */
export function mutateXml(original: Uint8Array, kind: MutationKind, r: Random): Mutant {
  const parts: Parts = unzipParts(original);
  const xmlParts = [...parts.keys()].filter((name) => name.endsWith(".xml") || name.endsWith(".rels"));
  const keyed = xmlParts.filter((name) => KEYED_PART.test(name));
  // The workbook part (defined and sheet names) is drawn often: it is where names become keys.
  const workbookPart = keyed.find((name) => name.endsWith("workbook.xml"));
  const part =
    kind !== "xml.prototypeKeys" || keyed.length === 0
      ? r.pick(xmlParts)
      : workbookPart !== undefined && r.chance(0.4)
        ? workbookPart
        : r.pick(keyed);
  const text = strFromU8(parts.get(part)!);
  let changed = text;
  let detail = "";
  switch (kind) {
    case "xml.deleteElement":
    case "xml.duplicateElement": {
      const elements = matchesOf(ELEMENT, text);
      if (elements.length === 0) break;
      const m = r.pick(elements);
      const end = m.index + m[0].length;
      changed = kind === "xml.deleteElement" ? text.slice(0, m.index) + text.slice(end) : text.slice(0, end) + m[0] + text.slice(end);
      detail = `${kind === "xml.deleteElement" ? "deleted" : "duplicated"} <${m[1]}> at ${m.index}`;
      break;
    }
    case "xml.swapAttributes": {
      const attributes = matchesOf(ATTRIBUTE, text);
      if (attributes.length < 2) break;
      const a = r.pick(attributes);
      const b = r.pick(attributes);
      if (a.index === b.index) break;
      const [first, second] = a.index < b.index ? [a, b] : [b, a];
      const valueStart = (m: RegExpExecArray): number => m.index + m[0].length - 1 - m[2]!.length;
      changed =
        text.slice(0, valueStart(first)) +
        second[2] +
        text.slice(valueStart(first) + first[2]!.length, valueStart(second)) +
        first[2] +
        text.slice(valueStart(second) + second[2]!.length);
      detail = `swapped ${first[1]}="${first[2]}" and ${second[1]}="${second[2]}"`;
      break;
    }
    case "xml.hugeNumber": {
      const values = matchesOf(/<(\w+:)?v>([^<]*)<\/(\w+:)?v>/g, text);
      const huge = r.pick(HUGE_NUMBERS);
      if (values.length > 0) {
        const m = r.pick(values);
        const open = m[0].indexOf(">") + 1;
        changed = text.slice(0, m.index + open) + huge + text.slice(m.index + open + m[2]!.length);
        detail = `value ${m[2]} → ${huge}`;
      } else {
        const attributes = matchesOf(ATTRIBUTE, text);
        if (attributes.length === 0) break;
        const m = r.pick(attributes);
        const valueStart = m.index + m[0].length - 1 - m[2]!.length;
        changed = text.slice(0, valueStart) + huge + text.slice(valueStart + m[2]!.length);
        detail = `attribute ${m[1]}="${m[2]}" → ${huge}`;
      }
      break;
    }
    case "xml.hugeString": {
      const texts = matchesOf(/>([^<>]+)</g, text);
      const filler = r.pick(["A", "Đ", "\u0000", "=", "&amp;", "🙂"]);
      const huge = filler.repeat(100_000 + r.int(400_000));
      if (texts.length === 0) break;
      const m = r.pick(texts);
      changed = text.slice(0, m.index + 1) + huge + text.slice(m.index + 1 + m[1]!.length);
      detail = `text "${m[1]!.slice(0, 20)}" → ${huge.length} × "${filler}"`;
      break;
    }
    case "xml.breakEntity": {
      const entities = matchesOf(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, text);
      const broken = r.pick(["&", "&amp", "&#xFFFFFFFF;", "&#0;", "&undefined;", "&lt", "&#x110000;"]);
      if (entities.length > 0) {
        const m = r.pick(entities);
        changed = text.slice(0, m.index) + broken + text.slice(m.index + m[0].length);
        detail = `${m[0]} → ${broken}`;
      } else {
        const texts = matchesOf(/>([^<>]+)</g, text);
        if (texts.length === 0) break;
        const m = r.pick(texts);
        changed = text.slice(0, m.index + 1) + broken + text.slice(m.index + 1);
        detail = `inserted ${broken}`;
      }
      break;
    }
    case "xml.truncatePart": {
      const keep = r.int(text.length);
      changed = text.slice(0, keep);
      detail = `kept ${keep} of ${text.length} characters`;
      break;
    }
    case "xml.prototypeKeys": {
      ({ changed, detail } = prototypeKeys(text, part === workbookPart, r));
      break;
    }
    case "xml.dropPart": {
      parts.delete(part);
      return { kind, part, detail: "part removed", bytes: zipParts(parts, 1) };
    }
    default:
      throw new Error(`not an XML mutation: ${kind}`);
  }
  parts.set(part, strToU8(changed));
  return { kind, part, detail: detail || "no change (nothing to mutate)", bytes: zipParts(parts, 1) };
}
