/**
 * A parsed rule → the engine's rule shape. Sides that are signed sums of codes stay lists of terms
 * (how the shipped rules have always been, so their hash does not move); a side with × ÷ or a
 * constant becomes a tree over its codes (`Calc`), evaluated exactly by the check engine.
 *
 *   A <= B            A + B = C - D          A * 2 <= B          TIEN / NGUOI <= 20000000
 *   both(A, B)        band(A / B, density)   band(TIEN / NGUOI, 1000000, 50000000)
 */
import type { Calc, Rule } from "./schema";
import { linearTerms, type ExprNode, type LinearTerm } from "./expression";
import type { DefinitionProblem } from "./problems";

export interface LoweredRule {
  readonly left: LinearTerm[];
  readonly op: Rule["op"];
  readonly right: LinearTerm[];
  readonly band?: "density" | "change";
  readonly bounds?: { readonly min: number; readonly max: number };
  readonly calc?: { readonly left?: Calc; readonly right?: Calc };
}

export type LowerFault = { readonly at: number; readonly key: DefinitionProblem["key"] };

/** What the schema's constants allow: at most 15 digits each side of the point. */
const CONSTANT = /^\d{1,15}(?:\.\d{1,15})?$/;

interface Side {
  readonly terms: LinearTerm[];
  readonly calc?: Calc;
}

/** A side as terms, with a tree when it is not a plain signed sum of codes. */
function side(node: ExprNode): Side | LowerFault {
  const linear = linearTerms(node);
  if (linear.ok) return { terms: linear.value };
  const terms: LinearTerm[] = [];
  const walk = (n: ExprNode): Calc | LowerFault => {
    switch (n.kind) {
      case "number":
        return CONSTANT.test(n.text) ? { num: n.text } : { at: n.at, key: "forms.expr.unexpected" };
      case "ref": {
        const known = terms.findIndex((t) => t.code === n.code && t.column === n.column);
        if (known >= 0) return { term: known };
        terms.push({ code: n.code, column: n.column, sign: 1, at: n.at });
        return { term: terms.length - 1 };
      }
      case "negate": {
        const inner = walk(n.arg);
        return "key" in inner ? inner : { neg: inner };
      }
      case "binary": {
        const a = walk(n.left);
        if ("key" in a) return a;
        const b = walk(n.right);
        return "key" in b ? b : { op: n.op, a, b };
      }
      default:
        return { at: n.at, key: "forms.rule.unknownCall" };
    }
  };
  const calc = walk(node);
  return "key" in calc ? calc : { terms, calc };
}

/** A signed sum of terms as a tree over them, by index. */
function signedSum(terms: readonly LinearTerm[]): Calc {
  return terms.reduce<Calc | null>((acc, t, i) => {
    const term: Calc = t.sign < 0 ? { neg: { term: i } } : { term: i };
    return acc ? { op: "+", a: acc, b: term } : term;
  }, null)!;
}

/** A plain sum of codes, for both() and the named bands: what they have always taken. */
function sum(node: ExprNode): LinearTerm[] | LowerFault {
  const linear = linearTerms(node);
  return linear.ok ? linear.value : { at: linear.error, key: "forms.rule.notSum" };
}

const FLIPPED: Readonly<Record<"eq" | "le" | "ge" | "approx", Rule["op"]>> = { eq: "eq", le: "ge", ge: "le", approx: "approx" };

/** A number constant, possibly negative: a band's bound. */
function constant(node: ExprNode): number | null {
  if (node.kind === "negate") {
    const inner = constant(node.arg);
    return inner === null ? null : -inner;
  }
  return node.kind === "number" && CONSTANT.test(node.text) ? Number(node.text) : null;
}

function compare(tree: Extract<ExprNode, { kind: "compare" }>): LoweredRule | LowerFault {
  let l = side(tree.left);
  if ("key" in l) return l;
  let r = side(tree.right);
  if ("key" in r) return r;
  let op: Rule["op"] = tree.op;
  // "20000000 >= TIEN / NGUOI": the side with a code goes left, where messages and issues look for one.
  if (l.terms.length === 0 && r.terms.length > 0 && tree.op !== "approx") [l, r, op] = [r, l, FLIPPED[tree.op]];
  if (l.terms.length === 0) return { at: tree.at, key: "forms.rule.noCode" };
  const calc = { ...(l.calc ? { left: l.calc } : {}), ...(r.calc ? { right: r.calc } : {}) };
  return { left: l.terms, op, right: r.terms, ...(l.calc || r.calc ? { calc } : {}) };
}

function band(tree: Extract<ExprNode, { kind: "call" }>): LoweredRule | LowerFault {
  if (tree.args.length === 3) {
    const [value, minNode, maxNode] = tree.args as [ExprNode, ExprNode, ExprNode];
    const min = constant(minNode);
    const max = constant(maxNode);
    if (min === null) return { at: minNode.at, key: "forms.rule.bandBounds" };
    if (max === null || max < min) return { at: maxNode.at, key: "forms.rule.bandBounds" };
    const s = side(value);
    if ("key" in s) return s;
    if (s.terms.length === 0) return { at: value.at, key: "forms.rule.noCode" };
    // The whole value is one tree (even A / B), so the engine judges it exactly as a fraction.
    const calc = s.calc ?? signedSum(s.terms);
    return { left: s.terms.map((t) => ({ ...t, sign: 1 as const })), op: "band", right: [], bounds: { min, max }, calc: { left: calc } };
  }
  if (tree.args.length !== 2) return { at: tree.at, key: "forms.rule.unknownCall" };
  const [ratio, name] = tree.args as [ExprNode, ExprNode];
  if (ratio.kind !== "binary" || ratio.op !== "/") return { at: ratio.at, key: "forms.rule.bandRatio" };
  if (name.kind !== "ref" || name.column !== null || !["density", "change"].includes(name.code.toLowerCase()))
    return { at: name.at, key: "forms.rule.bandName" };
  const left = sum(ratio.left);
  if ("key" in left) return left;
  const right = sum(ratio.right);
  if ("key" in right) return right;
  return { left, op: "band", right, band: name.code.toLowerCase() as "density" | "change" };
}

/** The tree as the engine's rule, or the first thing in it the engine cannot take, with its position. */
export function lowerRule(tree: ExprNode): LoweredRule | LowerFault {
  if (tree.kind === "compare") return compare(tree);
  if (tree.kind === "call" && tree.name === "both" && tree.args.length === 2) {
    const left = sum(tree.args[0]!);
    if ("key" in left) return left;
    const right = sum(tree.args[1]!);
    return "key" in right ? right : { left, op: "both", right };
  }
  if (tree.kind === "call" && tree.name === "band") return band(tree);
  if (tree.kind === "call") return { at: tree.at, key: "forms.rule.unknownCall" };
  return { at: tree.at, key: "forms.rule.noComparison" };
}

/** A computed column's formula, lowered: the column ids it reads (with where they stand) and a tree when it is not a plain sum. */
export interface LoweredColumnFormula {
  readonly terms: readonly { readonly id: string; readonly at: number }[];
  readonly calc?: Calc;
  /** Whether the formula divides: its column is a percentage unless the definition says otherwise. */
  readonly divides: boolean;
}

/** sum(A, B, C) → A + B + C; any other call, a comparison or a pinned cell has no place in a column's formula. */
function expandSums(node: ExprNode): ExprNode | LowerFault {
  switch (node.kind) {
    case "number":
      return node;
    case "ref":
      return node.column === null ? node : { at: node.at, key: "columns.formula.pinned" };
    case "negate": {
      const arg = expandSums(node.arg);
      return "key" in arg ? arg : { ...node, arg };
    }
    case "binary": {
      const left = expandSums(node.left);
      if ("key" in left) return left;
      const right = expandSums(node.right);
      return "key" in right ? right : { ...node, left, right };
    }
    case "call": {
      if (node.name !== "sum" || node.args.length === 0) return { at: node.at, key: "columns.formula.call" };
      let total: ExprNode | null = null;
      for (const arg of node.args) {
        const one = expandSums(arg);
        if ("key" in one) return one;
        total = total ? { kind: "binary", op: "+", left: total, right: one, at: one.at } : one;
      }
      return total!;
    }
    case "compare":
      return { at: node.at, key: "columns.formula.compare" };
  }
}

const divides = (calc: Calc | undefined): boolean =>
  !!calc && ("op" in calc ? calc.op === "/" || divides(calc.a) || divides(calc.b) : "neg" in calc && divides(calc.neg));

/**
 * A computed column's formula (`TH / KH`, `sum(HCSN, DNNN, NGOAI, FDI)`, `CUOI - DAU`) in the rules'
 * grammar, as the column's compute: the ids it reads, and a tree unless it is a plain sum (as a rule's side).
 */
export function lowerColumnFormula(tree: ExprNode): LoweredColumnFormula | LowerFault {
  const expanded = expandSums(tree);
  if ("key" in expanded) return expanded;
  const s = side(expanded);
  if ("key" in s) return s;
  if (s.terms.length === 0) return { at: tree.at, key: "columns.formula.noColumn" };
  const terms = s.terms.map((term) => ({ id: term.code, at: term.at }));
  if (s.calc) return { terms, calc: s.calc, divides: divides(s.calc) };
  return s.terms.every((term) => term.sign > 0) ? { terms, divides: false } : { terms, calc: signedSum(s.terms), divides: false };
}
