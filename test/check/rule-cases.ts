/**
 * Figures that satisfy or break a rule, built from the rule's own terms (never by hand per rule):
 * every term gets a base value, then one term is moved until the relation between the two sums is
 * the one wanted. Only the rule's terms are filled; every other cell stays blank.
 */
import type { Campaign, ColumnId, Rule } from "../../src/domain/definition";
import { isInputCell } from "../../src/domain/check";
import { figureKey, type FigureKey } from "../../src/domain/submission";
import { catalog } from "./helpers";

const BASE = 1000;

export interface RuleCase {
  readonly rule: Rule;
  readonly campaign: Campaign;
  readonly column: ColumnId;
}

/** Every (rule, campaign, column) the engine evaluates for the given campaigns. */
export function ruleCases(campaigns: readonly Campaign[]): RuleCase[] {
  return catalog.rules.flatMap((rule) =>
    campaigns
      .filter((campaign) => rule.appliesTo.kinds.includes(campaign.kind))
      .flatMap((campaign) =>
        rule.appliesTo.columns
          .filter((column) => [...rule.left, ...rule.right].every((t) => isInputCell(catalog, campaign, t.code, t.column ?? column)))
          .map((column) => ({ rule, campaign, column })),
      ),
  );
}

interface Term {
  readonly key: FigureKey;
  readonly sign: 1 | -1;
}

const terms = (side: Rule["left"], column: ColumnId): Term[] =>
  side.map((t) => ({ key: figureKey(t.code, t.column ?? column), sign: t.sign ?? 1 }));
const total = (side: Term[], values: Map<FigureKey, number>): number => side.reduce((s, t) => s + t.sign * values.get(t.key)!, 0);

/** The left sum wanted, given the right sum, for the rule to hold (`satisfy`) or break. */
function targetLeft(rule: Rule, campaign: Campaign, right: number, satisfy: boolean): number {
  switch (rule.op) {
    case "eq":
    case "le":
      return satisfy ? right : right + 1; // the boundary itself must hold
    case "ge":
      return satisfy ? right : right - 1;
    case "approx": {
      const tol = Math.max(rule.tolerance!.absolute, rule.tolerance!.relative * Math.abs(right));
      return satisfy ? right + Math.floor(tol) : right + Math.floor(tol) + 1;
    }
    case "band": {
      // band(expr, min, max): the bounds are written out (the wage band); the left side is the value judged.
      if (rule.bounds) return satisfy ? rule.bounds.min : rule.bounds.max + 1;
      const p = campaign.plausibility;
      const [min, max] = rule.band === "density" ? [p.density.min, p.density.max] : [1 / p.changeFactor, p.changeFactor];
      return satisfy ? Math.round((right * (min + max)) / 2) : Math.ceil(right * max) + 1;
    }
    case "both":
      throw new Error("both has no sums");
  }
}

/** Figures for one case; for "both", breaking leaves the right side blank. */
export function figuresFor({ rule, campaign, column }: RuleCase, satisfy: boolean): Map<FigureKey, number> {
  const left = terms(rule.left, column);
  const right = terms(rule.right, column);
  const values = new Map<FigureKey, number>([...left, ...right].map((t) => [t.key, BASE]));
  if (rule.op === "both") {
    if (!satisfy) for (const t of right) values.delete(t.key);
    return values;
  }
  const want = targetLeft(rule, campaign, total(right, values), satisfy);
  // Move the first left term; if that would need a negative figure, move the first right term instead.
  const l0 = left[0];
  const moved = values.get(l0.key)! + (want - total(left, values)) * l0.sign;
  if (moved >= 0) {
    values.set(l0.key, moved);
    return values;
  }
  const r0 = right[0];
  const L = total(left, values);
  // Solve the right sum that makes `targetLeft(right) === L` by search over the first right term (monotone).
  for (let v = 0; v <= 100 * BASE * right.length; v += 1) {
    values.set(r0.key, v);
    if (targetLeft(rule, campaign, total(right, values), satisfy) === L) return values;
  }
  throw new Error(`no figures ${satisfy ? "satisfy" : "break"} ${rule.id}@${column}`);
}
