/** The Biểu mẫu view's choices, without a browser: each shipped campaign, a year for periodic ones, a custom review. */
import { loadCatalog } from "../../src/domain/catalog";
import { campaignChoices, campaignFromChoice, choiceLabel, CUSTOM, validYear } from "../../src/taskpane/templates/choices";

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
    const made = campaignFromChoice(catalog, CUSTOM, 0, { title: "  Sơ kết 2 năm Nghị quyết 7b ", baseYear: "2024", endYear: "2026", deadlines: { cdcs: "2026-03-01", huyen: "" } });
    if (!made.ok) throw new Error(made.error.en);
    expect(made.value).toMatchObject({ id: "rv-so-ket-2-nam-nghi-quyet-7b-2024-2026", custom: true, deadlines: { cdcs: "2026-03-01" } });
    expect(made.value.tables).toEqual(catalog.tables.map((t) => t.id));
    const bad = campaignFromChoice(catalog, CUSTOM, 0, { ...noCustom, title: "Sơ kết", baseYear: "2026", endYear: "2024", deadlines: { cdcs: "2026-03-01" } });
    expect(!bad.ok && bad.error.vi).toMatch(/chưa hợp lệ/);
  });
});
