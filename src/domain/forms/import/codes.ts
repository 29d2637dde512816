/**
 * Codes from labels: readable, unique, ASCII [A-Z0-9_], stable for the same form. "Tổng số lao động" →
 * TONG_LAO_DONG; its part "- Trong đó: nữ" → TONG_LAO_DONG_NU, so the same "nữ" under two wholes gets two
 * codes that say whose part they are. Fillers ("số", "của", "các", …) are left out; a clash gets _2, _3.
 */
import { looseKey, significantWords } from "./words";

/** The contract's limit is 31 characters; a base code stays shorter so a part's code can extend it. */
export const MAX_CODE = 31;
const MAX_BASE = 24;
const MAX_PART_TAIL = 10;
/** Prefixes the template's own names use (UR_ID_*, UR_META_*): a code must never read like one of them. */
const RESERVED = /^(ID|META)(_|$)/;

export class CodeMaker {
  private readonly used = new Set<string>();

  /** A code for a label; `parent` is the code of the line it is a part of. */
  make(label: string, parent?: string): string {
    // "Tỷ lệ …" keeps its first words: without them a ratio's code would read like its denominator's.
    const ratio = /^(ty|ti) le\b/.test(looseKey(label)) ? ["TY", "LE"] : [];
    const words = [...ratio, ...significantWords(label).map((word) => word.toUpperCase())];
    let code: string;
    if (parent === undefined) {
      code = join(words, MAX_BASE) || "CHI_TIEU";
      if (/^[0-9]/.test(code)) code = `CT_${code}`;
      if (RESERVED.test(code)) code = `CT_${code}`;
    } else {
      // The whole's words are already in its code: "Tổng số lao động" → "- Lao động dân tộc" adds DAN_TOC.
      const known = new Set(parent.split("_"));
      const tail =
        join(
          words.filter((word) => !known.has(word)),
          MAX_PART_TAIL,
        ) ||
        join(words, MAX_PART_TAIL) ||
        "P";
      code = `${parent.slice(0, MAX_CODE - tail.length - 1)}_${tail}`;
    }
    code = code.slice(0, MAX_CODE).replace(/_+$/, "");
    return this.unique(code);
  }

  /** Reserves a code that is already taken (e.g. typed by the officer). */
  reserve(code: string): void {
    this.used.add(code);
  }

  private unique(code: string): string {
    let candidate = code;
    for (let n = 2; this.used.has(candidate); n++) {
      const suffix = `_${n}`;
      candidate = `${code.slice(0, MAX_CODE - suffix.length).replace(/_+$/, "")}${suffix}`;
    }
    this.used.add(candidate);
    return candidate;
  }
}

/** Words joined by "_" up to `max` characters, cut at a word; a first word longer than `max` is cut itself. */
function join(words: readonly string[], max: number): string {
  let out = "";
  for (const word of words) {
    const clean = word.replace(/[^A-Z0-9]/g, "");
    if (clean === "") continue;
    const next = out === "" ? clean : `${out}_${clean}`;
    if (next.length > max) return out === "" ? clean.slice(0, max) : out;
    out = next;
  }
  return out;
}
