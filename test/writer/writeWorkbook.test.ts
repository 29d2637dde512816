/**
 * The writer draws everything a plan says, checked in the XML it produced (a hand-made plan, so each
 * expectation can be traced to one line of the plan).
 */
import { writeWorkbook } from "../../src/workbook/file/writer";
import type { WorkbookPlan } from "../../src/domain/layout/plan";
import { handmadePlan, ID_SHEET, META_SHEET, TABLE } from "./handmadePlan";
import { attr, cellXml, openXlsx, splitReference, type XlsxParts } from "./xlsxParts";
import { cellFormats, type CellFormat } from "./styleSheet";

let parts: XlsxParts;
let formats: CellFormat[];
const plan = handmadePlan();

beforeAll(async () => {
  parts = openXlsx(await writeWorkbook(plan));
  formats = cellFormats(parts.text("xl/styles.xml"));
});

const formatOf = (sheet: string, ref: string): CellFormat => {
  const c = cellXml(parts.sheetXml(sheet), ref);
  expect(c).not.toBe("");
  return formats[Number(attr(c, "s") ?? 0)];
};

describe("defined names", () => {
  it("writes every plan name workbook-scoped, quoted sheet, absolute reference", () => {
    for (const name of plan.names) {
      const text = parts.names.get(name.name);
      expect(text).toBeDefined();
      expect(text).toBe(`'${name.sheet}'!${name.ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`);
      expect(splitReference(text!)).toEqual({ sheet: name.sheet, ref: name.ref });
    }
    expect([...parts.names.keys()].filter((n) => n.startsWith("UR_")).sort()).toEqual(plan.names.map((n) => n.name).sort());
  });

  it("keeps a range name a range", () => {
    expect(parts.names.get("UR_TABLE_BLOCK")).toBe("'Biểu 01'!$D$6:$E$8");
  });

  it("writes print titles as a sheet-local name, with one $ per part", () => {
    const workbook = parts.text("xl/workbook.xml");
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Biểu 01&apos;!\$5:\$5<\/definedName>/);
    expect(workbook).not.toContain("$$");
  });
});

describe("sheets", () => {
  it("hides the meta sheet as hidden, never veryHidden, and opens on a visible sheet", () => {
    expect(parts.sheetStates.get(META_SHEET)).toBe("hidden");
    expect(parts.sheetStates.get(TABLE)).toBe("visible");
    expect(parts.text("xl/workbook.xml")).not.toContain("veryHidden");
    expect(parts.text("xl/workbook.xml")).toMatch(/activeTab="0"/);
  });

  it("opens on the first visible sheet when the plan starts with a hidden one", async () => {
    const reordered: WorkbookPlan = { ...plan, sheets: [plan.sheets[2], plan.sheets[0], plan.sheets[1]] };
    const wb = openXlsx(await writeWorkbook(reordered)).text("xl/workbook.xml");
    expect(wb).toMatch(/firstSheet="1" activeTab="1"/);
  });

  it("protects planned sheets without any password or hash", () => {
    for (const sheet of plan.sheets) {
      const protection = /<sheetProtection\b[^>]*\/>/.exec(parts.sheetXml(sheet.name))?.[0];
      expect(protection).toBeDefined();
      expect(attr(protection!, "sheet")).toBe("1");
      for (const secret of ["password", "hashValue", "saltValue", "algorithmName", "spinCount"])
        expect(attr(protection!, secret)).toBeUndefined();
    }
  });

  it("sets column widths, frozen panes, merges and tab colour", () => {
    const xml = parts.sheetXml(TABLE);
    expect(xml).toContain('<col min="2" max="2" width="48" customWidth="1"/>');
    expect(xml).toMatch(/<pane xSplit="3" ySplit="5" topLeftCell="D6" activePane="bottomRight" state="frozen"\/>/);
    for (const merge of ["A2:H2", "A3:H3", "B16:C16"]) expect(xml).toContain(`<mergeCell ref="${merge}"/>`);
    expect(xml).toContain('<tabColor rgb="FF4472C4"/>');
  });

  it("sets A4, orientation, fit to one page wide, header with the unit name and page footer", () => {
    const xml = parts.sheetXml(TABLE);
    const setup = /<pageSetup\b[^>]*\/>/.exec(xml)![0];
    expect(attr(setup, "paperSize")).toBe("9");
    expect(attr(setup, "orientation")).toBe("landscape");
    expect(attr(setup, "fitToWidth")).toBe("1");
    expect(attr(setup, "fitToHeight")).toBe("0");
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    // "&" in the unit name is doubled so Excel does not read "& C" as a code.
    expect(xml).toContain("<oddHeader>&amp;CCông đoàn cơ sở Công ty May Điện Biên &amp;&amp; Cộng sự</oddHeader>");
    expect(xml).toContain("<oddFooter>&amp;CTrang &amp;P / &amp;N</oddFooter>");
    expect(/<pageSetup\b[^>]*orientation="portrait"/.test(parts.sheetXml(ID_SHEET))).toBe(true);
  });
});

describe("cells", () => {
  it("writes a formula-looking string as text, never as a formula", () => {
    const xml = parts.sheetXml(TABLE);
    const c = cellXml(xml, "B13");
    expect(attr(c, "t")).toMatch(/^(s|inlineStr)$/);
    expect(c).not.toContain("<f>");
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
    const index = Number(/<v>(\d+)<\/v>/.exec(c)![1]);
    const strings = [...parts.text("xl/sharedStrings.xml").matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    expect(strings[index]).toBe("=HYPERLINK(&quot;http://example.com&quot;,&quot;bấm&quot;)");
  });

  it("keeps a code with leading zeros as text", () => {
    expect(attr(cellXml(parts.sheetXml(ID_SHEET), "B4"), "t")).toBe("s");
  });

  it("writes formulas without a cached result", () => {
    const c = cellXml(parts.sheetXml(TABLE), "D11");
    expect(c).toContain("<f>IF(OR(D6=&quot;&quot;,D6=0,D7=&quot;&quot;),&quot;&quot;,D7/D6)</f>");
    expect(c).not.toContain("<v>");
    expect(parts.text("xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  it("unlocks and shades input cells, locks labels and formulas", () => {
    for (const ref of ["D6", "E7", "G9", "G10", "H6"]) {
      const f = formatOf(TABLE, ref);
      expect(f.locked).toBe(false);
      expect(f.fill).toBe("FFFFF2CC");
    }
    for (const ref of ["A6", "B6", "C6", "F6", "D11", "A5"]) expect(formatOf(TABLE, ref).locked).toBe(true);
    expect(formatOf(ID_SHEET, "B3").locked).toBe(false);
    expect(formatOf(ID_SHEET, "A3").locked).toBe(true);
  });

  it("uses a font with Vietnamese glyphs and the union's number formats", () => {
    expect(formatOf(TABLE, "B6").fontName).toBe("Times New Roman");
    expect(formatOf(TABLE, "B6").bold).toBe(true);
    expect(formatOf(TABLE, "B8").bold).toBe(false);
    expect(formatOf(TABLE, "D6").numFmt).toBe("#,##0");
    expect(formatOf(TABLE, "G10").numFmt).toBe("#,##0.0##");
    expect(formatOf(TABLE, "D11").numFmt).toBe("0.0%");
    expect(formatOf(ID_SHEET, "B6").numFmt).toBe("dd/mm/yyyy");
    expect(formatOf(TABLE, "A5")).toMatchObject({ bold: true, fill: "FFDDEBF7", border: true, wrap: true });
  });

  it("gives merged cells the top-left style unless the plan styled them", () => {
    expect(formatOf(TABLE, "H2")).toEqual(formatOf(TABLE, "A2"));
  });
});

describe("data validations", () => {
  const validations = (sheet: string) =>
    [...parts.sheetXml(sheet).matchAll(/<dataValidation\b[^>]*>.*?<\/dataValidation>/gs)].map((m) => m[0]);

  it("validates every input cell with Vietnamese messages that stop bad entries", () => {
    const all = validations(TABLE);
    const covered = all.flatMap((v) => attr(v, "sqref")!.split(" "));
    expect(covered).toEqual(expect.arrayContaining(["D6:E8", "G9", "G10"]));
    for (const v of all) {
      expect(attr(v, "showInputMessage")).toBe("1");
      expect(attr(v, "showErrorMessage")).toBe("1");
      expect(attr(v, "errorStyle")).toBe("stop");
      expect(attr(v, "prompt")).toMatch(/số/i);
    }
    const integer = all.find((v) => attr(v, "sqref") === "D6:E8")!;
    expect(attr(integer, "type")).toBe("whole");
    expect(attr(integer, "operator")).toBe("greaterThanOrEqual");
    expect(integer).toContain("<formula1>0</formula1>");
    expect(
      attr(
        all.find((v) => attr(v, "sqref") === "G10")!,
        "type",
      ),
    ).toBe("decimal");
  });

  it("writes the level list, the text length and the date rule", () => {
    const all = validations(ID_SHEET);
    const list = all.find((v) => attr(v, "type") === "list")!;
    expect(list).toContain(
      "<formula1>&quot;Công đoàn cơ sở,Công đoàn cấp trên trực tiếp cơ sở,LĐLĐ tỉnh - thành phố,Tổng Liên đoàn Lao động Việt Nam&quot;</formula1>",
    );
    expect(
      attr(
        all.find((v) => attr(v, "type") === "textLength")!,
        "operator",
      ),
    ).toBe("lessThanOrEqual");
    expect(all.find((v) => attr(v, "type") === "date")).toContain("<formula1>1</formula1>");
  });

  it("refuses a list item with a comma (Excel would split it in two)", async () => {
    const broken: WorkbookPlan = {
      ...plan,
      sheets: [
        {
          ...plan.sheets[0],
          cells: [
            {
              ref: "B5",
              validation: {
                type: "list",
                items: ["LĐLĐ tỉnh, thành phố"],
                prompt: { title: "a", text: "b" },
                error: { title: "c", text: "d" },
              },
            },
          ],
        },
      ],
      names: [],
    };
    await expect(writeWorkbook(broken)).rejects.toThrow(/comma/);
  });

  it("clips titles and texts to Excel's limits", async () => {
    const long: WorkbookPlan = {
      ...plan,
      sheets: [
        {
          ...plan.sheets[0],
          cells: [
            {
              ref: "B3",
              validation: {
                type: "textLength",
                max: 5,
                prompt: { title: "T".repeat(40), text: "x".repeat(300) },
                error: { title: "E".repeat(40), text: "y".repeat(300) },
              },
            },
          ],
        },
      ],
      names: [],
    };
    const v = /<dataValidation\b[^>]*>/.exec(openXlsx(await writeWorkbook(long)).sheetXml(ID_SHEET))![0];
    expect(attr(v, "promptTitle")).toHaveLength(32);
    expect(attr(v, "prompt")).toHaveLength(255);
    expect(attr(v, "error")).toHaveLength(255);
  });
});

describe("document properties", () => {
  it("writes title, subject, creator and keywords", () => {
    const core = parts.text("docProps/core.xml");
    expect(core).toContain(`<dc:title>${plan.properties.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${plan.properties.subject}</dc:subject>`);
    expect(core).toContain(`<dc:creator>${plan.properties.creator}</dc:creator>`);
    expect(core).toContain(`<cp:keywords>${plan.properties.keywords}</cp:keywords>`);
  });
});
