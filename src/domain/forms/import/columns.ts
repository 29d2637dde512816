/**
 * The value columns of a typed form decide the campaign's kind: one "Số lượng" (or "Thực hiện", "Kết
 * quả") is a periodic report; "Đầu kỳ"/"Cuối kỳ", "Năm 2011"/"Năm 2020" or "Lũy kế" a review. Columns our
 * templates compute themselves (Tăng/giảm) are recognised; any other column is reported, not guessed.
 */
import type { ValueColumn } from "./header";
import { looseKey } from "./words";

export type ColumnRole = "value" | "base" | "end" | "change" | "cumulative" | "unknown";

export interface ColumnFacts {
  readonly kind: "periodic" | "review";
  readonly roles: readonly { readonly column: ValueColumn; readonly role: ColumnRole }[];
  readonly years?: { readonly base: number; readonly end: number };
}

function roleOf(name: string): ColumnRole {
  const key = looseKey(name);
  if (/\bdau ky\b/.test(key)) return "base";
  if (/\bcuoi ky\b/.test(key)) return "end";
  if (/\bluy ke\b/.test(key)) return "cumulative";
  if (/\b(tang giam|chenh lech|tang|giam)\b/.test(key)) return "change";
  if (/\b(so luong|thuc hien|ket qua|so lieu|gia tri|tong so)\b/.test(key)) return "value";
  return "unknown";
}

export function readColumns(values: readonly ValueColumn[]): ColumnFacts {
  const years = values.map((column) => /\b((?:19|20)\d{2})\b/.exec(column.name)).map((match) => (match ? Number(match[1]) : undefined));
  const yearColumns = years.filter((year): year is number => year !== undefined);
  const roles = values.map((column, i) => {
    let role = roleOf(column.name);
    // "Năm 2011" and "Năm 2020" side by side: the earlier year is the baseline, the later the end.
    if (role === "unknown" && years[i] !== undefined && yearColumns.length >= 2) role = years[i] === Math.min(...yearColumns) ? "base" : years[i] === Math.max(...yearColumns) ? "end" : "unknown";
    return { column, role };
  });
  const review = roles.some((r) => r.role === "base" || r.role === "end" || r.role === "cumulative");
  const span = yearColumns.length >= 2 ? { base: Math.min(...yearColumns), end: Math.max(...yearColumns) } : undefined;
  return { kind: review ? "review" : "periodic", roles, years: span };
}
