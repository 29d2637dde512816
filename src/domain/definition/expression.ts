/**
 * Rule and ratio expressions over codes, in a small grammar of our own, parsed into a tree. Nothing
 * here evaluates: the check engine evaluates over the tree's lowered form with its exact decimals.
 * A hand-written parser (not a library) because the grammar is tiny, its errors must point at a column
 * in Vietnamese, and a hostile definition must not reach anything that can evaluate a string.
 *
 *   rule    := sum (cmp sum)? | NAME "(" args ")"        cmp: = <= >= ≤ ≥ ~ ≈
 *   sum     := product (("+" | "-") product)*
 *   product := unary (("*" | "/") unary)*
 *   unary   := "-" unary | primary
 *   primary := NUMBER | CODE ("." COLUMN | "@" COLUMN)? | "(" sum ")" | NAME "(" args ")"
 *
 * A pin names one cell of a row: `DV_TONG.end` a built-in column (lower-cased), `CS_TONG@HCSN` a
 * definition's own column (kept as written, upper case).
 */
import type { Result } from "../errors";

export const MAX_EXPRESSION_LENGTH = 500;
const MAX_DEPTH = 32;

export type CompareOp = "eq" | "le" | "ge" | "approx";

type BinaryOp = "+" | "-" | "*" | "/";
const isOneOf = (text: string, ops: readonly BinaryOp[]): text is BinaryOp => (ops as readonly string[]).includes(text);

export type ExprNode =
  | { readonly kind: "number"; readonly text: string; readonly at: number }
  | { readonly kind: "ref"; readonly code: string; readonly column: string | null; readonly at: number }
  | { readonly kind: "negate"; readonly arg: ExprNode; readonly at: number }
  | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: ExprNode; readonly right: ExprNode; readonly at: number }
  | { readonly kind: "compare"; readonly op: CompareOp; readonly left: ExprNode; readonly right: ExprNode; readonly at: number }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly ExprNode[]; readonly at: number };

/** Why an expression does not parse: a message key and the 1-based column it points at. */
export interface ExprError {
  readonly key: "forms.expr.tooLong" | "forms.expr.unexpected" | "forms.expr.end" | "forms.expr.tooDeep" | "forms.expr.badChar";
  readonly column: number;
  readonly found: string;
}

export type ExprResult = Result<ExprNode, ExprError>;

type Token =
  | { readonly type: "number" | "word" | "op" | "punct"; readonly text: string; readonly at: number }
  | { readonly type: "end"; readonly text: ""; readonly at: number };

const COMPARE: Readonly<Record<string, CompareOp>> = {
  "=": "eq",
  "<=": "le",
  "≤": "le",
  ">=": "ge",
  "≥": "ge",
  "~": "approx",
  "≈": "approx",
};

class ParseFailure {
  constructor(readonly error: ExprError) {}
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    const number = /^\d+(?:[.,]\d+)?/.exec(rest);
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    const op = /^(<=|>=|[=~≈≤≥+\-*/])/.exec(rest);
    if (number) tokens.push({ type: "number", text: number[0].replace(",", "."), at: i });
    else if (word) tokens.push({ type: "word", text: word[0], at: i });
    else if (op) tokens.push({ type: "op", text: op[0], at: i });
    else if ("().,@".includes(ch)) tokens.push({ type: "punct", text: ch, at: i });
    else throw new ParseFailure({ key: "forms.expr.badChar", column: i + 1, found: ch });
    i += (number ?? word ?? op)?.[0].length ?? 1;
  }
  tokens.push({ type: "end", text: "", at: text.length });
  return tokens;
}

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.index]!;
  }
  private next(): Token {
    return this.tokens[this.index++]!;
  }
  private fail(token: Token): never {
    throw new ParseFailure(
      token.type === "end"
        ? { key: "forms.expr.end", column: token.at + 1, found: "" }
        : { key: "forms.expr.unexpected", column: token.at + 1, found: token.text },
    );
  }
  private expect(text: string): void {
    const token = this.next();
    if (token.text !== text) this.fail(token);
  }
  private enter(at: number): void {
    if (++this.depth > MAX_DEPTH) throw new ParseFailure({ key: "forms.expr.tooDeep", column: at + 1, found: "" });
  }

  rule(): ExprNode {
    const left = this.sum();
    const token = this.peek();
    const op = token.type === "op" ? COMPARE[token.text] : undefined;
    let tree = left;
    if (op) {
      this.next();
      tree = { kind: "compare", op, left, right: this.sum(), at: token.at };
    }
    if (this.peek().type !== "end") this.fail(this.peek());
    return tree;
  }

  private sum(): ExprNode {
    return this.leftAssociative(["+", "-"], () => this.product());
  }

  private product(): ExprNode {
    return this.leftAssociative(["*", "/"], () => this.unary());
  }

  /** One precedence level: operands joined by its operators, left to right ("a - b - c" is "(a - b) - c"). */
  private leftAssociative(ops: readonly BinaryOp[], operand: () => ExprNode): ExprNode {
    let left = operand();
    for (let token = this.peek(); isOneOf(token.text, ops); token = this.peek()) {
      this.next();
      left = { kind: "binary", op: token.text, left, right: operand(), at: token.at };
    }
    return left;
  }

  private unary(): ExprNode {
    const token = this.peek();
    this.enter(token.at);
    try {
      if (token.text === "-" && token.type === "op") {
        this.next();
        return { kind: "negate", arg: this.unary(), at: token.at };
      }
      return this.primary();
    } finally {
      this.depth--;
    }
  }

  private primary(): ExprNode {
    const token = this.next();
    if (token.type === "number") return { kind: "number", text: token.text, at: token.at };
    if (token.text === "(") {
      const inner = this.sum();
      this.expect(")");
      return inner;
    }
    if (token.type !== "word") this.fail(token);
    if (this.peek().text === "(") {
      this.next();
      const args: ExprNode[] = [];
      if (this.peek().text !== ")") {
        args.push(this.sum());
        while (this.peek().text === ",") {
          this.next();
          args.push(this.sum());
        }
      }
      this.expect(")");
      return { kind: "call", name: token.text.toLowerCase(), args, at: token.at };
    }
    if (this.peek().text === ".") {
      this.next();
      const column = this.next();
      if (column.type !== "word") this.fail(column);
      return { kind: "ref", code: token.text, column: column.text.toLowerCase(), at: token.at };
    }
    if (this.peek().text === "@") {
      this.next();
      const column = this.next();
      if (column.type !== "word") this.fail(column);
      return { kind: "ref", code: token.text, column: column.text, at: token.at };
    }
    return { kind: "ref", code: token.text, column: null, at: token.at };
  }
}

/** Parses one expression; never throws, never evaluates. */
export function parseExpression(text: string): ExprResult {
  const source = text.normalize("NFC");
  if (source.length > MAX_EXPRESSION_LENGTH)
    return { ok: false, error: { key: "forms.expr.tooLong", column: MAX_EXPRESSION_LENGTH + 1, found: "" } };
  try {
    return { ok: true, value: new Parser(tokenize(source)).rule() };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.error };
    throw error;
  }
}

/** A sum of codes with signs: what the check engine evaluates exactly. */
export interface LinearTerm {
  readonly code: string;
  readonly column: string | null;
  readonly sign: 1 | -1;
  readonly at: number;
}

/**
 * The node as a signed sum of code references, or (under `error`) the offset of the first node that is
 * not one (a number, a product, a call).
 */
export function linearTerms(node: ExprNode, sign: 1 | -1 = 1): Result<LinearTerm[], number> {
  if (node.kind === "ref") return { ok: true, value: [{ code: node.code, column: node.column, sign, at: node.at }] };
  if (node.kind === "negate") return linearTerms(node.arg, sign === 1 ? -1 : 1);
  if (node.kind === "binary" && (node.op === "+" || node.op === "-")) {
    const left = linearTerms(node.left, sign);
    if (!left.ok) return left;
    const right = linearTerms(node.right, node.op === "+" ? sign : sign === 1 ? -1 : 1);
    if (!right.ok) return right;
    return { ok: true, value: [...left.value, ...right.value] };
  }
  return { ok: false, error: node.at };
}
