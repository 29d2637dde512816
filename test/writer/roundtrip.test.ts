/**
 * Fill → read: figures typed into the input cells of a generated workbook read back identical, for
 * every campaign. Random figures (whole numbers for counts, up to 3 decimals for money) and random
 * blanks; a blank reads back as blank, never as 0.
 */
import fc from "fast-check";
import { loadCatalog } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { everyCampaign } from "./campaigns";
import { fillByName } from "./xlsxParts";
import { readBack, readBackFast } from "./readBack";

const catalog = loadCatalog();

const figure = (valueType: string): fc.Arbitrary<number | null> =>
  fc.option(
    valueType === "decimal" ? fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => n / 1000) : fc.integer({ min: 0, max: 2_000_000_000 }),
    { nil: null, freq: 4 },
  );

describe.each(everyCampaign().map((c) => [c.id, c] as const))("fill → read, %s", (_id, campaign) => {
  const built = buildTemplate({ catalog, campaign });
  const inputs = built.cells.filter((c) => c.input);
  let template: Uint8Array;
  beforeAll(async () => {
    template = await writeWorkbook(built.plan);
  });

  it("reads back every figure typed into the input cells", async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(...inputs.map((c) => figure(c.valueType))), async (values) => {
        const typed = new Map<string, number>();
        inputs.forEach((c, i) => {
          if (values[i] !== null) typed.set(c.name, values[i]!);
        });
        const filled = fillByName(template, typed);
        // Two readers: ExcelJS (independent of us) and the project's fast reader (what check and merge use).
        for (const read of [await readBack(filled), readBackFast(filled)]) {
          for (const cell of inputs) expect([cell.name, read.values.get(cell.name)]).toEqual([cell.name, typed.get(cell.name) ?? null]);
        }
      }),
      { numRuns: 8 },
    );
  });

  it("reads back identification and notes typed as text, formula-looking text included", async () => {
    const texts = new Map<string, string>([
      ["UR_ID_UNIT_NAME", "CĐCS Công ty TNHH Điện Biên – Lai Châu"],
      ["UR_ID_UNIT_CODE", "00123"],
      ["UR_ID_PREPARER", "Nguyễn Thị Hồng Nhung"],
      [built.noteCells[0].name, '=HYPERLINK("http://x","y") & <ghi chú>'],
    ]);
    const filled = fillByName(template, texts);
    for (const read of [await readBack(filled), readBackFast(filled)]) {
      for (const [name, text] of texts) expect(read.values.get(name)).toBe(text);
    }
  });
});
