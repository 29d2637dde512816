/**
 * How units are recognised across files. Codes are typed by people in many tools: the same code may
 * arrive in NFD (macOS), full width, with stray spaces, or in another case. Two codes are the same unit when
 * their NFKC, trimmed, upper-cased forms are equal; names are only ever a hint, compared after NFC.
 */

/**
 * The identity of a unit across files. NFKC, not only NFC: a full-width "２" or a ligature typed by an
 * IME is the same code as its plain form, so one unit is never counted twice under two spellings.
 */
export const unitKey = (code: string): string => code.normalize("NFKC").trim().replace(/\s+/g, " ").toUpperCase();

/**
 * The Cyrillic and Greek letters of a code that also has Latin letters ("В" for "B", "Ο" for "O"):
 * they look the same and compare different, so such a code is refused rather than matched or not.
 */
export function confusableLetters(code: string): string[] {
  if (!/\p{Script=Latin}/u.test(code)) return [];
  return [...new Set(code.match(/[\p{Script=Cyrillic}\p{Script=Greek}]/gu) ?? [])];
}

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
