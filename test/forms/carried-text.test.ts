/**
 * A merge reads a file's carried definition text only for a hash it has not met (the shipped one and
 * those already rebuilt are known): the reader leaves the text unread otherwise, which is most of a
 * template's text. The verdicts must be those of reading everything: a province's definition is still
 * rebuilt from its text, and an edited text under its original hash is still refused as edited.
 */
import { FORM_DEF_NAME } from "../../src/domain/definition";
import { resolveCampaign } from "../../src/domain/definition/campaign";
import { buildTemplate } from "../../src/domain/layout";
import { render } from "../../src/domain/merge";
import { definitionFromSheets } from "../../src/domain/definition/definition-catalog";
import type { FigureKey } from "../../src/domain/submission";
import { readWorkbook } from "../../src/workbook/file/reader";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { sheetPart } from "../corpus/xlsx-edit";
import { editPart, partText, unzipParts, zipParts } from "../corpus/zip-kit";
import { DISTRICT } from "../merge/support";
import { provinceDefinition } from "./province";

const province = (() => {
  const built = definitionFromSheets(provinceDefinition());
  if (!built.definition) throw new Error(JSON.stringify(built.problems));
  return built.definition;
})();

async function provinceFile(code: string, dv: number): Promise<Uint8Array> {
  const resolved = resolveCampaign(province.campaignDefs, "db-3105-2026");
  if (!resolved.ok) throw new Error(render("en", resolved.error));
  const figures = new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["DV_TONG@value", dv],
  ]);
  const { plan } = buildTemplate({
    catalog: province,
    campaign: resolved.value,
    unit: { unitCode: code, unitName: `CĐCS ${code}`, level: "cdcs", datePrepared: "2026-06-05" },
    figures,
  });
  return writeWorkbook(plan);
}

/** The same file with one word of its carried definition text changed, its hash left as it was. */
function editedDefinition(bytes: Uint8Array): Uint8Array {
  const parts = unzipParts(bytes);
  const before = partText(parts, "xl/sharedStrings.xml");
  editPart(parts, "xl/sharedStrings.xml", (xml) => xml.replace("Tiền lương, việc làm", "Tiền lương, việc làm (sửa)"));
  expect(partText(parts, "xl/sharedStrings.xml")).not.toBe(before);
  return zipParts(parts);
}

describe("the carried definition text in a merge", () => {
  it("is left out of a read that asks to skip it, and read by one that does not", async () => {
    const bytes = await provinceFile("A", 10);
    const skipped = readWorkbook(bytes, undefined, { skipNames: [FORM_DEF_NAME.toLowerCase()] });
    const full = readWorkbook(bytes);
    if (!skipped.ok || !full.ok) throw new Error("unreadable");
    expect(skipped.value.workbook.names.has(FORM_DEF_NAME)).toBe(false);
    expect(
      full.value.workbook.names
        .get(FORM_DEF_NAME)
        ?.cells.flat()
        .some((c) => typeof c.value === "string" && c.value.includes("Tiền lương, việc làm")),
    ).toBe(true);
    // Skipped cells are still counted against the limits: the same cells as the full read asked for.
    expect(skipped.value.stats.cellsRead).toBe(full.value.stats.cellsRead);
    expect(readWorkbook(bytes, { maxCells: 3 }, { skipNames: [FORM_DEF_NAME] })).toMatchObject({
      ok: false,
      error: { code: "reader.too-many-cells" },
    });
    // The read after a skipping one gives everything again (the reader's plan is not reused across requests).
    expect(readWorkbook(bytes)).toEqual({ ...full, value: { ...full.value, stats: expect.anything() } });
  });

  it("refuses, when skipped, exactly what a full read refuses in it", async () => {
    const parts = unzipParts(await provinceFile("A", 10));
    const broken = (edit: (xml: string) => string, part = "xl/sharedStrings.xml") => {
      const copy = new Map(parts);
      editPart(copy, part, edit);
      expect(partText(copy, part)).not.toBe(partText(parts, part));
      return zipParts(copy);
    };
    const cases = [
      // An entity no XML knows, and one cut short, inside the definition's text.
      broken((xml) => xml.replace("Tiền lương, việc làm", "Tiền lương, &nbsp; việc làm")),
      broken((xml) => xml.replace(/&quot;(?=[^&]*Tiền lương, việc làm)/, "&quot")),
      // A definition cell pointing at a shared string that is not there.
      broken((xml) => xml.replace(/(<c r="F1"[^>]*t="s"[^>]*><v>)\d+/, "$19999"), sheetPart(parts, "_meta")),
    ];
    for (const bytes of cases) {
      const full = readWorkbook(bytes);
      expect(full).toMatchObject({ ok: false, error: { code: "reader.xml-malformed" } });
      expect(readWorkbook(bytes, undefined, { skipNames: [FORM_DEF_NAME] })).toEqual(full);
    }
  });

  it("still rebuilds a province's definition from a file's text, and refuses an edited text under its hash", async () => {
    const files = [
      { name: "sua.xlsx", bytes: editedDefinition(await provinceFile("X", 5)) },
      { name: "a.xlsx", bytes: await provinceFile("A", 10) },
      { name: "b.xlsx", bytes: await provinceFile("B", 20) },
    ];
    // The edited file first: its hash is new to the merge, so its text is read, and found not to match.
    // That verdict is the edited file's own: the genuine files with the same hash are rebuilt from their
    // own text (the first of them), then judged by the hash.
    const outcome = await mergeFiles(province, files, { campaignId: null, definition: null, mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    const [edited, ...genuine] = files.map((f) => outcome.result.files.find((r) => r.name === f.name)!);
    expect(edited!.status).toBe("rejected");
    expect(edited!.reasons.map((r) => render("vi", r)).join(" ")).toContain("đã bị sửa");
    expect(genuine.map((f) => f.status)).toEqual(["accepted", "accepted"]);
    expect(outcome.definition.form.hash).toBe(province.form.hash);
    expect(outcome.result.figures.get("DV_TONG@value")).toBe(30);
  });
});
