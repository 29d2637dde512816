/**
 * Whether a number format shows its number as a date or a time, decided once for every reader: the
 * .xlsx reader (a cell's custom format code) and the Office.js adapter (Range.numberFormat) ask here.
 *
 * A date or a time counts: a figure cell shown as "h:mm" or "[h]:mm" (elapsed time) holds a fraction
 * of a day, not a count a unit reported, so it must be judged the same inside Excel and out.
 */

/**
 * A format code is a date (or time) format when its first section has a d, m, y, h or s token outside
 * quoted text, [colour/condition/locale] brackets, backslash escapes and _x / *x spacing. An elapsed
 * time bracket ([h], [mm], [ss]) counts too.
 */
export function isDateFormatCode(code: string): boolean {
  // Only the first section decides, as in Excel ("positive;negative;zero;text").
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (inQuote) {
      if (ch === '"') inQuote = false;
      continue;
    }
    if (ch === '"') inQuote = true;
    else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === ";") return false;
    else if (ch === "[") {
      const end = code.indexOf("]", i);
      if (end < 0) return false;
      if (/^\[(h+|m+|s+)\]$/i.test(code.slice(i, end + 1))) return true;
      i = end;
    } else if (/[dmyhs]/i.test(ch)) return true;
  }
  return false;
}
