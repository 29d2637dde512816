/** Print setup in the written file: forms shrink to one page wide; the wide per-unit breakdown prints at full size across pages, unit columns repeated. */
import { breakdownSheetName, consolidatedPlan } from "../../src/domain/merge";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { catalog, DISTRICT, merge, unitFile } from "../merge/support";
import { openXlsx } from "./xlsxParts";

describe("printing a consolidated workbook", () => {
  let parts: ReturnType<typeof openXlsx>;

  beforeAll(async () => {
    const files = [0, 1, 2].map((i) =>
      unitFile(
        { code: `CD${i}`, name: `CĐCS số ${i}`, date: "2026-06-05", figures: new Map<FigureKey, number>([["DV_TONG@value", 10 + i]]) },
        undefined,
        `cd${i}.xlsx`,
        i,
      ),
    );
    parts = openXlsx(await writeWorkbook(consolidatedPlan(catalog, merge(files, DISTRICT), "2026-06-15").plan));
  });

  const pageSetup = (sheet: string): string => /<pageSetup\b[^>]*>/.exec(parts.sheetXml(sheet))?.[0] ?? "";
  const fitToPage = (sheet: string): boolean => /<pageSetUpPr\b[^>]*fitToPage="1"/.test(parts.sheetXml(sheet));

  it("shrinks a form to one page wide", () => {
    expect(fitToPage("Biểu 01")).toBe(true);
    expect(pageSetup("Biểu 01")).toMatch(/fitToWidth="1"/);
  });

  it("prints the breakdown at 70 %, repeating its header rows and the unit code and name columns", () => {
    const sheet = breakdownSheetName();
    expect(fitToPage(sheet)).toBe(false);
    expect(pageSetup(sheet)).toMatch(/scale="70"/); // smaller type, about a dozen figure columns a page (test/libreoffice/print.test.ts)
    const xml = parts.text("xl/workbook.xml");
    const titles = [...xml.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</g)].map((m) => m[2]);
    expect(titles.some((t) => t.includes("$A:$B") && /\$\d+:\$\d+/.test(t))).toBe(true);
  });
});
