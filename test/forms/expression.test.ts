/** The rule grammar: parsed into a tree, never evaluated as a string. */
import { linearTerms, parseExpression, MAX_EXPRESSION_LENGTH } from "../../src/domain/definition/expression";

describe("parseExpression", () => {
  it("parses a comparison of sums with column qualifiers and signs", () => {
    const parsed = parseExpression("DV_TONG.end ~ DV_TONG.base + DV_MOI - DV_GIAM");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.value.kind !== "compare") throw new Error("not a comparison");
    expect(parsed.value.op).toBe("approx");
    const right = linearTerms(parsed.value.right);
    expect(right.ok && right.value.map((t) => [t.code, t.column, t.sign])).toEqual([
      ["DV_TONG", "base", 1],
      ["DV_MOI", null, 1],
      ["DV_GIAM", null, -1],
    ]);
  });

  it("accepts ≤ ≥ ≈ as typed on a Vietnamese keyboard, and a minus before parentheses", () => {
    for (const [text, op] of [
      ["A ≤ B", "le"],
      ["A ≥ B", "ge"],
      ["A ≈ B", "approx"],
      ["A = B", "eq"],
    ] as const) {
      const parsed = parseExpression(text);
      expect(parsed.ok && parsed.value.kind === "compare" && parsed.value.op).toBe(op);
    }
    const parsed = parseExpression("A - (B - C) = D");
    if (!parsed.ok || parsed.value.kind !== "compare") throw new Error("not a comparison");
    const left = linearTerms(parsed.value.left);
    expect(left.ok && left.value.map((t) => t.sign)).toEqual([1, -1, 1]);
  });

  it("keeps products and numbers in the tree, and says they are not a sum of codes", () => {
    const parsed = parseExpression("A * 2 <= B");
    if (!parsed.ok || parsed.value.kind !== "compare") throw new Error("not a comparison");
    expect(parsed.value.left).toMatchObject({ kind: "binary", op: "*", right: { kind: "number", text: "2" } });
    expect(linearTerms(parsed.value.left)).toEqual({ ok: false, error: 2 });
  });

  it("parses calls: both(A, B) and band(A / B, density)", () => {
    const both = parseExpression("both(GVN_DANGKY, GVN_DAT)");
    expect(both.ok && both.value).toMatchObject({ kind: "call", name: "both", args: [{ code: "GVN_DANGKY" }, { code: "GVN_DAT" }] });
    const band = parseExpression("band(DV_TONG / LD_TONG, density)");
    expect(band.ok && band.value).toMatchObject({
      kind: "call",
      name: "band",
      args: [
        { kind: "binary", op: "/" },
        { kind: "ref", code: "density" },
      ],
    });
  });

  it("points at the column of a mistake", () => {
    expect(parseExpression("A <= ")).toEqual({ ok: false, error: { key: "forms.expr.end", column: 6, found: "" } });
    expect(parseExpression("A <= B)")).toEqual({ ok: false, error: { key: "forms.expr.unexpected", column: 7, found: ")" } });
    expect(parseExpression("A <= B $")).toEqual({ ok: false, error: { key: "forms.expr.badChar", column: 8, found: "$" } });
  });

  it("refuses hostile sizes without a stack overflow", () => {
    expect(parseExpression("A".repeat(MAX_EXPRESSION_LENGTH + 1))).toMatchObject({ ok: false, error: { key: "forms.expr.tooLong" } });
    expect(parseExpression(`${"(".repeat(200)}A${")".repeat(200)}`)).toMatchObject({ ok: false, error: { key: "forms.expr.tooDeep" } });
    expect(parseExpression(`${"-".repeat(100)}A`)).toMatchObject({ ok: false, error: { key: "forms.expr.tooDeep" } });
  });
});
