/** The Biểu mẫu view's choices, without a browser: each shipped campaign, a year for periodic ones, a custom review. */
import { loadCatalog } from "../../src/domain/definition";
import {
  campaignChoices,
  campaignFromChoice,
  choiceLabel,
  customFormProblems,
  CUSTOM,
  validYear,
} from "../../src/taskpane/templates/choices";
import { t } from "../../src/taskpane/strings";
import { render } from "../../src/domain/i18n/message";

const catalog = loadCatalog();
const noCustom = { title: "", baseYear: "", endYear: "", deadlines: {} };

describe("template choices", () => {
  it("offers every shipped campaign and a custom review, last", () => {
    const choices = campaignChoices(catalog);
    expect(choices.map((c) => c.value)).toEqual([...catalog.campaignDefs.map((d) => d.id), CUSTOM]);
    expect(choiceLabel(catalog, choices[0], 2027, "vi", "khác")).toContain("2027");
    expect(choiceLabel(catalog, choices[choices.length - 1], 2027, "vi", "Kỳ khác")).toBe("Kỳ khác");
  });

  it("makes a periodic campaign of the chosen year, and refuses a year out of range", () => {
    const made = campaignFromChoice(catalog, "tk-3105", 2028, noCustom);
    expect(made.ok && made.value.id).toBe("tk-3105-2028");
    expect(campaignFromChoice(catalog, "tk-3105", 1800, noCustom).ok).toBe(false);
    expect([validYear(2026), validYear(1999), validYear(2026.5)]).toEqual([true, false, false]);
  });

  it("makes a custom review from the form, ignoring deadlines left blank", () => {
    const made = campaignFromChoice(catalog, CUSTOM, 0, {
      title: "  Sơ kết 2 năm Nghị quyết 7b ",
      baseYear: "2024",
      endYear: "2026",
      deadlines: { cdcs: "2026-03-01", huyen: "" },
    });
    if (!made.ok) throw new Error(render("en", made.error));
    expect(made.value).toMatchObject({ id: "rv-so-ket-2-nam-nghi-quyet-7b-2024-2026", custom: true, deadlines: { cdcs: "2026-03-01" } });
    expect(made.value.tables).toEqual(catalog.tables.map((t) => t.id));
    const bad = campaignFromChoice(catalog, CUSTOM, 0, {
      ...noCustom,
      title: "Sơ kết",
      baseYear: "2026",
      endYear: "2024",
      deadlines: { cdcs: "2026-03-01" },
    });
    expect(!bad.ok && render("vi", bad.error)).toMatch(/chưa hợp lệ/);
  });
});

describe("the custom campaign form, field by field", () => {
  it("names each empty or wrong field with its own message, in both languages, and nothing of zod's", () => {
    const problems = customFormProblems(noCustom);
    expect([...problems.keys()].sort()).toEqual(["baseYear", "deadline.cdcs", "endYear", "title"]);
    expect(problems.get("title")!.key).toBe("tplui.custom.err.title");
    expect(problems.get("deadline.cdcs")!.key).toBe("tplui.custom.err.deadlineRequired");
    for (const lang of ["vi", "en"] as const) {
      for (const p of problems.values()) expect(t(lang, p.key, p.params)).not.toMatch(/expected|Invalid|>=|\{/);
    }
  });

  it("says the end year must follow the baseline, and is satisfied by a complete form", () => {
    const form = { title: "Sơ kết 3 năm Chỉ thị 29", baseYear: "2024", endYear: "2022", deadlines: { cdcs: "2025-06-30" } };
    expect([...customFormProblems(form)]).toEqual([["endYear", { key: "tplui.custom.err.endYear" }]]);
    expect(customFormProblems({ ...form, endYear: "2026" }).size).toBe(0);
    expect(campaignFromChoice(catalog, CUSTOM, 0, { ...form, endYear: "2026" }).ok).toBe(true);
  });
});
