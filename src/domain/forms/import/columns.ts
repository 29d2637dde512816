/**
 * The value columns of a typed form decide the campaign's kind: one "Số lượng" (or "Thực hiện", "Kết
 * quả") is a periodic report; "Đầu kỳ"/"Cuối kỳ", "Năm 2011"/"Năm 2020" or "Lũy kế" a review. Columns our
 * templates compute themselves (Tăng/giảm) are recognised; any other column is reported, not guessed.
 *
 * Forms with several value columns of another shape — plan / actual / % of plan, last year / this year /
 * comparison, a total split by sector under "Chia ra" — are periodic reports whose columns the definition's
 * `columns` sheet holds (column-sheet.ts proposes it from the roles read here).
 */
import type { ValueColumn } from "./header";
import { looseKey } from "./words";

export type ColumnRole = "value" | "base" | "end" | "change" | "cumulative" | "plan" | "percent" | "total" | "sector" | "unknown";

export interface ColumnFacts {
  readonly kind: "periodic" | "review";
  readonly roles: readonly { readonly column: ValueColumn; readonly role: ColumnRole }[];
  readonly years?: { readonly base: number; readonly end: number };
  /** Several value columns of a periodic report, for the `columns` sheet. Absent for one value column and for a review's own columns. */
  readonly several?: { readonly columns: readonly ValueColumn[] };
}

/** Words of a column split under "Chia ra" / "Trong đó" (the two-row header joins them as "Chia ra — Khu vực HCSN"). */
const SPLIT_HEADER = /^(chia ra|trong do|phan theo|chi tiet|bao gom|gom)\b/;

function roleOf(column: ValueColumn): ColumnRole {
  const key = looseKey(column.name);
  if (SPLIT_HEADER.test(key)) return "sector";
  // "3=2/1" divides: a percent whatever its header says; "4=5+6+7+8" is said by its header (Tổng số).
  if (/\b(ty le|ti le|so sanh|so voi)\b/.test(key) || /%/.test(key) || column.computedAs?.includes("/")) return "percent";
  if (/\bdau ky\b/.test(key)) return "base";
  if (/\bcuoi ky\b/.test(key)) return "end";
  if (/\bluy ke\b/.test(key)) return "cumulative";
  if (/\b(tang giam|chenh lech|tang|giam)\b/.test(key)) return "change";
  if (/\b(ke hoach|chi tieu giao|muc tieu|kh)\b/.test(key)) return "plan";
  if (/^(tong so|tong cong|cong)$/.test(key)) return "total";
  if (/\b(so luong|thuc hien|ket qua|so lieu|gia tri|tong so)\b/.test(key)) return "value";
  return "unknown";
}

/** A review's own columns: what the review kind draws (Đầu kỳ, Cuối kỳ, Tăng/giảm, Lũy kế). */
const REVIEW_ROLES: ReadonlySet<ColumnRole> = new Set(["base", "end", "change", "cumulative"]);

export function readColumns(values: readonly ValueColumn[]): ColumnFacts {
  const years = values.map((column) => /\b((?:19|20)\d{2})\b/.exec(column.name)).map((match) => (match ? Number(match[1]) : undefined));
  const yearColumns = years.filter((year): year is number => year !== undefined);
  const span = yearColumns.length >= 2 ? { base: Math.min(...yearColumns), end: Math.max(...yearColumns) } : undefined;
  // "Năm 2011" and "Năm 2020" side by side: the earlier year is the baseline, the later the end. Two
  // consecutive years ("Năm 2025 | Năm 2026") compare last year with this one: not a review.
  const reviewYears = span !== undefined && span.end - span.base >= 2;
  const roles = values.map((column, i) => {
    let role = roleOf(column);
    if ((role === "unknown" || role === "value") && reviewYears && years[i] !== undefined)
      role = years[i] === span.base ? "base" : years[i] === span.end ? "end" : role;
    return { column, role };
  });
  const review =
    roles.some((r) => r.role === "base" || r.role === "end" || r.role === "cumulative") && roles.every((r) => REVIEW_ROLES.has(r.role));
  if (review) return { kind: "review", roles, years: span };
  if (values.length <= 1) return { kind: "periodic", roles, years: span };
  return { kind: "periodic", roles, several: { columns: values } };
}
