/**
 * Every rule of the catalog, declared and derived, in every campaign kind and column it applies to:
 * one case that breaks it and one that satisfies it, with figures built from the rule's own terms.
 */
import { checkWorkbook, type CheckIssue } from "../../src/domain/check";
import { ANNUAL, catalog, PERIODIC, REVIEW, templateWorkbook } from "./helpers";
import { figuresFor, ruleCases, type RuleCase } from "./rule-cases";
import { render } from "../../src/domain/i18n/message";

const cases = ruleCases([PERIODIC, ANNUAL, REVIEW]);
const label = (c: RuleCase): string => `${c.rule.id} (${c.rule.op}) in ${c.campaign.kind}, column ${c.column}`;
const issuesFor = (c: RuleCase, satisfy: boolean): CheckIssue[] =>
  checkWorkbook(catalog, templateWorkbook(c.campaign, { figures: figuresFor(c, satisfy) })).issues;

describe("every rule of the catalog", () => {
  it("has at least one case it is checked in", () => {
    const checked = new Set(cases.map((c) => c.rule.id));
    expect(catalog.rules.filter((r) => !checked.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(catalog.rules.some((r) => r.id.startsWith("PART_"))).toBe(true);
  });

  describe.each(cases.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    it("is broken by figures that break it, with its severity, cells and a filled message", () => {
      const issue = issuesFor(c, false).find((i) => i.id === `${c.rule.id}@${c.column}`);
      expect(issue).toBeDefined();
      expect(issue!.severity).toBe(c.rule.severity);
      expect(issue!.category).toBe("rule");
      expect(issue!.ruleId).toBe(c.rule.id);
      expect(issue!.cells.length).toBeGreaterThan(0);
      expect(issue!.values).toHaveLength(c.rule.left.length + c.rule.right.length);
      for (const text of [render("vi", issue!.message), render("en", issue!.message)]) expect(text).not.toMatch(/\{\w+\}/);
      expect(issue!.explained).toBe(false);
    });

    it("holds for figures that satisfy it", () => {
      expect(issuesFor(c, true).filter((i) => i.ruleId === c.rule.id && i.column === c.column)).toEqual([]);
    });

    if (c.rule.op !== "both") {
      if (c.rule.blank === "skip") {
        it("is not evaluated when one of its figures is blank", () => {
          const broken = figuresFor(c, false);
          broken.delete([...broken.keys()][0]);
          const issues = checkWorkbook(catalog, templateWorkbook(c.campaign, { figures: broken })).issues;
          expect(issues.some((i) => i.id === `${c.rule.id}@${c.column}`)).toBe(false);
        });
      } else {
        it("counts a blank as zero (one part left blank breaks a sum that held)", () => {
          const held = figuresFor(c, true);
          held.delete([...held.keys()][0]);
          const issue = checkWorkbook(catalog, templateWorkbook(c.campaign, { figures: held })).issues.find(
            (i) => i.id === `${c.rule.id}@${c.column}`,
          );
          if (c.rule.op === "eq") {
            expect(issue).toBeDefined();
            expect(issue!.values[0]).toBeNull();
          }
        });
      }
      it("is not evaluated when all its figures are blank", () => {
        const issues = checkWorkbook(catalog, templateWorkbook(c.campaign, {})).issues;
        expect(issues.some((i) => i.id === `${c.rule.id}@${c.column}`)).toBe(false);
      });
    }
  });
});
