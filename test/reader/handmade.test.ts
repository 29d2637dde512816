/**
 * Files as other writers make them, built part by part: every way a cell's value can be stored,
 * prefixes, relationship targets, sheet states, and the defined names we must and must not read.
 */
import { handParts, handXlsx, MAIN_NS, REL_NS, stylesXml, zipParts } from "./build-xlsx";
import { cellOf, errorCode, mustRead, named } from "./read-helpers";

const one = (data: string, extra: Partial<Parameters<typeof handXlsx>[0]> = {}) =>
  handXlsx({ sheets: [{ name: "Biểu 01", data }], names: [["UR_X", "'Biểu 01'!$B$2"]], ...extra });

describe("reading cell values stored every way a writer may store them", () => {
  it("reads a shared string", () => {
    const bytes = one(`<row r="2"><c r="B2" t="s"><v>1</v></c></row>`, { sharedStrings: ["không", "Đoàn viên"] });
    expect(cellOf(mustRead(bytes), "UR_X")).toEqual({ value: "Đoàn viên" });
  });

  it("joins the runs of a rich-text shared string and leaves out its phonetic guide", () => {
    const rich = `<r><rPr><b/></rPr><t>Tổng </t></r><r><t xml:space="preserve">số </t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="1"/>`;
    const bytes = one(`<row r="2"><c r="B2" t="s"><v>0</v></c></row>`, { sharedStrings: [rich] });
    expect(cellOf(mustRead(bytes), "UR_X").value).toBe("Tổng số ");
  });

  it("reads an inline string, rich or plain", () => {
    const plain = one(`<row r="2"><c r="B2" t="inlineStr"><is><t>CĐCS Mường Chà</t></is></c></row>`);
    expect(cellOf(mustRead(plain), "UR_X").value).toBe("CĐCS Mường Chà");
    const rich = one(`<row r="2"><c r="B2" t="inlineStr"><is><r><t>A</t></r><r><t>B</t></r><rPh><t>x</t></rPh></is></c></row>`);
    expect(cellOf(mustRead(rich), "UR_X").value).toBe("AB");
  });

  it("reads a formula's cached string, number, boolean and error", () => {
    const bytes = handXlsx({
      sheets: [
        {
          name: "S",
          data:
            `<row r="1"><c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B1"><f>SUM(C1:D1)</f><v>12.5</v></c>` +
            `<c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" t="e"><v>#REF!</v></c><c r="F1"><f>A1*2</f></c></row>`,
        },
      ],
      names: [["UR_ROW", "S!$A$1:$F$1"]],
    });
    expect(named(mustRead(bytes), "UR_ROW").cells[0]).toEqual([
      { value: "ab", formula: '"a"&"b"' },
      { value: 12.5, formula: "SUM(C1:D1)" },
      { value: true, formula: "TRUE()" },
      { value: { error: "#DIV/0!" }, formula: "1/0" },
      { value: { error: "#REF!" } },
      { value: null, formula: "A1*2" },
    ]);
  });

  it("gives each cell of a shared formula its own formula, moved like Excel moves it", () => {
    const bytes = handXlsx({
      sheets: [
        {
          name: "S",
          data:
            `<row r="5"><c r="D5"><f t="shared" ref="D5:D7" si="0">B5+C5*$A$1</f><v>3</v></c></row>` +
            `<row r="6"><c r="D6"><f t="shared" si="0"/><v>4</v></c></row><row r="7"><c r="D7"><f t="shared" si="0"/><v>5</v></c></row>`,
        },
      ],
      names: [["UR_D", "S!$D$5:$D$7"]],
    });
    expect(named(mustRead(bytes), "UR_D").cells.map((r) => r[0])).toEqual([
      { value: 3, formula: "B5+C5*$A$1" },
      { value: 4, formula: "B6+C6*$A$1" },
      { value: 5, formula: "B7+C7*$A$1" },
    ]);
  });

  it("reads booleans, plain numbers and cells without a type", () => {
    const bytes = handXlsx({
      sheets: [
        {
          name: "S",
          data: `<row r="1"><c r="A1" t="b"><v>0</v></c><c r="B1" t="n"><v>-1.5E3</v></c><c r="C1"><v>42</v></c><c r="D1"/></row>`,
        },
      ],
      names: [["UR_R", "S!$A$1:$E$1"]],
    });
    expect(named(mustRead(bytes), "UR_R").cells[0].map((c) => c.value)).toEqual([false, -1500, 42, null, null]);
  });

  it("keeps the text of a number a double cannot hold exactly, and does not flag ordinary ones", () => {
    const bytes = handXlsx({
      sheets: [
        {
          name: "S",
          data: `<row r="1"><c r="A1"><v>12345678901234567890</v></c><c r="B1"><v>2.2000000000000002</v></c><c r="C1"><v>0.1</v></c><c r="D1"><v>1,250</v></c></row>`,
        },
      ],
      names: [["UR_R", "S!$A$1:$D$1"]],
    });
    const [huge, excel17, tenth, garbage] = named(mustRead(bytes), "UR_R").cells[0];
    expect(huge).toEqual({ value: 12345678901234567000, inexact: "12345678901234567890" });
    expect(excel17).toEqual({ value: 2.2000000000000002 });
    expect(tenth).toEqual({ value: 0.1 });
    expect(garbage).toEqual({ value: null, inexact: "1,250" });
  });

  it('marks dates by their style (built-in and custom formats) and reads t="d" ISO dates', () => {
    const styles = stylesXml(
      [0, 14, 164, 165, 166],
      [
        [164, "dd/mm/yyyy"],
        [165, '#,##0 "ngày"'],
        [166, "[h]:mm"],
      ],
    );
    const bytes = handXlsx({
      sheets: [
        {
          name: "S",
          data: `<row r="1"><c r="A1" s="1"><v>44027</v></c><c r="B1" s="2"><v>44027</v></c><c r="C1" s="3"><v>5</v></c><c r="D1" s="4"><v>1.5</v></c><c r="E1" t="d"><v>2020-07-15T00:00:00Z</v></c><c r="F1" s="0"><v>7</v></c></row>`,
        },
      ],
      names: [["UR_R", "S!$A$1:$F$1"]],
      styles,
    });
    expect(named(mustRead(bytes), "UR_R").cells[0]).toEqual([
      { value: 44027, isDate: true },
      { value: 44027, isDate: true },
      { value: 5 },
      { value: 1.5, isDate: true },
      { value: 44027, isDate: true },
      { value: 7 },
    ]);
  });

  it("turns 1904-system dates into 1900-system serials and says so", () => {
    const bytes = handXlsx({
      sheets: [{ name: "S", data: `<row r="1"><c r="A1" s="1"><v>42565</v></c></row>` }],
      names: [["UR_D", "S!$A$1"]],
      styles: stylesXml([0, 14]),
      workbookPr: `<workbookPr date1904="1"/>`,
    });
    const outcome = mustRead(bytes);
    expect(outcome.flags.date1904).toBe(true);
    expect(cellOf(outcome, "UR_D")).toEqual({ value: 44027, isDate: true });
  });

  it("reads cells and rows written without r attributes by position", () => {
    const bytes = handXlsx({
      sheets: [{ name: "S", data: `<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c><v>4</v></c></row>` }],
      names: [["UR_B2", "S!$B$2"]],
    });
    expect(cellOf(mustRead(bytes), "UR_B2").value).toBe(4);
  });
});

describe("parts as different writers lay them out", () => {
  it("parses by local name whatever the namespace prefixes", () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN_NS}" xmlns:rel="${REL_NS}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>tiền tố</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = handXlsx({
      sheets: [{ name: "S", data: sheet }],
      names: [["UR_X", "S!$B$2"]],
      parts: {
        "xl/workbook.xml": `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN_NS}" xmlns:rel="${REL_NS}"><x:sheets><x:sheet name="S" sheetId="1" rel:id="rIdS1"/></x:sheets><x:definedNames><x:definedName name="UR_X">S!$B$2</x:definedName></x:definedNames></x:workbook>`,
      },
    });
    expect(cellOf(mustRead(bytes), "UR_X").value).toBe("tiền tố");
  });

  it("follows absolute relationship targets", () => {
    const bytes = handXlsx({
      sheets: [
        { name: "A", data: "" },
        { name: "B", data: `<row r="1"><c r="A1"><v>9</v></c></row>` },
      ],
      names: [["UR_X", "B!$A$1"]],
      targets: "absolute",
    });
    expect(cellOf(mustRead(bytes), "UR_X").value).toBe(9);
  });

  it("lists sheets in workbook order with their visibility", () => {
    const bytes = handXlsx({
      sheets: [
        { name: "Một", data: "" },
        { name: "_meta", data: "", state: "veryHidden" },
        { name: "Ẩn", data: "", state: "hidden" },
      ],
    });
    expect(mustRead(bytes).workbook.sheets).toEqual([
      { name: "Một", state: "visible" },
      { name: "_meta", state: "veryHidden" },
      { name: "Ẩn", state: "hidden" },
    ]);
  });

  describe("parts in UTF-16 (a byte-order mark), as a few tools write them", () => {
    /** The text as UTF-16 code units (unpaired surrogates too), with a byte-order mark, little- or big-endian. */
    const utf16 = (text: string, order: "le" | "be"): Uint8Array => {
      const out = new Uint8Array(2 + 2 * text.length);
      const put = (at: number, unit: number) => {
        out[at + (order === "le" ? 0 : 1)] = unit & 0xff;
        out[at + (order === "le" ? 1 : 0)] = unit >> 8;
      };
      put(0, 0xfeff);
      for (let i = 0; i < text.length; i++) put(2 + 2 * i, text.charCodeAt(i));
      return out;
    };
    // Long enough that a stored (uncompressed) part arrives in several chunks, cut inside characters.
    const rows = Array.from(
      { length: 400 },
      (_, i) =>
        `<row r="${i + 2}"><c r="B${i + 2}" t="s"><v>${i % 2}</v></c><c r="C${i + 2}" t="inlineStr"><is><t>Đoàn viên 𝒳 ${i} &amp; "nữ"</t></is></c></row>`,
    ).join("");
    const book = {
      sheets: [{ name: "Biểu 01", data: rows }],
      names: [["UR_X", "'Biểu 01'!$B$2:$C$401"]] as [string, string][],
      sharedStrings: ["Tổng số", "Công đoàn cơ sở 🏭"],
    };
    const parts = handParts(book);
    const inUtf16 = (order: "le" | "be", level: 0 | 6, edit: (text: string) => string = (t) => t) => {
      const wide: Record<string, string | Uint8Array> = { ...parts };
      for (const name of ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"])
        wide[name] = utf16(edit((parts[name] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"')), order);
      return zipParts(wide, level);
    };

    it("read as the same file in UTF-8, compressed or stored, either byte order", () => {
      const expected = mustRead(zipParts(parts)).workbook;
      expect(named(mustRead(zipParts(parts)), "UR_X").cells[0]).toEqual([{ value: "Tổng số" }, { value: 'Đoàn viên 𝒳 0 & "nữ"' }]);
      for (const order of ["le", "be"] as const) {
        for (const level of [0, 6] as const) expect(mustRead(inUtf16(order, level)).workbook).toEqual(expected);
      }
    });

    it("refuse an unpaired surrogate instead of replacing it", () => {
      for (const order of ["le", "be"] as const) {
        expect(errorCode(inUtf16(order, 6, (t) => t.replace("𝒳 7 ", "\ud835 7 ")))).toBe("reader.xml-malformed");
        expect(errorCode(inUtf16(order, 0, (t) => t.replace("𝒳 300 ", "\udc00 300 ")))).toBe("reader.xml-malformed");
      }
    });
  });

  it("reads only the parts it needs", () => {
    const bytes = handXlsx({
      sheets: [
        { name: "A", data: `<row r="1"><c r="A1"><v>1</v></c></row>` },
        { name: "B", data: `<row r="1"><c r="A1"><v>2</v></c></row>` },
      ],
      names: [["UR_X", "A!$A$1"]],
      parts: { "xl/theme/theme1.xml": "<not even xml" },
    });
    const outcome = mustRead(bytes);
    // _rels/.rels, workbook.xml, its rels, and sheet A: not sheet B, not the theme, not the content types.
    expect(outcome.stats.partsRead).toBe(4);
    expect(cellOf(outcome, "UR_X").value).toBe(1);
  });
});

describe("defined names", () => {
  const sheets = [
    { name: "Biểu 01", data: `<row r="7"><c r="D7"><v>7</v></c></row>` },
    { name: "It's", data: `<row r="1"><c r="A1"><v>1</v></c></row>` },
  ];

  it("reads workbook-scoped UR_ names case-insensitively, keyed upper-case, and ignores others", () => {
    const outcome = mustRead(
      handXlsx({
        sheets,
        names: [
          ["ur_dv_tong", "'Biểu 01'!$D$7"],
          ["UR_LOCAL", "'Biểu 01'!$D$7", 0],
          ["Print_Area", "'Biểu 01'!$A$1:$H$40"],
          ["UR_APOS", "'It''s'!$A$1"],
        ],
      }),
    );
    expect([...outcome.workbook.names.keys()].sort()).toEqual(["UR_APOS", "UR_DV_TONG"]);
    expect(named(outcome, "UR_DV_TONG")).toEqual({ name: "ur_dv_tong", sheet: "Biểu 01", ref: "D7", cells: [[{ value: 7 }]] });
    expect(named(outcome, "UR_APOS").sheet).toBe("It's");
  });

  it("reports names that point nowhere readable instead of reading them", () => {
    const outcome = mustRead(
      handXlsx({
        sheets,
        names: [
          ["UR_EXT", "[1]Sheet1!$A$1"],
          ["UR_DEL", "#REF!"],
          ["UR_DEL2", "'Biểu 01'!#REF!"],
          ["UR_TWO", "'Biểu 01'!$A$1,'Biểu 01'!$B$2"],
          ["UR_GONE", "'Biểu 09'!$A$1"],
          ["UR_OK", "'Biểu 01'!$D$7"],
          ["ur_ok", "'Biểu 01'!$A$1"],
        ],
      }),
    );
    expect(outcome.flags.brokenNames.map((b) => [b.name, b.reason])).toEqual([
      ["UR_EXT", "external"],
      ["UR_DEL", "ref-error"],
      ["UR_DEL2", "ref-error"],
      ["UR_TWO", "unsupported"],
      ["UR_GONE", "missing-sheet"],
      ["ur_ok", "duplicate"],
    ]);
    expect([...outcome.workbook.names.keys()]).toEqual(["UR_OK"]);
  });

  it("matches a decomposed (NFD) sheet name in a name to the NFC sheet", () => {
    const outcome = mustRead(handXlsx({ sheets, names: [["UR_X", `'${"Biểu 01".normalize("NFD")}'!$D$7`]] }));
    expect(named(outcome, "UR_X")).toMatchObject({ sheet: "Biểu 01", cells: [[{ value: 7 }]] });
  });

  it("keeps a name called __proto__ as plain data", () => {
    const outcome = mustRead(
      handXlsx({
        sheets,
        names: [
          ["UR___proto__", "'Biểu 01'!$D$7"],
          ["UR_constructor", "'Biểu 01'!$D$7"],
        ],
      }),
    );
    expect(outcome.workbook.names.get("UR___PROTO__")?.cells[0][0].value).toBe(7);
    expect(Object.getPrototypeOf(outcome.workbook.names)).toBe(Map.prototype);
    expect(({} as Record<string, unknown>).cells).toBeUndefined();
  });

  it("reads a range row by row, blanks included", () => {
    const outcome = mustRead(
      handXlsx({
        sheets: [
          { name: "S", data: `<row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row><row r="3"><c r="C3"><v>4</v></c></row>` },
        ],
        names: [["UR_R", "S!$B$2:$C$3"]],
      }),
    );
    expect(named(outcome, "UR_R")).toEqual({
      name: "UR_R",
      sheet: "S",
      ref: "B2:C3",
      cells: [
        [{ value: 1 }, { value: 2 }],
        [{ value: null }, { value: 4 }],
      ],
    });
  });

  it("flags a workbook with macros (vbaProject.bin) and still reads its figures", () => {
    const outcome = mustRead(
      handXlsx({ sheets, names: [["UR_X", "'Biểu 01'!$D$7"]], parts: { "xl/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) } }),
    );
    expect(outcome.flags.macros).toBe(true);
    expect(cellOf(outcome, "UR_X").value).toBe(7);
  });
});
