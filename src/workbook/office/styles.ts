/** Office.js-only units: the shared look of each style is in domain/layout/styles.ts. */

/** Excel column width in characters (what the plan says) to points (what Office.js sets): Calibri 11 is 7 px a character plus 5 px padding, 0.75 pt a pixel. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
