/**
 * Dates, in one place: ISO text ("2026-06-05"), Excel serial day numbers of the 1900 date system,
 * text a Vietnamese officer types (day first) and the dd/mm/yyyy we show. Every layer that turns one
 * into another comes here, so a date valid in one view is valid in every other.
 *
 * The one rule for text: day first with "/", "." or "-" (5/6/2026, 05-06-2026), or year first with "-"
 * (2026-06-05, 2026-6-5); one or two digits for day and month, four for the year, a real calendar day
 * from 1/1/1900 to 31/12/9999 (the days Excel can show).
 */

const MS_PER_DAY = 86_400_000;
/** Serial 0 is 30/12/1899 for every serial from 61 (1/3/1900) on; see `serialToIso` for the ones before. */
const EPOCH = Date.UTC(1899, 11, 30);
/** Excel believes 1900 was a leap year: its serial 60 is 29/02/1900, a day that never was. */
const PHANTOM_LEAP_DAY = 60;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;
/** 31/12/9999, the last day Excel shows. */
const MAX_SERIAL = 2_958_465;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The ISO text of a real calendar day inside Excel's range, or null (31/2, month 13, year 1899...). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Serial day number → ISO date; the time of day is ignored. Null outside Excel's range and for the phantom 29/02/1900. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const whole = Math.floor(serial);
  if (whole === PHANTOM_LEAP_DAY) return null;
  // Before the phantom day Excel's count is one short of the calendar's.
  const days = whole < PHANTOM_LEAP_DAY ? whole + 1 : whole;
  const d = new Date(EPOCH + days * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A calendar day → its serial day number, or null when it is not a real day inside Excel's range. */
export function daySerial(year: number, month: number, day: number): number | null {
  if (isoDate(year, month, day) === null) return null;
  const days = (Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY;
  return days <= PHANTOM_LEAP_DAY ? days - 1 : days;
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Text as typed (see the rule above) → ISO date, or null. NFC-normalised and trimmed first. */
export function parseDateText(text: string): string | null {
  const t = text.normalize("NFC").trim();
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = YEAR_FIRST.exec(t);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return null;
}

/** An ISO date → its year, month and day as numbers, or null when it is not one (a month/day deadline kept from an ISO date). */
export function isoParts(iso: string): { readonly year: number; readonly month: number; readonly day: number } | null {
  const m = YEAR_FIRST.exec(iso);
  if (!m || isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === null) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** An ISO date (as `parseDateText` reads it) → its serial day number, or null. */
export function isoToSerial(iso: string): number | null {
  const m = YEAR_FIRST.exec(iso);
  return m ? daySerial(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The calendar day of a moment where the user is (local time), as ISO: "today" against a deadline. */
export function localIsoDate(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** "2026-06-05" → "05/06/2026", the way Vietnamese documents write dates; "" for none; other text as it is. */
export function displayDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
