/** Test helper: a definition workbook's sheets typed into the stand-in Excel's open workbook, as an officer has it open. */
import type { Page } from "playwright-core";
import { address } from "../../../src/domain/a1";

/** A definition workbook's sheets as cells of the open workbook: what an officer has open in Excel. */
function definitionCells(
  sheets: { name: string; rows: (string | number | boolean | null)[][] }[],
): { sheet: string; ref: string; value: string | number | boolean }[] {
  return sheets.flatMap(({ name, rows }) =>
    rows.flatMap((row, r) =>
      row.flatMap((value, c) => (value === null || value === "" ? [] : [{ sheet: name, ref: address(c + 1, r + 1), value }])),
    ),
  );
}

export async function openDefinitionInExcel(page: Page, sheets: Parameters<typeof definitionCells>[0]): Promise<void> {
  await page.evaluate((cells) => {
    const excel = (
      window as unknown as {
        fakeExcel: {
          addSheet(n: string): { put(ref: string, v: string | number | boolean): void };
          sheets: { name: string; put(ref: string, v: string | number | boolean): void }[];
        };
      }
    ).fakeExcel;
    for (const cell of cells) (excel.sheets.find((s) => s.name === cell.sheet) ?? excel.addSheet(cell.sheet)).put(cell.ref, cell.value);
  }, definitionCells(sheets));
}
