/**
 * Numbers and dates as the file wrote them. A figure a unit entered must never be changed silently:
 * when the text holds more precision than a double can carry, the text is kept beside the value.
 */
import { daySerial } from "../../../domain/dates";

const NUMBER_TEXT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

export interface ParsedNumber {
  /** null when the text is not a number at all. */
  readonly value: number | null;
  /** The file's text, when `value` does not say exactly what it said. */
  readonly inexact?: string;
}

/**
 * Parses a <v> number. Exact means: the text's significant digits are what the double prints at that
 * precision (≤ 17 digits). So "0.1" and Excel's 17-digit "2.2000000000000002" are exact, while
 * "12345678901234567890" (20 digits) or "9007199254740993" (2^53 + 1) are not.
 */
export function parseNumberText(raw: string): ParsedNumber {
  const text = raw.trim();
  if (!NUMBER_TEXT.test(text)) return { value: null, inexact: raw };
  const value = Number(text);
  if (!Number.isFinite(value)) return { value: null, inexact: raw };
  // Up to 15 significant digits every decimal survives a double round trip; most texts are that short.
  if (text.length <= 15 && !/[eE]/.test(text)) return { value };
  const canonical = canonicalDecimal(text);
  const digits = canonical.slice(0, canonical.indexOf("e"));
  if (digits === "0") return { value };
  if (digits.length > 17 || canonicalDecimal(value.toPrecision(digits.length)) !== canonical) return { value, inexact: raw };
  return { value };
}

/** "0012.3400e1" → "1234e3" (significant digits, then where the decimal point sits): equal decimals, equal strings. */
function canonicalDecimal(text: string): string {
  const [mantissa, exponent = "0"] = text.toLowerCase().replace(/^[+-]/, "").split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  const leading = digits.length - digits.replace(/^0+/, "").length;
  digits = digits.slice(leading).replace(/0+$/, "");
  point -= leading;
  return digits.length === 0 ? "0e0" : `${digits}e${point}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

const dayFraction = (
  hours: string | undefined,
  minutes: string | undefined,
  seconds: string | undefined,
  fraction: string | undefined,
): number => (Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0) + Number(`0.${fraction ?? 0}`)) / 86400;

/**
 * A t="d" cell (ISO 8601 text) as the serial day number of the 1900 date system, the way every
 * other date cell arrives. Time zones are ignored: a spreadsheet date has none.
 */
export function isoDateToSerial(text: string): number | undefined {
  const time = ISO_TIME.exec(text.trim());
  if (time !== null) return dayFraction(time[1], time[2], time[3], time[4]);
  const m = ISO.exec(text.trim());
  if (m === null) return undefined;
  const day = daySerial(Number(m[1]), Number(m[2]), Number(m[3]));
  return day === null ? undefined : day + dayFraction(m[4], m[5], m[6], m[7]);
}

/** Serial days of the 1904 date system (old Mac workbooks) → the 1900 system. */
export const DAYS_1904_TO_1900 = 1462;
