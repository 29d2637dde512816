/**
 * The real world: a definition workbook opened and saved by LibreOffice keeps every value (labels that
 * look like formulas stay text), and a form an officer typed and saved in LibreOffice imports to the same
 * proposal as the file Excel-style tools write. Skipped with a message when soffice is missing; a failure under CI.
 */
import { proposeDefinition } from "../../src/domain/forms/import";
import { readTypedForm } from "../../src/workbook/file/forms/read-typed-form";
import { writeDefinitionFile } from "../../src/workbook/file/forms/write-definition-file";
import { describeWithLibreOffice, resaveWithLibreOffice, sheetsAsCsv } from "../support/libreoffice";
import { form1 } from "./grids";
import { ANNUAL_REPORT, PLAN_ACTUAL, SECTOR_MATRIX } from "./typed-forms";
import { TYPED_FORM, typedXlsx } from "./typed-xlsx";

jest.setTimeout(180_000);

const cellText = (value: string | number | boolean | null): string => (value === null ? "" : String(value));

describeWithLibreOffice("definition workbooks and typed forms through LibreOffice", () => {
  it("LibreOffice opens the definition workbook and every value survives, text as text", async () => {
    const proposal = proposeDefinition(form1());
    const csv = await sheetsAsCsv(await writeDefinitionFile(proposal.sheets));
    expect([...csv.keys()].sort()).toEqual(proposal.sheets.sheets.map((s) => s.name).sort());
    for (const sheet of proposal.sheets.sheets) {
      const rows = csv.get(sheet.name)!.rows;
      expect(rows.map((row) => row.slice(0, sheet.rows[0].length).map((text) => text.trim()))).toEqual(
        sheet.rows.map((row) => row.map(cellText)),
      );
    }
    // The hostile label came back as the text typed, not as what a HYPERLINK formula would show.
    expect(csv.get("indicators")!.rows.some((row) => row.includes('=HYPERLINK("http://x.invalid","bấm vào đây")'))).toBe(true);
  });

  it("a form saved by LibreOffice imports to the same proposal", async () => {
    const typed = await typedXlsx([TYPED_FORM]);
    const saved = await resaveWithLibreOffice(typed);
    const [a, b] = await Promise.all([readTypedForm(typed), readTypedForm(saved)]);
    if (!a.ok || !b.ok) throw new Error("both files should read");
    const ours = proposeDefinition(a.value.sheets);
    const theirs = proposeDefinition(b.value.sheets);
    expect(theirs.sheets).toEqual(ours.sheets);
    expect(theirs.lines.length).toBeGreaterThan(10);
  });

  it("a district's report and a sector matrix saved by LibreOffice import as typed: title, ids, skipped rows, columns sheet", async () => {
    for (const form of [ANNUAL_REPORT, SECTOR_MATRIX]) {
      const typed = await typedXlsx([form]);
      const saved = await resaveWithLibreOffice(typed);
      const [a, b] = await Promise.all([readTypedForm(typed), readTypedForm(saved)]);
      if (!a.ok || !b.ok) throw new Error("both files should read");
      // LibreOffice writes merges, shared strings and styles its own way; the proposal is the same.
      expect(proposeDefinition(b.value.sheets).sheets).toEqual(proposeDefinition(a.value.sheets).sheets);
    }
    const saved = await readTypedForm(await resaveWithLibreOffice(await typedXlsx([ANNUAL_REPORT])));
    if (!saved.ok) throw new Error("the saved file should read");
    const proposal = proposeDefinition(saved.value.sheets);
    const settings = proposal.sheets.sheets.find((s) => s.name === "settings")!;
    expect(settings.rows[1].slice(0, 3)).toEqual(["bao-cao-ket-qua-hoat-dong-cong-doan", 1, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN"]);
    expect(proposal.lines.map((l) => l.code)).toContain("CONG_DOAN_CO_SO");
    expect(proposal.lines.some((l) => l.label.startsWith("Ví dụ") || l.label === "B")).toBe(false);
  });

  it("a % column computed by formulas, saved by LibreOffice (its formulas written its own way), is still the computed column TH / KH", async () => {
    const form = {
      ...PLAN_ACTUAL,
      // No numbering row: only the formulas say how the % is computed.
      rows: PLAN_ACTUAL.rows.filter((_, i) => i !== 4),
      formulas: {
        F5: { formula: "E5/D5*100", result: 53.3 },
        F6: { formula: "E6/D6*100", result: 40 },
        F7: { formula: "E7/D7*100", result: 43.8 },
      },
    };
    const saved = await readTypedForm(await resaveWithLibreOffice(await typedXlsx([form])));
    if (!saved.ok) throw new Error("the saved file should read");
    const columns = proposeDefinition(saved.value.sheets).sheets.sheets.find((s) => s.name === "columns")!;
    const [header, ...rows] = columns.rows;
    const at = (row: readonly unknown[], key: string) => row[header!.indexOf(key)];
    expect(rows.map((row) => [at(row, "id"), at(row, "role"), at(row, "formula"), at(row, "value_type"), at(row, "todo")])).toEqual([
      ["KH", "input", null, null, null],
      ["TH", "input", null, null, null],
      ["TL", "computed", "TH / KH", "percent", null],
    ]);
  });
});
