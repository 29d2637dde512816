/**
 * How units are recognised across files. Codes are typed by people in many tools: the same code may
 * arrive in NFD (macOS), with stray spaces, or in another case. Two codes are the same unit when their
 * NFC, trimmed, upper-cased forms are equal; names are only ever a hint, compared the same way.
 */

/** The identity of a unit across files. */
export const unitKey = (code: string): string => code.normalize("NFC").trim().replace(/\s+/g, " ").toUpperCase();

/** For "có thể là …" hints: NFC, lower case, single spaces. */
export const nameKey = (name: string): string => name.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * A unit's name as a roster without codes is matched by: nameKey without the "CĐCS" / "Công đoàn cơ sở"
 * prefix, which officers write or leave out at will. Marks are kept: "Kim Đồng" and "Kim Dong" may be two units.
 */
export const unitNameKey = (name: string): string =>
  nameKey(name)
    .replace(/^(cđcs|c\.đ\.c\.s\.?|công đoàn cơ sở)\s*[:\-–]?\s*/u, "")
    .trim();

/** Text from a file, as we show it again: NFC and trimmed, nothing else changed. */
export const cleanText = (text: string): string => text.normalize("NFC").trim();
