/** Preparation dates as they come out of cells: ISO text, dd/mm/yyyy text, or an Excel date serial. */
import type { RawCell } from "../raw";

const pad = (n: number): string => String(n).padStart(2, "0");

function validIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31/02
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in); serials before 61 are not report dates. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return validIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function parseDateText(text: string): string | null {
  const t = text.normalize("NFC").trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validIso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

export function dateFromCell(cell: RawCell | undefined): string | null {
  if (!cell) return null;
  if (typeof cell.value === "number") return serialToIso(cell.value);
  if (typeof cell.value === "string") return parseDateText(cell.value);
  return null;
}

/** dd/mm/yyyy, the way a Vietnamese officer writes a date. */
export function displayDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
