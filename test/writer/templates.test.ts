/**
 * Generated templates, for every campaign, taken apart: the names reach the cells the layout engine
 * placed, inputs are unlocked and validated, computed cells are locked formulas, tables are protected
 * and printable, the meta sheet is hidden and tells the template id.
 */
import { loadCatalog } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { everyCampaign } from "./campaigns";
import { attr, cellXml, openXlsx, splitReference } from "./xlsxParts";
import { cellFormats } from "./styleSheet";
import { readBack } from "./readBack";

const catalog = loadCatalog();

describe.each(everyCampaign().map((c) => [c.id, c] as const))("template of %s", (_id, campaign) => {
  const built = buildTemplate({
    catalog,
    campaign,
    unit: { unitName: "CĐCS Trường THPT Lê Quý Đôn", unitCode: "DB-001", level: "cdcs", parent: "LĐLĐ huyện Mường Chà" },
  });
  let bytes: Uint8Array;
  let parts: ReturnType<typeof openXlsx>;
  beforeAll(async () => {
    bytes = await writeWorkbook(built.plan);
    parts = openXlsx(bytes);
  });

  it("has a workbook-scoped name at every figure, note, identification and meta cell", () => {
    const expected = [...built.cells, ...built.noteCells, ...built.identificationCells, ...built.metaCells];
    for (const cell of expected) {
      const text = parts.names.get(cell.name);
      expect(text).toBeDefined();
      expect(splitReference(text!)).toEqual({ sheet: cell.sheet, ref: cell.address });
    }
    expect(parts.names.size).toBeGreaterThanOrEqual(expected.length);
  });

  it("unlocks and validates input cells; computed cells are locked formulas", () => {
    const formats = cellFormats(parts.text("xl/styles.xml"));
    const validated = new Map<string, string[]>();
    for (const cell of built.cells) {
      const xml = parts.sheetXml(cell.sheet);
      if (!validated.has(cell.sheet)) {
        validated.set(
          cell.sheet,
          [...xml.matchAll(/<dataValidation\b[^>]*>/g)].map((m) => `${attr(m[0], "type")}|${attr(m[0], "sqref")}`),
        );
      }
      const c = cellXml(xml, cell.address);
      const format = formats[Number(attr(c, "s") ?? 0)];
      if (cell.input) {
        expect(format.locked).toBe(false);
        expect(format.fill).toBe("FFFFF2CC");
        const type = cell.valueType === "integer" ? "whole" : "decimal";
        const covering = validated.get(cell.sheet)!.some(
          (v) =>
            v.startsWith(`${type}|`) &&
            v
              .split("|")[1]
              .split(" ")
              .some((r) => covers(r, cell.address)),
        );
        expect({ cell: cell.name, covering }).toEqual({ cell: cell.name, covering: true });
      } else {
        expect(format.locked).toBe(true);
        expect(c).toMatch(/<f>[^<]+<\/f>/);
        expect(c).not.toContain("<v>");
      }
    }
  });

  it("protects every table and identification sheet without a password", () => {
    for (const sheet of built.plan.sheets.filter((s) => s.protect)) {
      const protection = /<sheetProtection\b[^>]*\/>/.exec(parts.sheetXml(sheet.name))?.[0] ?? "";
      expect(attr(protection, "sheet")).toBe("1");
      expect(attr(protection, "hashValue")).toBeUndefined();
      expect(attr(protection, "password")).toBeUndefined();
    }
    expect(built.plan.sheets.filter((s) => s.role === "table").every((s) => s.protect)).toBe(true);
  });

  it("puts the unit name in the tables' page header", () => {
    expect(built.plan.sheets.filter((s) => s.role === "table").every((s) => s.print?.header === "CĐCS Trường THPT Lê Quý Đôn")).toBe(true);
  });

  it("prints the tables on A4, one page wide, with repeated header rows and the unit in the header", () => {
    const workbook = parts.text("xl/workbook.xml");
    built.plan.sheets.forEach((sheet, index) => {
      if (!sheet.print) return;
      const xml = parts.sheetXml(sheet.name);
      const setup = /<pageSetup\b[^>]*\/>/.exec(xml)![0];
      expect([attr(setup, "paperSize"), attr(setup, "fitToWidth"), attr(setup, "fitToHeight")]).toEqual(["9", "1", "0"]);
      if (sheet.print.header)
        expect(/<oddHeader>([^<]*)<\/oddHeader>/.exec(xml)?.[1]).toBe(`&amp;C${sheet.print.header.replace(/&/g, "&amp;&amp;")}`);
      if (sheet.print.repeatRows) {
        const { first, last } = sheet.print.repeatRows;
        expect(workbook).toContain(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">&apos;${sheet.name}&apos;!$${first}:$${last}</definedName>`,
        );
      }
    });
  });

  it("hides the meta sheet (not veryHidden) and reads back its template id, version and campaign", async () => {
    const meta = built.plan.sheets.find((s) => s.role === "meta")!;
    expect(parts.sheetStates.get(meta.name)).toBe("hidden");
    const read = await readBack(bytes);
    expect(read.values.get("UR_META_TEMPLATE_ID")).toBe(catalog.templateId);
    expect(Number(read.values.get("UR_META_TEMPLATE_VERSION"))).toBe(catalog.version);
    expect(read.values.get("UR_META_CAMPAIGN_ID")).toBe(campaign.id);
    expect(read.values.get("UR_ID_UNIT_CODE")).toBe("DB-001");
    expect(read.values.get("UR_ID_UNIT_NAME")).toBe("CĐCS Trường THPT Lê Quý Đôn");
  });

  it("offers the level list and the sector list from the workbook (an item holds a comma)", () => {
    const id = built.plan.sheets.find((s) => s.role === "identification")!;
    const list = [...parts.sheetXml(id.name).matchAll(/<dataValidation\b[^>]*type="list"[^>]*>.*?<\/dataValidation>/gs)].map((m) => m[0]);
    expect(list).toHaveLength(2);
    for (const item of list) expect(item).toMatch(/<formula1>&apos;_meta&apos;!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+<\/formula1>/);
  });
});

function covers(range: string, ref: string): boolean {
  const pos = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
  };
  const [from, to = from] = range.split(":");
  const a = pos(from);
  const b = pos(to);
  const p = pos(ref);
  return p.col >= a.col && p.col <= b.col && p.row >= a.row && p.row <= b.row;
}
