/**
 * Flattening to leaf units. A unit's own workbook is one leaf. A consolidated workbook (written by a
 * merge) is the leaves of its breakdown sheet, so that a merge of merges sums the same units as one
 * merge of all of them (associativity by construction) and a unit that also arrives directly can be
 * recognised and counted once.
 *
 * A consolidated workbook whose breakdown does not add up to its own figures, or holds fewer units
 * than it states, was edited or cut short after it was made. We do not guess which side is right: the
 * file is rejected with the codes that disagree. A breakdown we cannot use at all (missing, unknown
 * columns) leaves the workbook counted as one leaf with its own figures, and the user is told that
 * double counting cannot be resolved for it.
 */
import type { RawCell, RawNamedRange } from "../raw";
import type { Submission, FigureKey } from "../submission";
import { parseLevel } from "../definition/levels";
import { BREAKDOWN_NAME, BREAKDOWN_UNITS_NAME, registerName } from "../definition/names";
import { cleanText, unitKey } from "./normalise";
import { dateFromCell } from "./dates";
import { ExactTotal, isExactFigure, sameFigure } from "../exact";
import { weightedMean } from "./weighted-average";
import { figureAt, figureRowOf, figureRows, rowHash, type FigureRow } from "./figure-row";
import { keyed, render } from "../i18n/message";
import type { Result } from "../errors";
import type { BreakdownRow, Leaf, Message, Source } from "./types";

/** The key cells heading the breakdown's first columns, before one column per FigureKey. */
export const BREAKDOWN_META = ["UNIT_CODE", "UNIT_NAME", "LEVEL", "VIA", "DATE"] as const;
/**
 * The key of the register's last column, the unit's warnings as text. Optional on read: registers
 * written before it had none, and their units simply carry no warning.
 */
export const BREAKDOWN_WARNINGS = "WARNINGS";
/** A unit's warnings are cut here (with "…"): a cell holds 32,767 characters, and a register row is read by people. */
export const MAX_WARNINGS_CHARS = 2000;
export const VIA_SEPARATOR = " › ";
/** Codes named in a message before "…": the message must stay readable. */
const MAX_CODES_NAMED = 10;

/** A register cell as text: trimmed NFC text, a number as written; "" when blank. */
export const cellText = (cell: RawCell | undefined): string => {
  const v = cell?.value;
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return String(v);
  return "";
};

/** Reads the UR_BREAKDOWN table: a header row of keys, then one row per leaf unit. */
export function readBreakdown(
  range: RawNamedRange,
  keys: readonly FigureKey[],
  textKeys: ReadonlySet<number> = new Set(),
): Result<BreakdownRow[]> {
  const [header, ...rows] = range.cells;
  if (!header) return { ok: false, error: keyed("merge.breakdown.empty") };
  const column = new Map<string, number>();
  header.forEach((cell, i) => {
    const text = cellText(cell);
    if (text && !column.has(text)) column.set(text, i);
  });
  for (const meta of BREAKDOWN_META) if (!column.has(meta)) return { ok: false, error: keyed("merge.breakdown.header", { column: meta }) };
  const wanted = new Set<string>(keys);
  for (const key of keys) if (!column.has(key)) return { ok: false, error: keyed("merge.breakdown.header", { column: key }) };
  for (const text of column.keys()) {
    if (!wanted.has(text) && !(BREAKDOWN_META as readonly string[]).includes(text) && text !== BREAKDOWN_WARNINGS)
      return { ok: false, error: keyed("merge.breakdown.extraColumn", { column: text }) };
  }
  const at = (row: readonly RawCell[], name: string): RawCell | undefined => row[column.get(name)!];
  const keyColumns = keys.map((key) => column.get(key)!);
  const figures = figureRows(rows.length, keys.length);
  const out: BreakdownRow[] = [];
  for (const [r, row] of rows.entries()) {
    const code = cellText(at(row, "UNIT_CODE"));
    const line = figures[r];
    let reported = 0;
    let texts: Map<number, string> | undefined;
    for (let k = 0; k < keys.length; k++) {
      const cell = row[keyColumns[k]];
      const value = cell?.value ?? null;
      if (value === null || value === "") continue;
      if (textKeys.has(k)) {
        // Only the definition's text columns take text; a number there is kept as the text it shows.
        if (typeof value !== "string" && typeof value !== "number")
          return { ok: false, error: keyed("merge.breakdown.value", { row: r + 1, column: keys[k] }) };
        (texts ??= new Map()).set(k, String(value).normalize("NFC"));
        reported++;
        continue;
      }
      if (typeof value !== "number" || cell?.inexact !== undefined || !isExactFigure(value) || value < 0) {
        return { ok: false, error: keyed("merge.breakdown.value", { row: r + 1, column: keys[k] }) };
      }
      line[k] = value;
      reported++;
    }
    if (!code) {
      if (reported > 0) return { ok: false, error: keyed("merge.breakdown.noCode", { row: r + 1 }) };
      continue; // an empty line left in the table
    }
    const via = cellText(at(row, "VIA"));
    const warnings = column.has(BREAKDOWN_WARNINGS) ? joinWarnings([cellText(at(row, BREAKDOWN_WARNINGS))]) : "";
    out.push({
      code,
      name: cellText(at(row, "UNIT_NAME")),
      level: parseLevel(cellText(at(row, "LEVEL"))),
      via: via || null,
      datePrepared: dateFromCell(at(row, "DATE")),
      figures: line,
      ...(texts ? { texts } : {}),
      warnings,
    });
  }
  if (out.length === 0) return { ok: false, error: keyed("merge.breakdown.empty") };
  return { ok: true, value: out };
}

/**
 * A consolidated workbook's register as the merge keeps it: read into figure rows as soon as the file
 * is judged, so that the file's cells (an object per cell) can go before the next file is read.
 */
export interface Breakdown {
  readonly rows: Result<BreakdownRow[]>;
  /** How many units the workbook says its register holds (UR_BREAKDOWN_UNITS); null when it does not say. */
  readonly stated: number | null;
}

/**
 * The register of a workbook from its UR_BREAKDOWN range, the continuation sheets' UR_BREAKDOWN_2, … in
 * order, and the UR_BREAKDOWN_UNITS cell; null without a register. `names` keyed by upper-case name.
 */
export function breakdownOf(
  names: ReadonlyMap<string, RawNamedRange>,
  keys: readonly FigureKey[],
  textKeys: ReadonlySet<number> = new Set(),
): Breakdown | null {
  if (!names.has(BREAKDOWN_NAME)) return null;
  const units = names.get(BREAKDOWN_UNITS_NAME)?.cells[0]?.[0]?.value;
  const stated = typeof units === "number" ? units : null;
  const all: BreakdownRow[] = [];
  for (let n = 0, range = names.get(BREAKDOWN_NAME); range !== undefined; range = names.get(registerName(++n))) {
    const part = readBreakdown(range, keys, textKeys);
    if (!part.ok) return { rows: part, stated };
    for (const row of part.value) all.push(row);
  }
  return { rows: { ok: true, value: all }, stated };
}

export interface FileInput {
  readonly index: number;
  readonly name: string;
  readonly submission: Submission;
  /** The workbook's register when it has one (breakdownOf). */
  readonly breakdown: Breakdown | null;
  /** What the checks warned about; a unit's own file carries them into its register row. */
  readonly warnings?: readonly Message[];
  /** ISO day the file was received as far as the machine knows (its modification time): lateness is judged by it when the roster gives no "Ngày nhận". */
  readonly received?: string;
}

/** Warnings as one register cell: distinct texts, " | " between them (a warning may hold a ";"), cut at MAX_WARNINGS_CHARS. */
export function joinWarnings(texts: Iterable<string>): string {
  const distinct = [...new Set([...texts].filter((text) => text !== ""))];
  const joined = distinct.join(" | ");
  return joined.length <= MAX_WARNINGS_CHARS ? joined : `${joined.slice(0, MAX_WARNINGS_CHARS - 1)}…`;
}

function reportedFigures(submission: Submission, keys: readonly FigureKey[]): Result<FigureRow> {
  for (const key of keys) {
    const value = submission.figures.get(key);
    if (value === null || value === undefined) continue;
    if (!isExactFigure(value)) return { ok: false, error: keyed("merge.reject.inexact", { code: key, value: String(value) }) };
  }
  return { ok: true, value: figureRowOf(keys, (key) => submission.figures.get(key)) };
}

export function makeLeaf(fields: Omit<Leaf, "key" | "hash">, keys: readonly FigureKey[]): Leaf {
  return { ...fields, key: unitKey(fields.code), hash: rowHash(keys, fields.figures, fields.name, fields.level, fields.texts) };
}

/** A submission's text values by key index, or nothing when it has none (every numeric form). */
function textsOf(submission: Submission, keys: readonly FigureKey[]): { texts?: ReadonlyMap<number, string> } {
  if (!submission.texts || submission.texts.size === 0) return {};
  const texts = new Map<number, string>();
  keys.forEach((key, k) => {
    const text = submission.texts!.get(key);
    if (text !== undefined) texts.set(k, text);
  });
  return texts.size > 0 ? { texts } : {};
}

/**
 * What an accepted file contributes. `warnings` tell the user what we did not take at face value;
 * an `error` rejects the file (a figure that cannot be summed exactly, a register that fails its
 * self-audit).
 */
/**
 * `unsummed`: indexes of keys never totalled (not-summed.ts), left out of the register's self-check.
 * `weights`: for a weighted-average key's index, its weight's index (weightIndexes): such a cell of a
 * consolidated workbook is the weighted mean of its breakdown, not the sum.
 */
export function sourceOf(
  file: FileInput,
  keys: readonly FigureKey[],
  weights: ReadonlyMap<number, number> = new Map(),
  unsummed: ReadonlySet<number> = new Set(),
): Result<{ source: Source; warnings: Message[] }> {
  const own = reportedFigures(file.submission, keys);
  if (!own.ok) return own;
  const id = file.submission.identification;
  const code = cleanText(id.unitCode);
  const name = cleanText(id.unitName);
  const base = { code, name, level: id.level, datePrepared: id.datePrepared, fileIndex: file.index, fileName: file.name };
  const single = (warnings: Message[]): Result<{ source: Source; warnings: Message[] }> => {
    // A unit's own file: its check warnings go into its register row, in the register's language.
    const ownWarnings = file.submission.kind === "consolidated" ? "" : joinWarnings((file.warnings ?? []).map((w) => render("vi", w)));
    const leaf = makeLeaf({ ...base, via: null, figures: own.value, ...textsOf(file.submission, keys), warnings: ownWarnings }, keys);
    return {
      ok: true,
      value: {
        source: {
          ...base,
          key: leaf.key,
          hash: leaf.hash,
          kind: "leaf",
          leaves: [leaf],
          ...(file.received ? { received: file.received } : {}),
        },
        warnings,
      },
    };
  };
  if (file.submission.kind !== "consolidated") return single([]);

  const fallback = (problem: Message): Result<{ source: Source; warnings: Message[] }> =>
    single([problem, keyed("merge.warn.asSingleUnit")]);
  if (!file.breakdown) return fallback(keyed("merge.breakdown.missing"));
  const rows = file.breakdown.rows;
  if (!rows.ok) return fallback(rows.error);
  // The breakdown must add up to the workbook's own figures, cell by cell, exactly.
  const sums = keys.map(() => new ExactTotal());
  for (const row of rows.value) {
    for (let k = 0; k < keys.length; k++) {
      const value = figureAt(row.figures, k);
      if (value !== null) sums[k].add(value);
    }
  }
  // The self-audit, checked on read: a register that disagrees with its own totals, or that holds fewer
  // units than it says, was edited or cut short; neither side can be trusted, so the file is not counted.
  const stated = file.breakdown.stated;
  if (stated !== null && stated !== rows.value.length) {
    return { ok: false, error: keyed("merge.reject.breakdownTruncated", { expected: stated, found: rows.value.length }) };
  }
  // A weighted average's total is the weighted mean of the breakdown ("Tiền lương bình quân"), not its sum.
  const totalOf = (k: number): number | null => {
    const w = weights.get(k);
    return w === undefined
      ? sums[k].value()
      : weightedMean(rows.value.map((row) => [figureAt(row.figures, k), figureAt(row.figures, w)] as const));
  };
  // A figure never totalled (aggregation none) has an empty consolidated cell: only its register rows count.
  const differ = keys.flatMap((key, k) => (unsummed.has(k) || sameFigure(totalOf(k), figureAt(own.value, k)) ? [] : [k]));
  if (differ.length > 0) {
    const [k] = differ;
    const codes =
      differ
        .slice(0, MAX_CODES_NAMED)
        .map((i) => keys[i])
        .join(", ") + (differ.length > MAX_CODES_NAMED ? ", …" : "");
    return {
      ok: false,
      error: keyed("merge.reject.breakdownMismatch", {
        count: differ.length,
        codes,
        code: keys[k],
        own: figureAt(own.value, k) ?? "—",
        sum: totalOf(k) ?? "—",
      }),
    };
  }
  const leaves = rows.value.map((row) =>
    makeLeaf(
      {
        code: row.code,
        name: row.name,
        level: row.level,
        via: row.via ? `${code}${VIA_SEPARATOR}${row.via}` : code,
        datePrepared: row.datePrepared,
        figures: row.figures,
        ...(row.texts ? { texts: row.texts } : {}),
        warnings: row.warnings,
        fileIndex: file.index,
        fileName: file.name,
      },
      keys,
    ),
  );
  const key = unitKey(code);
  return {
    ok: true,
    value: {
      source: {
        ...base,
        key,
        hash: rowHash(keys, own.value, name, id.level),
        kind: "container",
        leaves,
        ...(file.received ? { received: file.received } : {}),
      },
      warnings: [],
    },
  };
}
