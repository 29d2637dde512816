/**
 * The typed-form reader and the definition writer on real .xlsx files: what ExcelJS writes as Excel
 * would, read back cell by cell; other files refused with the reader's usual messages.
 */
import ExcelJS from "exceljs";
import { unzipSync, strFromU8, zipSync } from "fflate";
import { DEFINITION_SHEETS } from "../../src/domain/definition/definition-sheets";
import { chooseSheet, proposeDefinition } from "../../src/domain/forms/import";
import { readTypedForm } from "../../src/workbook/file/forms/read-typed-form";
import { writeDefinitionFile } from "../../src/workbook/file/forms/write-definition-file";
import { TYPED_FORM, typedXlsx } from "./typed-xlsx";
import { render } from "../../src/domain/i18n/message";

describe("readTypedForm", () => {
  it("reads values, merged ranges, indents, bold and formula labels of every visible sheet", async () => {
    const bytes = await typedXlsx([
      { name: "Ẩn", rows: [["x"]], hidden: true },
      TYPED_FORM,
      { name: "Ghi chú", rows: [["Biểu gửi kèm công văn"]] },
    ]);
    const read = await readTypedForm(bytes);
    if (!read.ok) throw new Error(render("en", read.error));
    expect(read.value.sheets.map((s) => s.sheet)).toEqual(["Mẫu 1", "Ghi chú"]);
    const grid = read.value.sheets[0];
    expect(grid.rows[2][0]).toEqual(expect.objectContaining({ value: "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ", bold: true }));
    // A merged range's covered cells are blank: only its first cell holds the text.
    expect(grid.rows[2].slice(1).every((cell) => cell === null)).toBe(true);
    expect(grid.merges).toContainEqual({ top: 2, left: 0, bottom: 2, right: 5 });
    expect(grid.rows[9][1]).toEqual(expect.objectContaining({ value: "Trong đó: nữ", indent: 1 }));
    expect(grid.rows[20][1]).toEqual(expect.objectContaining({ value: "Số hội nghị", formula: true }));
    expect(chooseSheet(read.value.sheets)?.sheet).toBe("Mẫu 1");
  });

  it("reads only the sheet asked for, and says so when it is not there", async () => {
    const bytes = await typedXlsx([{ name: "Bìa", rows: [["Công văn"]] }, TYPED_FORM]);
    const read = await readTypedForm(bytes, "mẫu 1");
    if (!read.ok) throw new Error(render("en", read.error));
    expect(read.value.sheets.map((s) => s.sheet)).toEqual(["Mẫu 1"]);
    const missing = await readTypedForm(bytes, "Biểu 9");
    expect(missing).toEqual({ ok: false, error: expect.objectContaining({ code: "reader.sheet-not-found" }) });
    if (!missing.ok) expect(render("vi", missing.error)).toBe('Không tìm thấy trang tính "Biểu 9" trong tệp.');
  });

  it.each([
    ["an empty file", new Uint8Array(0), "reader.empty-file"],
    ["a CSV renamed .xlsx", new TextEncoder().encode("TT,Nội dung,Đơn vị tính\n1,Tổng số,người\n"), "reader.text"],
    ["an old .xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), "reader"],
    ["a truncated workbook", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "reader.zip-corrupt"],
  ])("refuses %s with the reader's message", async (_name, bytes, code) => {
    const read = await readTypedForm(bytes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code.startsWith(code)).toBe(true);
    expect(render("vi", read.error)).toMatch(/[ệếạảớ]/);
  });

  it("refuses a zip bomb hidden in a part it does not need, before ExcelJS inflates it", async () => {
    const parts = unzipSync(await typedXlsx([TYPED_FORM]));
    parts["xl/media/image1.bin"] = new Uint8Array(48 * 2 ** 20);
    const read = await readTypedForm(zipSync(parts));
    expect(read).toEqual({ ok: false, error: expect.objectContaining({ code: "reader.inflate-ratio" }) });
  });

  it("refuses a sheet far larger than any form, naming the limit", async () => {
    const read = await readTypedForm(
      await typedXlsx([
        {
          ...TYPED_FORM,
          rows: [
            ...TYPED_FORM.rows,
            ...new Array<string[]>(9000).fill([]),
            [
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              "x",
            ],
          ],
        },
      ]),
    );
    expect(read).toEqual({ ok: false, error: expect.objectContaining({ code: "reader.too-many-cells" }) });
    if (!read.ok) expect(render("vi", read.error)).toContain("200.000");
  });

  it("imports the typed file: merged title, empty column under a merged header, indented part, formula label", async () => {
    const read = await readTypedForm(await typedXlsx([TYPED_FORM]));
    if (!read.ok) throw new Error(render("en", read.error));
    const proposal = proposeDefinition(read.value.sheets);
    const line = (label: string) => proposal.lines.find((l) => l.label === label);
    expect(proposal.sheets.sheets[0].rows[1]).toEqual([
      "bao-cao-hoat-dong-cong-doan-co-so",
      1,
      "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ",
      null,
      null,
      null,
      null,
    ]); // title_en, source, todo, previous_versions
    expect(proposal.lines.filter((l) => l.label === "Trong đó: nữ").map((l) => [l.code, l.parent])).toEqual([
      ["TONG_LAO_DONG_NU", "TONG_LAO_DONG"],
      ["LAO_DONG_THIEU_VIEC_LAM_NU", "LAO_DONG_THIEU_VIEC_LAM"],
    ]);
    expect(line("Tiền lương bình quân tháng của 1 người lao động")).toEqual(expect.objectContaining({ aggregation: "weighted_average" }));
    expect(line("Số hội nghị")?.todo).toMatch(/công thức/);
  });
});

describe("writeDefinitionFile", () => {
  const hostile = '=HYPERLINK("http://x.invalid","bấm")';
  const sheets = {
    sheets: [
      {
        name: DEFINITION_SHEETS.settings,
        rows: [
          ["form_id", "version", "title_vi"],
          ["bieu-thu", 1, "Biểu thử"],
        ],
      },
      {
        name: DEFINITION_SHEETS.indicators,
        rows: [
          ["table_id", "code", "label_vi", "type", "todo"],
          ["B01", "TONG", hostile, "whole", "CẦN XEM: stock hay flow?"],
          ["B01", "TONG_NU", "001", "whole", null],
        ],
      },
    ],
  };

  it('writes every cell back as it was given, text as text: no formula, no number from "001"', async () => {
    const bytes = await writeDefinitionFile(sheets);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["settings", "indicators"]);
    const values = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      return Array.from({ length: sheet.rowCount }, (_, r) =>
        Array.from({ length: sheet.columnCount }, (_, c) => sheet.getCell(r + 1, c + 1).value ?? null),
      );
    };
    expect(values("settings")).toEqual(sheets.sheets[0].rows);
    expect(values("indicators")).toEqual(sheets.sheets[1].rows);
    const xml = Object.entries(unzipSync(bytes))
      .filter(([path]) => path.startsWith("xl/worksheets/"))
      .map(([, data]) => strFromU8(data))
      .join("");
    expect(xml).not.toMatch(/<f>/);
  });

  it("makes the header row bold and frozen, the todo column stand out, and the columns readable", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await writeDefinitionFile(sheets)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("indicators")!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
    const todo = sheet.getCell("E2");
    expect(todo.fill).toEqual(expect.objectContaining({ type: "pattern", fgColor: expect.objectContaining({ argb: "FFFFE699" }) }));
    expect(sheet.getCell("E3").fill?.type ?? "none").not.toBe("pattern");
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(hostile.length);
    expect(sheet.getCell("C2").numFmt).toBe("@");
  });
});
