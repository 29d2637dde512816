/**
 * The roster (danh sách đơn vị trực thuộc): the units expected to report, and how complete the
 * merge is against it. Units are matched by code (NFC, trimmed, case-insensitive); a name that matches
 * when the code does not is only offered as a hint ("có thể là …"), never used to match, because
 * two CĐCS may share a name ("CĐCS Trường Tiểu học Kim Đồng") in different districts.
 * A roster as provinces keep it often has no code column ("STT, Tên công đoàn cơ sở, Cấp"): its units
 * are matched by name (unitNameKey), and only when exactly one file and one roster line share that
 * name; anything else is listed as unclear, never guessed.
 */
import { deadlineFor, type Campaign } from "../definition/campaign";
import type { Level } from "../definition/schema";
import { parseLevel } from "../definition/levels";
import { asciiFold } from "../ascii-fold";
import { cleanText, confusableLetters, nameKey, unitKey, unitNameKey } from "./normalise";
import type { Deduped } from "./dedupe";
import { hashText } from "./hash";
import type { FileReport, Message } from "./types";
import { keyed, message } from "../i18n/message";
import type { Result } from "../errors";
import { EXTRA_HEADERS, rosterExtras, type ExtraRole, type RosterExtras } from "./roster-columns";

export interface RosterUnit extends RosterExtras {
  /** "" when the roster gives none: the unit is then matched by its name. */
  readonly code: string;
  /** Unique within the roster: the code's unitKey, or the name and line for a unit without a code. */
  readonly key: string;
  readonly name: string;
  readonly level: Level | null;
  /** 1-based line in the roster file, for messages. */
  readonly line: number;
}

export interface Roster {
  readonly units: readonly RosterUnit[];
  readonly warnings: readonly Message[];
}

const fold = (text: string): string =>
  asciiFold(nameKey(text))
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/\s+/g, " ")
    .trim();

type Role = "code" | "name" | "level" | ExtraRole;

// Header texts folded (no marks, lower case), so "Mã đơn vị", "MA DON VI" and "code" all match. "STT" has no role: ignored.
const HEADERS: ReadonlyMap<string, Role> = new Map([
  ["code", "code"],
  ["unit code", "code"],
  ["ma", "code"],
  ["ma so", "code"],
  ["ma don vi", "code"],
  ["ma dv", "code"],
  ["ma cdcs", "code"],
  ["ma cong doan co so", "code"],
  ["name", "name"],
  ["unit name", "name"],
  ["ten", "name"],
  ["ten don vi", "name"],
  ["ten dv", "name"],
  ["ten cdcs", "name"],
  ["ten cong doan", "name"],
  ["ten cong doan co so", "name"],
  ["level", "level"],
  ["cap", "level"],
  ["cap don vi", "level"],
  ...EXTRA_HEADERS,
]);

const cellString = (v: unknown): string => (typeof v === "string" ? cleanText(v) : typeof v === "number" ? String(v) : "");

/** The roles a row's cells name, by column (the first column of each role wins). */
function roles(row: readonly unknown[] | undefined): Map<Role, number> {
  const found = new Map<Role, number>();
  (row ?? []).forEach((cell, c) => {
    const role = HEADERS.get(fold(cellString(cell)));
    if (role && !found.has(role)) found.set(role, c);
  });
  return found;
}

/**
 * Where the header is: the first of the first 20 rows naming a name column, alone or with the row
 * below it — a header of two rows with merged cells (the value sits in the first row of the merge)
 * names some columns in one row and some in the next. Returns the columns and the last header row.
 */
function findHeader(rows: readonly (readonly unknown[])[]): { columns: Map<Role, number>; last: number } | null {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const own = roles(rows[r]);
    const below = roles(rows[r + 1]);
    const columns = new Map(own);
    const used = new Set(own.values());
    let fromBelow = false;
    for (const [role, c] of below) {
      if (!columns.has(role) && !used.has(c)) {
        columns.set(role, c);
        fromBelow = true;
      }
    }
    if (own.has("name") && !below.has("name")) return { columns, last: fromBelow ? r + 1 : r };
    if (!own.has("name") && columns.has("name") && own.size > 0) return { columns, last: r + 1 };
  }
  return null;
}

/** The codes of a roster line's warnings (its number is the `line` param): callers decide by these, never by a message's key or words. */
export const ROSTER_LINE_WARNINGS = {
  noCode: "roster.line.no-code",
  duplicate: "roster.line.duplicate",
  badLevel: "roster.line.bad-level",
  confusable: "roster.line.confusable",
} as const;

/** Lines that are not units: the column numbering under a header ("(1)", "2", as typed) and total lines (folded). */
const NUMBERING = /^\(?\d+\)?$/;
const TOTAL_LINE = /^(tong|tong cong|cong|tong so)$/;
/** A name such as "=1+1" is text to keep, not numbering: only the name as typed is tested for numbering. */
const notAUnit = (name: string): boolean => NUMBERING.test(name.trim()) || TOTAL_LINE.test(fold(name));

/** The most lines a roster may have: a province's CĐCS fit many times over; beyond it the roster is refused, said so. */
export const MAX_ROSTER_LINES = 100_000;

/** Reads a roster from a table (a sheet, or parsed CSV): a header row somewhere in the first lines, then one unit per row. */
export function rosterFromRows(rows: readonly (readonly unknown[])[]): Result<Roster> {
  const header = findHeader(rows);
  if (!header) return { ok: false, error: keyed("merge.roster.header") };
  const { columns } = header;
  const lines = rows.length - header.last - 1;
  if (lines > MAX_ROSTER_LINES) return { ok: false, error: keyed("merge.roster.tooMany", { count: lines, limit: MAX_ROSTER_LINES }) };
  const units: RosterUnit[] = [];
  const warnings: Message[] = [];
  /** Each code's first line, to name it when the code comes again. */
  const seen = new Map<string, number>();
  const at = (row: readonly unknown[], role: Role): string => (columns.has(role) ? cellString(row[columns.get(role)!]) : "");
  for (let r = header.last + 1; r < rows.length; r++) {
    const row = rows[r];
    const code = at(row, "code");
    const name = at(row, "name");
    if (!code && (!name || notAUnit(name))) continue;
    if (!code && columns.has("code")) warnings.push(message(ROSTER_LINE_WARNINGS.noCode, "merge.roster.noCode", { line: r + 1, name }));
    const confusable = code ? confusableLetters(code) : [];
    if (confusable.length > 0) {
      warnings.push(
        message(ROSTER_LINE_WARNINGS.confusable, "merge.roster.confusable", { line: r + 1, code, letters: confusable.join(" ") }),
      );
      continue;
    }
    const key = code ? unitKey(code) : `name:${unitNameKey(name)}#${r + 1}`;
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push(message(ROSTER_LINE_WARNINGS.duplicate, "merge.roster.duplicateOf", { line: r + 1, code, first }));
      continue;
    }
    seen.set(key, r + 1);
    const levelText = at(row, "level");
    const level = levelText ? parseLevel(levelText) : null;
    if (levelText && !level) warnings.push(message(ROSTER_LINE_WARNINGS.badLevel, "merge.roster.level", { line: r + 1, value: levelText }));
    units.push({ code, key, name, level, line: r + 1, ...rosterExtras(row, columns) });
  }
  if (units.length === 0) return { ok: false, error: keyed("merge.roster.empty") };
  return { ok: true, value: { units, warnings } };
}

/** How a roster line is shown: "code – name", or the name alone when the roster gives no code. */
export const rosterUnitLabel = (unit: RosterUnit): string => (unit.code ? `${unit.code} – ${unit.name}` : unit.name);

/** unclear: a roster line without a code whose name fits several files, or several lines: listed, not guessed. */
export type RosterState = "submitted" | "late" | "missing" | "unclear";

export interface RosterLine {
  readonly unit: RosterUnit;
  readonly state: RosterState;
  readonly duplicate: boolean;
  readonly doubleCounted: boolean;
  readonly fileName: string | null;
  /** The consolidated workbook it arrived through, when not directly. */
  readonly via: string | null;
  readonly datePrepared: string | null;
  /** The day the report was received and where that day comes from: the roster's "Ngày nhận", or the file's modification time. */
  readonly received: { readonly date: string; readonly from: "roster" | "file" } | null;
  readonly deadline: string | null;
  /** A file of this unit that was rejected (it then counts as missing). */
  readonly rejectedFile: string | null;
  /** An unexpected unit whose name matches: "có thể là …". */
  readonly hint: { readonly code: string; readonly name: string; readonly fileName: string } | null;
  /** Unclear lines: the units of the files that share the name ("code – name (file)"). */
  readonly candidates: readonly string[];
}

export interface UnexpectedUnit {
  readonly code: string;
  readonly name: string;
  readonly fileName: string;
  readonly hint: RosterUnit | null;
}

export interface RosterReport {
  readonly lines: readonly RosterLine[];
  readonly unexpected: readonly UnexpectedUnit[];
  readonly counts: {
    readonly expected: number;
    readonly submitted: number;
    readonly late: number;
    readonly missing: number;
    readonly unclear: number;
    readonly unexpected: number;
    readonly duplicate: number;
    readonly doubleCounted: number;
  };
}

type Found = {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly level: Level | null;
  readonly datePrepared: string | null;
  readonly fileName: string;
  readonly via?: string | null;
};

/** Units of the files by unitNameKey, one entry per unit (a file's own unit before the same unit inside a consolidated workbook). */
function unitsByName(found: readonly Found[]): Map<string, Found[]> {
  const byName = new Map<string, Found[]>();
  for (const f of found) {
    const k = unitNameKey(f.name);
    if (!k) continue;
    const list = byName.get(k) ?? [];
    if (!list.some((x) => x.key === f.key)) list.push(f);
    byName.set(k, list);
  }
  return byName;
}

/** `reportsTo`: the merging unit's level, whose deadline for a unit the plan may date apart (a CĐCS directly under the province). */
export function completeness(
  roster: Roster,
  campaign: Campaign,
  deduped: Deduped,
  files: readonly FileReport[],
  reportsTo?: Level | null,
): RosterReport {
  const sources = new Map(deduped.sources.map((s) => [s.key, s]));
  const leaves = new Map(deduped.leaves.map((l) => [l.key, l]));
  const rosterKeys = new Set(roster.units.filter((u) => u.code).map((u) => u.key));
  const rosterNames = new Map<string, RosterUnit>();
  for (const u of roster.units) if (u.code && !rosterNames.has(nameKey(u.name))) rosterNames.set(nameKey(u.name), u);

  // Lines without a code are matched by name, against the units no code matched.
  const byName = unitsByName([...deduped.sources, ...deduped.leaves].filter((f) => !rosterKeys.has(f.key)));
  const namesakes = new Map<string, number>();
  for (const u of roster.units) if (!u.code) namesakes.set(unitNameKey(u.name), (namesakes.get(unitNameKey(u.name)) ?? 0) + 1);
  const matchedByName = new Map<string, { found: Found | null; candidates: readonly Found[] }>();
  const claimed = new Set<string>();
  for (const u of roster.units) {
    if (u.code) continue;
    const candidates = byName.get(unitNameKey(u.name)) ?? [];
    candidates.forEach((c) => claimed.add(c.key));
    const single = candidates.length === 1 && namesakes.get(unitNameKey(u.name)) === 1;
    matchedByName.set(u.key, { found: single ? candidates[0] : null, candidates: single ? [] : candidates });
  }

  // Files whose unit is not on the roster. Units inside a consolidated workbook are not direct subordinates, so never unexpected.
  const unexpected: UnexpectedUnit[] = deduped.sources
    .filter((s) => !rosterKeys.has(s.key) && !claimed.has(s.key))
    .map((s) => {
      const hint = rosterNames.get(nameKey(s.name)) ?? null;
      return {
        code: s.code,
        name: s.name,
        fileName: s.fileName,
        hint: hint && !sources.has(hint.key) && !leaves.has(hint.key) ? hint : null,
      };
    });
  const unexpectedByName = new Map<string, UnexpectedUnit>();
  for (const u of unexpected) if (!unexpectedByName.has(nameKey(u.name))) unexpectedByName.set(nameKey(u.name), u);
  const rejectedByKey = new Map<string, string>();
  const rejectedByName = new Map<string, string>();
  for (const f of files) {
    if (f.status !== "rejected") continue;
    if (f.unitCode && !rejectedByKey.has(unitKey(f.unitCode))) rejectedByKey.set(unitKey(f.unitCode), f.name);
    if (f.unitName && !rejectedByName.has(unitNameKey(f.unitName))) rejectedByName.set(unitNameKey(f.unitName), f.name);
  }

  const lines = roster.units.map((unit): RosterLine => {
    const byNameMatch = unit.code ? null : matchedByName.get(unit.key)!;
    const source = unit.code ? sources.get(unit.key) : byNameMatch?.found && sources.get(byNameMatch.found.key);
    const leaf = unit.code ? leaves.get(unit.key) : byNameMatch?.found && leaves.get(byNameMatch.found.key);
    const found = source ?? leaf;
    const unclear = !found && (byNameMatch?.candidates.length ?? 0) > 0;
    const level = unit.level ?? found?.level ?? null;
    const deadline = level ? deadlineFor(campaign, level, reportsTo) : null;
    const datePrepared = found?.datePrepared ?? null;
    // Lateness is judged by the day the report was received (the roster's "Ngày nhận"), not the day the unit typed.
    // Otherwise by the file's modification time (shown as such); the unit's own Ngày lập only when neither is known.
    const received = !found
      ? null
      : unit.received
        ? { date: unit.received, from: "roster" as const }
        : source?.received
          ? { date: source.received, from: "file" as const }
          : null;
    const judged = received?.date ?? datePrepared;
    const state: RosterState = unclear ? "unclear" : !found ? "missing" : deadline && judged && judged > deadline ? "late" : "submitted";
    const drops = found ? deduped.dropped.filter((d) => unitKey(d.code) === found.key) : [];
    const hint = !found && unit.code ? (unexpectedByName.get(nameKey(unit.name)) ?? null) : null;
    const rejectedFile =
      found || unclear ? null : unit.code ? (rejectedByKey.get(unit.key) ?? null) : (rejectedByName.get(unitNameKey(unit.name)) ?? null);
    return {
      unit,
      state,
      duplicate: drops.some((d) => d.kind === "duplicate"),
      doubleCounted: drops.some((d) => d.kind === "doubleCounted"),
      fileName: found?.fileName ?? null,
      via: source ? null : (leaf?.via ?? null),
      datePrepared,
      received,
      deadline,
      rejectedFile,
      hint: hint ? { code: hint.code, name: hint.name, fileName: hint.fileName } : null,
      candidates: unclear ? byNameMatch!.candidates.map((c) => `${c.code} – ${c.name} (${c.fileName})`) : [],
    };
  });
  return {
    lines,
    unexpected,
    counts: {
      expected: lines.length,
      submitted: lines.filter((l) => l.state === "submitted" || l.state === "late").length,
      late: lines.filter((l) => l.state === "late").length,
      missing: lines.filter((l) => l.state === "missing").length,
      unclear: lines.filter((l) => l.state === "unclear").length,
      unexpected: unexpected.length,
      duplicate: lines.filter((l) => l.duplicate).length,
      doubleCounted: lines.filter((l) => l.doubleCounted).length,
    },
  };
}

/**
 * Codes for the lines of a roster that has none, so `template --roster` can pre-identify each unit's
 * workbook and the merge can match by code next time. Stable: a code depends on the unit's name
 * (unitNameKey), not on its line, so a re-sorted or extended roster proposes the same codes again.
 * Namesakes get -2, -3 in line order; a code the roster already uses is never proposed.
 */
export function proposeCodes(units: readonly RosterUnit[], prefix = "CD"): ReadonlyMap<string, string> {
  const taken = new Set(units.filter((u) => u.code).map((u) => u.key));
  const proposed = new Map<string, string>();
  for (const u of units) {
    if (u.code) continue;
    const base = `${prefix}-${hashText(unitNameKey(u.name)).slice(-6).toUpperCase()}`;
    let code = base;
    for (let n = 2; taken.has(unitKey(code)); n++) code = `${base}-${n}`;
    taken.add(unitKey(code));
    proposed.set(u.key, code);
  }
  return proposed;
}
