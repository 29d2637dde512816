/**
 * The catalog's last guard, as an officer meets it: a definition the loader lets through but the catalog
 * refuses is reported at the row's cell of the definition sheet, in the catalog's words (no file of ours,
 * no zod text).
 */
import { definitionFromSheets } from "../../src/domain/definition/definition-catalog";
import { problemText } from "../../src/domain/definition/problems";
import { setCell, shippedCopy } from "../forms/definition-edit";

describe("a definition refused after loading", () => {
  it("is sent to the cell of the row at fault: a shipped campaign id in another definition", () => {
    const sheets = shippedCopy();
    setCell(sheets, "settings", "form_id", "tld-bieu-01-04", "form_id", "ldld-thu-nghiem");
    const loaded = definitionFromSheets(sheets);
    expect(loaded.definition).toBeNull();
    const refused = loaded.problems.filter((p) => p.severity === "error");
    // Every shipped campaign id, each at its own row of the campaigns sheet (column A: campaign_id).
    expect(refused.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      "campaigns!A2",
      "campaigns!A3",
      "campaigns!A4",
      "campaigns!A5",
      "campaigns!A6",
    ]);
    expect(problemText(refused[0]!, "vi")).toMatch(/^campaigns!A2: .*tk-3105/);
  });

  it("finds the row by its id whatever the case and the column's place", () => {
    const sheets = shippedCopy();
    setCell(sheets, "settings", "form_id", "tld-bieu-01-04", "form_id", "ldld-thu-nghiem");
    const campaigns = sheets.sheets.find((s) => s.name === "campaigns")!;
    for (const row of campaigns.rows) row.push(row.shift()!); // campaign_id moved to the last column
    const width = campaigns.rows[0]!.length;
    const column = String.fromCharCode(64 + width);
    const refused = definitionFromSheets(sheets).problems.filter((p) => p.severity === "error");
    expect(refused[0]?.cell).toBe(`${column}2`);
  });
});
