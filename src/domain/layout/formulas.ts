/**
 * The formulas of computed cells. Only IF, OR, ISBLANK and SUM, so that Excel, LibreOffice and WPS
 * all compute them the same way; a blank is "not reported", so a formula over a blank stays blank
 * rather than showing a zero nobody reported.
 */
import { formulaText } from "../a1";

/**
 * A percentage row: the summed numerator over the summed denominator, as a ratio (the cell's
 * format shows it as %). Blank unless every term is reported and the denominator is not zero.
 * Percentages never add up across units: a merge recomputes them from the summed terms, which
 * is why they are formulas and never inputs.
 */
export function percentFormula(numerator: readonly string[], denominator: readonly string[]): string {
  const blanks = [...numerator, ...denominator].map((ref) => `ISBLANK(${ref})`).join(",");
  const num = `SUM(${numerator.join(",")})`;
  const den = `SUM(${denominator.join(",")})`;
  return `IF(OR(${blanks}),"",IF(${den}=0,"",${num}/${den}))`;
}

/** The change of a stock between baseline and end: blank unless both are reported. */
export function changeFormula(base: string, end: string): string {
  return `IF(OR(ISBLANK(${base}),ISBLANK(${end})),"",${end}-${base})`;
}

/** Text from an identification cell after a caption, or a placeholder while the cell is blank. */
export function textOrPlaceholder(ref: string, caption: string, placeholder: string): string {
  return `${formulaText(caption)}&IF(${ref}="",${formulaText(placeholder)},${ref})`;
}

/** Text from an identification cell, or nothing while it is blank (a name under a signature). */
export function textOrBlank(ref: string): string {
  return `IF(${ref}="","",${ref})`;
}
