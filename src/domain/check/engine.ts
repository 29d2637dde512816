/**
 * The rule engine: one pure function over (rules, figures). Rules are catalog data (left side, op,
 * right side, severity, message, kinds and columns, blank strategy); nothing here knows a code.
 *
 * Sums are exact decimals (see ./decimal): money has up to 3 decimals and 0.1 + 0.2 must equal 0.3.
 * A figure the type checks rejected (its cell is in `refs` but not in `figures`) is unknown, not
 * blank: no rule over it is evaluated, so one bad cell gives one issue, not a cascade.
 */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import type { Calc, ColumnId, Rule } from "../definition/schema";
import type { CellRef } from "../raw";
import { figureKey, type Submission } from "../submission";
import {
  abs,
  add,
  compare,
  compareFractions,
  decimalOf,
  fractionOf,
  fractionToNumber,
  isZero,
  multiply,
  negate,
  toNumber,
  ZERO,
  type Decimal,
  type Fraction,
} from "../exact";
import { evaluateCalc } from "./calc";
import { columnLabel } from "./text";
import { isInputCell } from "./input-cells";
import type { CheckIssue } from "./issue";
import { ruleMessage, type RuleMessageValues } from "./rule-message";
import { keyed, perLanguage } from "../i18n/message";
import { countsFiles, filesCountMessage, overCountedRow } from "./files-count";
import { weightIssues } from "./weights";

interface TermValue {
  readonly code: string;
  readonly ref: CellRef | undefined;
  /** null: blank (not reported). */
  readonly value: number | null;
  readonly sign: 1 | -1;
}

type Side = readonly TermValue[];

export function checkRules(catalog: Definition, campaign: Campaign, submission: Submission): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const filesOnly = countsFiles(catalog, submission);
  for (const rule of catalog.rules) {
    if (!rule.appliesTo.kinds.includes(campaign.kind)) continue;
    // A count of the files received is not the register's: a rule over it asks, never rejects (check/files-count.ts).
    const asked = filesOnly && rule.severity === "error" && overCountedRow(catalog, rule);
    for (const column of rule.appliesTo.columns) {
      const sides = resolveSides(catalog, campaign, submission, rule, column);
      if (!sides) continue;
      const outcome = evaluate(rule, campaign, sides.left, sides.right, column);
      if (outcome === DIVIDES_BY_ZERO) issues.push(notEvaluated(catalog, submission, rule, column, sides.left, sides.right));
      else if (outcome && asked) {
        const issue = toIssue(catalog, submission, rule, column, sides.left, sides.right, outcome);
        issues.push({ ...issue, severity: "warning", message: filesCountMessage(issue.message) });
      } else if (outcome) issues.push(toIssue(catalog, submission, rule, column, sides.left, sides.right, outcome));
    }
  }
  issues.push(...weightIssues(catalog, campaign, submission));
  return issues;
}

/** The terms' values in this column; null when a term is not an input cell here or its value could not be read. */
function resolveSides(
  catalog: Definition,
  campaign: Campaign,
  submission: Submission,
  rule: Rule,
  column: ColumnId,
): { left: Side; right: Side } | null {
  const resolve = (terms: Rule["left"]): Side | null => {
    const values: TermValue[] = [];
    for (const term of terms) {
      const col = term.column ?? column;
      if (!isInputCell(catalog, campaign, term.code, col)) return null;
      const key = figureKey(term.code, col);
      const value = submission.figures.get(key);
      if (value === undefined && submission.refs.has(key)) return null; // rejected by a type check
      values.push({ code: term.code, ref: submission.refs.get(key), value: value ?? null, sign: term.sign ?? 1 });
    }
    return values;
  };
  const left = resolve(rule.left);
  const right = left && resolve(rule.right);
  return left && right ? { left, right } : null;
}

const reported = (side: Side): boolean => side.some((t) => t.value !== null);
const sum = (side: Side): Decimal =>
  side.reduce((total, t) => (t.value === null ? total : add(total, t.sign === 1 ? decimalOf(t.value) : negate(decimalOf(t.value)))), ZERO);

const SMALL = 2 ** 50;
const smallInteger = (t: TermValue): boolean => t.value === null || (Number.isInteger(t.value) && Math.abs(t.value) < SMALL);
const integerSum = (side: Side): number => side.reduce((total, t) => (t.value === null ? total : total + t.sign * t.value), 0);

/** A rule with × ÷ whose divisor is zero for this unit: not evaluated, and the unit is told why. */
const DIVIDES_BY_ZERO = "divides-by-zero";
type Outcome = RuleMessageValues | typeof DIVIDES_BY_ZERO | null;

/** The message values when the rule is broken; null when it holds or is not evaluated. */
function evaluate(rule: Rule, campaign: Campaign, left: Side, right: Side, column: ColumnId): Outcome {
  if (rule.op === "both") {
    return reported(left) === reported(right) ? null : { column, left: null, right: null };
  }
  const terms = [...left, ...right];
  if (rule.blank === "skip" && terms.some((t) => t.value === null)) return null;
  if (terms.every((t) => t.value === null)) return null; // "zero": blanks count as 0 unless nothing is reported
  if (rule.calc || rule.bounds) return evaluateComputed(rule, left, right, column);
  if ((rule.op === "eq" || rule.op === "le" || rule.op === "ge") && terms.every(smallInteger)) {
    // Counts are whole numbers: with every term below 2^50, a sum of a few of them is exact in a double,
    // so the comparison needs no decimal arithmetic (the common case, and the hot path of a merge).
    const l = integerSum(left);
    const r = integerSum(right);
    const holds = rule.op === "eq" ? l === r : rule.op === "le" ? l <= r : l >= r;
    return holds ? null : { column, left: l, right: r };
  }
  const l = sum(left);
  const r = sum(right);
  const values = { column, left: toNumber(l), right: toNumber(r) };
  switch (rule.op) {
    case "eq":
      return compare(l, r) === 0 ? null : values;
    case "le":
      return compare(l, r) <= 0 ? null : values;
    case "ge":
      return compare(l, r) >= 0 ? null : values;
    case "approx": {
      const diff = abs(add(l, negate(r)));
      const tolerance = rule.tolerance ?? { absolute: 0, relative: 0 };
      const within =
        compare(diff, decimalOf(tolerance.absolute)) <= 0 || compare(diff, multiply(decimalOf(tolerance.relative), abs(r))) <= 0;
      return within ? null : values;
    }
    case "band":
      return band(rule, campaign, l, r, values);
  }
}

/** A side's exact value: its tree over the terms (blanks as zero), or the signed sum of its terms. */
function sideValue(side: Side, calc: Calc | undefined): Fraction | null {
  if (!calc) return fractionOf(sum(side));
  return evaluateCalc(
    calc,
    side.map((t) => (t.value === null ? ZERO : decimalOf(t.value))),
  );
}

/** Rules with × ÷, constants or explicit band bounds, compared as exact fractions. */
function evaluateComputed(rule: Rule, left: Side, right: Side, column: ColumnId): Outcome {
  const l = sideValue(left, rule.calc?.left);
  if (!l) return DIVIDES_BY_ZERO;
  if (rule.op === "band" && rule.bounds) {
    const { min, max } = rule.bounds;
    const inside = compareFractions(l, fractionOf(decimalOf(min))) >= 0 && compareFractions(l, fractionOf(decimalOf(max))) <= 0;
    return inside ? null : { column, left: fractionToNumber(l), right: null, ratio: fractionToNumber(l) ?? undefined, min, max };
  }
  const r = sideValue(right, rule.calc?.right);
  if (!r) return DIVIDES_BY_ZERO;
  const order = compareFractions(l, r);
  const values = { column, left: fractionToNumber(l), right: fractionToNumber(r) };
  switch (rule.op) {
    case "eq":
      return order === 0 ? null : values;
    case "le":
      return order <= 0 ? null : values;
    case "ge":
      return order >= 0 ? null : values;
    case "approx": {
      const diff = { n: abs(add(multiply(l.n, r.d), negate(multiply(r.n, l.d)))), d: abs(multiply(l.d, r.d)) };
      const tolerance = rule.tolerance ?? { absolute: 0, relative: 0 };
      const relative = { n: multiply(decimalOf(tolerance.relative), abs(r.n)), d: abs(r.d) };
      return compareFractions(diff, fractionOf(decimalOf(tolerance.absolute))) <= 0 || compareFractions(diff, relative) <= 0
        ? null
        : values;
    }
    default:
      // both and named bands are lowered to plain sums by the loader; a tree here is a defect.
      throw new RangeError(`rule ${rule.id}: ${rule.op} with a computed side`);
  }
}

/** left / right within [min, max], compared as left vs bound × right so no division rounds. */
function band(rule: Rule, campaign: Campaign, l: Decimal, r: Decimal, values: RuleMessageValues): RuleMessageValues | null {
  if (compare(r, ZERO) <= 0 || isZero(r)) return null; // no ratio to judge
  const p = campaign.plausibility;
  const [min, max] = rule.band === "density" ? [p.density.min, p.density.max] : [1 / p.changeFactor, p.changeFactor];
  const below =
    rule.band === "density" ? compare(l, multiply(decimalOf(min), r)) < 0 : compare(multiply(l, decimalOf(p.changeFactor)), r) < 0; // l/r < 1/f ⇔ l·f < r, exactly
  const above = compare(l, multiply(decimalOf(max), r)) > 0;
  return below || above ? { ...values, ratio: toNumber(l) / toNumber(r), min, max } : null;
}

function notEvaluated(catalog: Definition, submission: Submission, rule: Rule, column: ColumnId, left: Side, right: Side): CheckIssue {
  const issue = toIssue(catalog, submission, rule, column, left, right, { column, left: null, right: null });
  return {
    ...issue,
    id: `${rule.id}@${column}:div0`,
    severity: "warning",
    message: keyed("forms.rule.divZero", {
      rule: rule.id,
      column: perLanguage((lang) => columnLabel(lang, column, catalog.rowsByCode.get(left[0]?.code ?? "")?.table)),
    }),
  };
}

function toIssue(
  catalog: Definition,
  submission: Submission,
  rule: Rule,
  column: ColumnId,
  left: Side,
  right: Side,
  values: RuleMessageValues,
): CheckIssue {
  const terms = [...left, ...right];
  const cells: CellRef[] = [];
  for (const t of terms) if (t.ref && !cells.some((c) => c.sheet === t.ref!.sheet && c.address === t.ref!.address)) cells.push(t.ref);
  const first = left[0];
  return {
    id: `${rule.id}@${column}`,
    severity: rule.severity,
    category: "rule",
    ruleId: rule.id,
    tableId: catalog.rowsByCode.get(first.code)?.table.id,
    code: first.code,
    column,
    cells,
    values: terms.map((t) => t.value),
    message: keyed("common.text", { text: ruleMessage(catalog, rule, values) }),
    // A warning the preparer explained in the Ghi chú of its row (any code on the left side).
    explained: rule.severity === "warning" && left.some((t) => submission.notes.has(t.code)),
  };
}
