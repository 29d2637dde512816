/**
 * A "%" line becomes a ratio recomputed from two codes only when its label names both sides by lines
 * above it: "Tỷ lệ A so với B", "Tỷ lệ A trên B", "Tỷ lệ A / B", each side matching one earlier label
 * word for word (fillers such as "số", "tổng", "của" left out; a part is matched as its whole's words
 * plus its own). "Tỷ lệ so với B" takes the nearest unmarked line above as A, and says so in a todo.
 * Anything else stays an entered percent (aggregation none) with a todo naming what to decide.
 */
import { asciiFold } from "../../ascii-fold";
import type { IndicatorRow, StructuredRow } from "./structure";
import { significantWords } from "./words";

const SPLIT = /^((?:ty|ti)\s+le\s*)(.*?)(\s*(?:\bso voi\b|\btren\b|\/)\s*)(.+)$/;

/**
 * The two sides of "Tỷ lệ A so với B" as typed, marks kept so that "cơ sở" is not matched as "cơ số".
 * The wording is found on the folded text; a Vietnamese letter (NFC) folds to one letter, so its places are the typed text's.
 */
function sidesOf(typed: string, text: string): [string, string, string] | null {
  const m = SPLIT.exec(text);
  if (m === null) return null;
  if (typed.length !== text.length) return [m[0], m[2], m[4]];
  const a = m[1].length;
  const b = a + m[2].length + m[3].length;
  return [typed, typed.slice(a, a + m[2].length), typed.slice(b)];
}

export function inferRatio(rows: readonly StructuredRow[], index: number): void {
  const row = rows[index] as IndicatorRow;
  const typed = row.line.label
    .normalize("NFC")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const text = asciiFold(typed);
  const parts = sidesOf(typed, text);
  const denominator = parts ? findLine(rows, index, parts[2]) : undefined;
  if (parts === null || denominator === undefined) {
    row.notes.push({ key: "formsImport.todo.percent", todo: true });
    return;
  }
  const named = parts[1] === "" ? undefined : findLine(rows, index, parts[1]);
  if (parts[1] !== "" && named === undefined) {
    row.notes.push({ key: "formsImport.todo.percent", todo: true });
    return;
  }
  const numerator = named ?? nearestWhole(rows, index, denominator);
  if (numerator === undefined) {
    row.notes.push({ key: "formsImport.todo.percent", todo: true });
    return;
  }
  row.aggregation = "ratio";
  row.numerator = numerator;
  row.denominator = denominator;
  if (named === undefined) row.notes.push({ key: "formsImport.todo.ratioGuess", lineParams: { numerator, denominator }, todo: true });
  else row.notes.push({ key: "formsImport.note.ratio", lineParams: { numerator, denominator }, todo: false });
}

function wordsOf(rows: readonly StructuredRow[], row: IndicatorRow): Set<string> {
  const own = significantWords(row.line.core);
  const whole = row.parent === undefined ? [] : significantWords((rows[row.parent] as IndicatorRow).line.core);
  return new Set([...whole, ...own].filter((word) => word !== "tong"));
}

/** The one line above `before` whose words are the phrase's; else the one that holds them with fewest extra words. */
function findLine(rows: readonly StructuredRow[], before: number, phrase: string): number | undefined {
  const wanted = new Set(significantWords(phrase).filter((word) => word !== "tong"));
  if (wanted.size === 0) return undefined;
  let best: number | undefined;
  let bestExtra = Number.POSITIVE_INFINITY;
  let tie = false;
  for (let i = 0; i < before; i++) {
    const candidate = rows[i];
    if (candidate.role !== "indicator" || candidate.type === "percent" || candidate.type === "text") continue;
    const words = wordsOf(rows, candidate);
    if (![...wanted].every((word) => words.has(word))) continue;
    const extra = words.size - wanted.size;
    if (extra < bestExtra) {
      best = i;
      bestExtra = extra;
      tie = false;
    } else if (extra === bestExtra) tie = true;
  }
  return tie ? undefined : best;
}

function nearestWhole(rows: readonly StructuredRow[], before: number, denominator: number): number | undefined {
  for (let i = before - 1; i >= 0; i--) {
    const candidate = rows[i];
    if (candidate.role === "section") return undefined;
    if (
      candidate.parent === undefined &&
      !candidate.isWeight &&
      candidate.type !== "percent" &&
      candidate.type !== "text" &&
      i !== denominator
    )
      return i;
  }
  return undefined;
}
