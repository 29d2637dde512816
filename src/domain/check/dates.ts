/** Dates as a spreadsheet holds them: serial day numbers (1900 date system) or text typed day first. */

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 once its fictitious 29/2/1900 (serial 60) is accounted for. */
const EPOCH = Date.UTC(1899, 11, 30);
/** 31/12/9999, the last day Excel shows. */
const MAX_SERIAL = 2_958_465;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null; // 31/2 does not exist
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Serial day number → ISO date; the time of day is ignored. Null outside Excel's date range. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const whole = Math.floor(serial);
  // Serials before the fictitious 29/2/1900 are one day later than the arithmetic says.
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(EPOCH + days * MS_PER_DAY);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "15/06/2026", "5-6-2026", "5.6.2026" (day first, as written in Vietnam) or ISO "2026-06-15". */
export function parseDateText(text: string): string | null {
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return isoOf(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}
