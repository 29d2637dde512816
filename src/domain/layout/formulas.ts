/**
 * The formulas of computed cells. Only IF, OR, ISBLANK and SUM, so that Excel, LibreOffice and WPS
 * all compute them the same way; a blank is "not reported", so a formula over a blank stays blank
 * rather than showing a zero nobody reported.
 */
import { formulaText } from "../a1";
import type { Calc } from "../definition/schema";

/**
 * A percentage row: the summed numerator over the summed denominator, as a ratio (the cell's
 * format shows it as %). Blank unless every term is reported and the denominator is not zero.
 * Percentages never add up across units: a merge recomputes them from the summed terms, which
 * is why they are formulas and never inputs.
 */
export function percentFormula(numerator: readonly string[], denominator: readonly string[], overFormulas = false): string {
  // A term in a computed column (a total) is a formula whose "" is not ISBLANK: there `ref=""` says blank.
  const blanks = [...numerator, ...denominator].map((ref) => (overFormulas ? `${ref}=""` : `ISBLANK(${ref})`)).join(",");
  const num = `SUM(${numerator.join(",")})`;
  const den = `SUM(${denominator.join(",")})`;
  return `IF(OR(${blanks}),"",IF(${den}=0,"",${num}/${den}))`;
}

/**
 * A computed column's cell — a definition's total or % of plan, or a review's change (end − base) — over the
 * same row's cells (by the formula's term order). A plain sum (a total column: sum(HCSN, DNNN, NGOAI, FDI))
 * is blank only when every term is, and counts a blank term as 0, as a total of what was reported. Any other
 * formula (TH / KH, end − base) is blank unless every term is reported, and blank where it would divide by
 * zero. A term that is itself a computed cell shows "" when blank, which is not ISBLANK: it is tested `ref=""`.
 */
export function columnFormula(terms: readonly { readonly ref: string; readonly computed: boolean }[], calc: Calc | undefined): string {
  const refs = terms.map((term) => term.ref);
  const seen = new Set<string>();
  const empty: string[] = [];
  for (const term of terms) {
    if (seen.has(term.ref)) continue;
    seen.add(term.ref);
    empty.push(term.computed ? `${term.ref}=""` : `ISBLANK(${term.ref})`);
  }
  if (!calc) return `IF(AND(${empty.join(",")}),"",SUM(${refs.join(",")}))`;
  const divisors: string[] = [];
  const expression = (node: Calc, top = false): string => {
    if ("num" in node) return node.num;
    if ("term" in node) return refs[node.term]!;
    if ("neg" in node) return `-(${expression(node.neg)})`;
    const a = expression(node.a);
    const b = expression(node.b);
    if (node.op === "/") divisors.push(`(${b})=0`);
    return top ? `${a}${node.op}${b}` : `(${a}${node.op}${b})`;
  };
  const body = expression(calc, true);
  return `IF(OR(${empty.join(",")}),"",${divisors.length > 0 ? `IF(OR(${divisors.join(",")}),"",${body})` : body})`;
}

/** Text from an identification cell after a caption, or a placeholder while the cell is blank. */
export function textOrPlaceholder(ref: string, caption: string, placeholder: string): string {
  return `${formulaText(caption)}&IF(${ref}="",${formulaText(placeholder)},${ref})`;
}

/** Text from an identification cell, or nothing while it is blank (a name under a signature). */
export function textOrBlank(ref: string): string {
  return `IF(${ref}="","",${ref})`;
}
