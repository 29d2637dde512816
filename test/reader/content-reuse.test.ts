/**
 * The byte scanner may skip an element's content that is byte for byte the content it saw last time
 * (ContentReuse): the defined names of one template, in workbook parts that otherwise differ from file
 * to file, as Excel saves them. Skipping must be invisible: the same names, the same limits, and no
 * skipping when anything about the content or its place differs.
 */
import { strToU8 } from "fflate";
import { WorkbookReader } from "../../src/workbook/file/reader";
import { ReadBudget, resolveLimits } from "../../src/workbook/file/reader/limits";
import { XmlByteScanner } from "../../src/workbook/file/reader/xml-bytes";
import type { SeenContent, XmlHandler } from "../../src/workbook/file/reader/xml";
import { handXlsx, MAIN_NS } from "./build-xlsx";
import { errorCode, mustRead } from "./read-helpers";

describe("the scanner's content reuse", () => {
  let last: SeenContent | undefined;
  function scan(xml: string, maxXmlDepth = 128): { events: string[]; reused: number } {
    const events: string[] = [];
    let reused = 0;
    const handler: XmlHandler = {
      wantText: true,
      open: (name) => void events.push(`<${name}`),
      close: (name) => void events.push(`/${name}`),
      text: (text) => void events.push(text),
      reuse: {
        element: "names",
        get last() {
          return last;
        },
        same: () => void reused++,
        seen: (seen) => void (last = seen),
      },
    };
    const scanner = new XmlByteScanner(handler, { part: "t.xml", budget: new ReadBudget(resolveLimits({ maxXmlDepth })) });
    scanner.write(strToU8(xml));
    scanner.end();
    return { events, reused };
  }

  beforeEach(() => (last = undefined));

  it("skips content it saw last time, at the same depth, and sends the rest of the events", () => {
    const first = scan(`<r a="1"><names><n>A</n><n>B</n></names><x/></r>`);
    expect(first.reused).toBe(0);
    expect(first.events).toEqual(["<r", "<names", "<n", "A", "/n", "<n", "B", "/n", "/names", "<x", "/x", "/r"]);
    const again = scan(`<r a="2222"><names><n>A</n><n>B</n></names><y/></r>`);
    expect(again.reused).toBe(1);
    expect(again.events).toEqual(["<r", "<names", "/names", "<y", "/y", "/r"]);
  });

  it("reads content again when it differs by a byte, sits at another depth, or the depth limit changed", () => {
    scan(`<r><names><n>A</n></names></r>`);
    expect(scan(`<r><names><n>B</n></names></r>`).reused).toBe(0);
    expect(scan(`<r><names><n>B</n></names></r>`).reused).toBe(1);
    expect(scan(`<r><w><names><n>B</n></names></w></r>`).reused).toBe(0);
    expect(scan(`<r><names><n>B</n></names></r>`).reused).toBe(0); // the last seen was one level deeper
    expect(scan(`<r><names><n>B</n></names></r>`, 64).reused).toBe(0);
  });

  it("never skips past a closing tag that is not the element's own, so a malformed part stays malformed", () => {
    scan(`<r><names><n>A</n></names></r>`);
    expect(() => scan(`<r><names><n>A</n></namesX></r>`)).toThrow();
    expect(() => scan(`<r><names><n>A</n></names></q>`)).toThrow();
  });
});

describe("defined names repeated in workbook parts that differ", () => {
  const names = [
    ["UR_X", "'Biểu 01'!$B$2"],
    ["UR_Y", "'Biểu 01'!$B$2:$C$3"],
    ["Print_Titles", "'Biểu 01'!$1:$1", 0],
  ] as const;
  const sheet = { name: "Biểu 01", data: `<row r="2"><c r="B2"><v>7</v></c><c r="C2"><v>8</v></c></row>` };
  // Another window width in each: the workbook part differs, its <definedNames> content does not.
  const book = (width: number) =>
    handXlsx({ sheets: [sheet], names, workbookPr: `<workbookPr/><bookViews><workbookView windowWidth="${width}"/></bookViews>` });
  const other = handXlsx({ sheets: [sheet], names: [["UR_Z", "'Biểu 01'!$C$2"]] });
  /** `reader`: the series the read belongs to (its memory holds the files read before); without it, a read alone. */
  const view = (bytes: Uint8Array, options?: Parameters<typeof mustRead>[1], reader?: WorkbookReader) => {
    const outcome = mustRead(bytes, options, reader);
    return { names: [...outcome.workbook.names.entries()], broken: outcome.flags.brokenNames };
  };

  it("give each file what reading it after an unrelated file gives", () => {
    const series = new WorkbookReader();
    const fresh = (mustRead(other, undefined, series), view(book(21000), undefined, series));
    expect(fresh.names.map(([key]) => key)).toEqual(["UR_X", "UR_Y"]);
    expect(view(book(21000))).toEqual(fresh);
    expect(view(book(22000), undefined, series)).toEqual(fresh);
    expect(view(book(23000), undefined, series)).toEqual(fresh);
    expect(view(other, undefined, series)).toEqual(view(other));
  });

  it("still count every name against the limit of the file being read", () => {
    const series = new WorkbookReader();
    mustRead(book(21000), undefined, series);
    expect(errorCode(book(22000), { maxDefinedNames: 2 }, series)).toBe("reader.too-many-names");
    expect(view(book(23000), { maxDefinedNames: 3 }, series).names).toHaveLength(2);
  });

  it("are not mistaken across a namespace prefix or a second <definedNames>", () => {
    const series = new WorkbookReader();
    mustRead(book(21000), undefined, series);
    const prefixed = handXlsx({
      sheets: [sheet],
      parts: {
        "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Biểu 01" sheetId="1" r:id="rIdS1"/></x:sheets><x:definedNames><x:definedName name="UR_X">'Biểu 01'!$C$2</x:definedName></x:definedNames><x:definedNames><x:definedName name="UR_X">'Biểu 01'!$C$2</x:definedName></x:definedNames></x:workbook>`,
      },
    });
    const read = view(prefixed, undefined, series);
    expect(read.names.map(([key, range]) => [key, range.ref])).toEqual([["UR_X", "C2"]]);
    expect(read.broken.map((b) => b.reason)).toEqual(["duplicate"]);
    expect(view(prefixed)).toEqual(read);
    expect(view(prefixed, undefined, series)).toEqual(read); // the second time, both elements come from the reuse
  });
});
