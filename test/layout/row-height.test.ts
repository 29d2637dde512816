import { loadCatalog, resolveCampaign } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { TABLE_ROWS } from "../../src/domain/layout/geometry";
import { linesNeeded, planRowHeights } from "../../src/domain/layout/row-height";
import { render } from "../../src/domain/i18n/message";

const catalog = loadCatalog();
const plan = (id: string) => {
  const c = resolveCampaign(catalog.campaignDefs, id);
  if (!c.ok) throw new Error(render("en", c.error));
  return buildTemplate({ catalog, campaign: c.value }).plan;
};

describe("row heights for wrapped text", () => {
  it("counts the lines a text needs in a column", () => {
    expect(linesNeeded("ngắn", 20)).toBe(1);
    expect(linesNeeded("x".repeat(45), 20)).toBe(3);
    expect(linesNeeded("a\nb", 20)).toBe(2);
  });

  it("gives the review header row room for its two-line column titles", () => {
    const sheet = plan("tk10-nq6a-2011-2020").sheets.find((s) => s.name === "Biểu 01")!;
    const header = sheet.rowHeights?.find((r) => r.row === TABLE_ROWS.header);
    expect(header?.height).toBeGreaterThan(15);
  });

  it("gives long 'Nội dung' labels more than one line and leaves short ones alone", () => {
    const sheet = plan("tk-3105-2026").sheets.find((s) => s.name === "Biểu 03")!;
    const first = TABLE_ROWS.firstData; // SK_SO: the longest label of the form
    expect(sheet.rowHeights?.find((r) => r.row === first)?.height).toBeGreaterThan(15);
    const b01 = plan("tk-3105-2026").sheets.find((s) => s.name === "Biểu 01")!;
    expect(b01.rowHeights?.some((r) => r.row === first)).toBe(false);
  });

  it("wraps a merged cell in the width of its whole range, and ignores text whose style does not wrap", () => {
    const text = "x".repeat(60);
    const cells = [
      { ref: "A1", value: text, style: "paragraph" as const },
      { ref: "A2", value: text, style: "paragraph" as const },
      { ref: "A3", value: text, style: "text" as const },
    ];
    const heights = planRowHeights(cells, [10, 50], ["A2:B2"]);
    expect(heights.map((h) => h.row)).toEqual([1]);
    expect(heights[0].height).toBeGreaterThan(60);
  });
});
