/**
 * The roster's optional columns beside code, name and level: the unit's sector ("Loại hình", the register
 * the counted rows come from) and the day its report was received ("Ngày nhận", what lateness is judged
 * by). Kept apart from the roster's reading of its main columns (roster.ts) so each can change alone.
 */
import { dateFromCell } from "./dates";
import { cleanText } from "./normalise";

export type ExtraRole = "sector" | "received";

/** Header texts folded as roster.ts folds them (no marks, lower case). */
export const EXTRA_HEADERS: readonly (readonly [string, ExtraRole])[] = [
  ["loai hinh", "sector"],
  ["loai hinh don vi", "sector"],
  ["loai hinh cdcs", "sector"],
  ["khu vuc", "sector"],
  ["sector", "sector"],
  ["ngay nhan", "received"],
  ["ngay nhan bao cao", "received"],
  ["ngay nhan tep", "received"],
  ["received", "received"],
];

export interface RosterExtras {
  /** The sector as the register writes it (NFC, trimmed); matched to the definition's filters at the merge. */
  readonly sector?: string;
  /** ISO day the report was received. */
  readonly received?: string;
}

/** A roster line's sector and received day, from the columns the header named. */
export function rosterExtras(row: readonly unknown[], columns: ReadonlyMap<string, number>): RosterExtras {
  const out: { sector?: string; received?: string } = {};
  const sectorAt = columns.get("sector");
  const sector = sectorAt === undefined ? undefined : row[sectorAt];
  if (typeof sector === "string" && cleanText(sector) !== "") out.sector = cleanText(sector).normalize("NFC");
  const receivedAt = columns.get("received");
  if (receivedAt !== undefined) {
    const value = row[receivedAt];
    const day = dateFromCell({ value: typeof value === "string" || typeof value === "number" ? value : null });
    if (day) out.received = day;
  }
  return out;
}
