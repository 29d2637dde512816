/**
 * The roster (danh sách đơn vị trực thuộc): the units expected to report, and how complete the
 * merge is against it. Units are matched by code (NFC, trimmed, case-insensitive); a name that matches
 * when the code does not is only offered as a hint ("có thể là …"), never used to match, because
 * two CĐCS may share a name ("CĐCS Trường Tiểu học Kim Đồng") in different districts.
 */
import type { Campaign } from "../catalog/campaign";
import type { Level } from "../catalog/schema";
import { parseLevel } from "../catalog/levels";
import { asciiFold } from "../ascii-fold";
import { cleanText, nameKey, unitKey } from "./normalise";
import type { Deduped } from "./dedupe";
import type { FileReport, Message } from "./types";

export interface RosterUnit {
  readonly code: string;
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

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Message };

const fold = (text: string): string =>
  asciiFold(nameKey(text))
    .replace(/[^a-z0-9 ]/g, "")
    .trim();

// Header texts folded (no marks, lower case), so "Mã đơn vị", "MA DON VI" and "code" all match.
const HEADERS: ReadonlyMap<string, "code" | "name" | "level"> = new Map([
  ["code", "code"],
  ["unit code", "code"],
  ["ma", "code"],
  ["ma don vi", "code"],
  ["ma dv", "code"],
  ["name", "name"],
  ["unit name", "name"],
  ["ten", "name"],
  ["ten don vi", "name"],
  ["ten dv", "name"],
  ["level", "level"],
  ["cap", "level"],
  ["cap don vi", "level"],
]);

const cellString = (v: unknown): string => (typeof v === "string" ? cleanText(v) : typeof v === "number" ? String(v) : "");

/** Reads a roster from a table (a sheet, or parsed CSV): a header row somewhere in the first lines, then one unit per row. */
export function rosterFromRows(rows: readonly (readonly unknown[])[]): Read<Roster> {
  let headerAt = -1;
  let columns = new Map<"code" | "name" | "level", number>();
  for (let r = 0; r < Math.min(rows.length, 20) && headerAt < 0; r++) {
    const found = new Map<"code" | "name" | "level", number>();
    rows[r].forEach((cell, c) => {
      const role = HEADERS.get(fold(cellString(cell)));
      if (role && !found.has(role)) found.set(role, c);
    });
    if (found.has("code") && found.has("name")) {
      headerAt = r;
      columns = found;
    }
  }
  if (headerAt < 0) return { ok: false, problem: { key: "merge.roster.header" } };
  const units: RosterUnit[] = [];
  const warnings: Message[] = [];
  const seen = new Set<string>();
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r];
    const code = cellString(row[columns.get("code")!]);
    const name = cellString(row[columns.get("name")!]);
    if (!code) {
      if (name) warnings.push({ key: "merge.roster.noCode", params: { line: r + 1, name } });
      continue;
    }
    const key = unitKey(code);
    if (seen.has(key)) {
      warnings.push({ key: "merge.roster.duplicate", params: { line: r + 1, code } });
      continue;
    }
    seen.add(key);
    const levelText = columns.has("level") ? cellString(row[columns.get("level")!]) : "";
    const level = levelText ? parseLevel(levelText) : null;
    if (levelText && !level) warnings.push({ key: "merge.roster.level", params: { line: r + 1, value: levelText } });
    units.push({ code, key, name, level, line: r + 1 });
  }
  if (units.length === 0) return { ok: false, problem: { key: "merge.roster.empty" } };
  return { ok: true, value: { units, warnings } };
}

export type RosterState = "submitted" | "late" | "missing";

export interface RosterLine {
  readonly unit: RosterUnit;
  readonly state: RosterState;
  readonly duplicate: boolean;
  readonly doubleCounted: boolean;
  readonly fileName: string | null;
  /** The consolidated workbook it arrived through, when not directly. */
  readonly via: string | null;
  readonly datePrepared: string | null;
  readonly deadline: string | null;
  /** A file of this unit that was rejected (it then counts as missing). */
  readonly rejectedFile: string | null;
  /** An unexpected unit whose name matches: "có thể là …". */
  readonly hint: { readonly code: string; readonly name: string; readonly fileName: string } | null;
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
    readonly unexpected: number;
    readonly duplicate: number;
    readonly doubleCounted: number;
  };
}

export function completeness(roster: Roster, campaign: Campaign, deduped: Deduped, files: readonly FileReport[]): RosterReport {
  const sources = new Map(deduped.sources.map((s) => [s.key, s]));
  const leaves = new Map(deduped.leaves.map((l) => [l.key, l]));
  const rosterKeys = new Set(roster.units.map((u) => u.key));
  const rosterNames = new Map<string, RosterUnit>();
  for (const u of roster.units) if (!rosterNames.has(nameKey(u.name))) rosterNames.set(nameKey(u.name), u);

  // Files whose unit is not on the roster. Units inside a consolidated workbook are not direct subordinates, so never unexpected.
  const unexpected: UnexpectedUnit[] = deduped.sources
    .filter((s) => !rosterKeys.has(s.key))
    .map((s) => {
      const hint = rosterNames.get(nameKey(s.name)) ?? null;
      return { code: s.code, name: s.name, fileName: s.fileName, hint: hint && !sources.has(hint.key) && !leaves.has(hint.key) ? hint : null };
    });
  const unexpectedByName = new Map<string, UnexpectedUnit>();
  for (const u of unexpected) if (!unexpectedByName.has(nameKey(u.name))) unexpectedByName.set(nameKey(u.name), u);
  const rejectedByKey = new Map<string, string>();
  for (const f of files) if (f.status === "rejected" && f.unitCode && !rejectedByKey.has(unitKey(f.unitCode))) rejectedByKey.set(unitKey(f.unitCode), f.name);

  const lines = roster.units.map((unit): RosterLine => {
    const source = sources.get(unit.key);
    const leaf = leaves.get(unit.key);
    const found = source ?? leaf;
    const level = unit.level ?? found?.level ?? null;
    const deadline = level ? (campaign.deadlines[level] ?? null) : null;
    const datePrepared = found?.datePrepared ?? null;
    const state: RosterState = !found ? "missing" : deadline && datePrepared && datePrepared > deadline ? "late" : "submitted";
    const drops = deduped.dropped.filter((d) => unitKey(d.code) === unit.key);
    const hint = !found ? (unexpectedByName.get(nameKey(unit.name)) ?? null) : null;
    return {
      unit,
      state,
      duplicate: drops.some((d) => d.kind === "duplicate"),
      doubleCounted: drops.some((d) => d.kind === "doubleCounted"),
      fileName: found?.fileName ?? null,
      via: source ? null : (leaf?.via ?? null),
      datePrepared,
      deadline,
      rejectedFile: !found ? (rejectedByKey.get(unit.key) ?? null) : null,
      hint: hint ? { code: hint.code, name: hint.name, fileName: hint.fileName } : null,
    };
  });
  return {
    lines,
    unexpected,
    counts: {
      expected: lines.length,
      submitted: lines.filter((l) => l.state !== "missing").length,
      late: lines.filter((l) => l.state === "late").length,
      missing: lines.filter((l) => l.state === "missing").length,
      unexpected: unexpected.length,
      duplicate: lines.filter((l) => l.duplicate).length,
      doubleCounted: lines.filter((l) => l.doubleCounted).length,
    },
  };
}
