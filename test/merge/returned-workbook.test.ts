/**
 * merge --feedback's returned workbook, on real files: the unit's own file (our writer, then edited the
 * way a unit types), merged, returned with the comments, checked by `validate`, corrected and checked
 * again, and opened and re-saved by LibreOffice.
 */
import { mkdtempSync, writeFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { FigureKey } from "../../src/domain/submission";
import { cellName } from "../../src/domain/definition/names";
import { mergeFiles } from "../../src/app/merge";
import { feedbackContent } from "../../src/domain/merge/feedback";
import { returnedWorkbook } from "../../src/workbook/file/returned-workbook";
import { validateFile } from "../../src/cli/commands/validate";
import { CarriedCatalogs } from "../../src/domain/definition/carried-definition";
import { render } from "../../src/domain/i18n/message";
import { describeWithLibreOffice, resaveWithLibreOffice } from "../support/libreoffice";
import { catalog, DISTRICT, unitWorkbook } from "./support";

jest.setTimeout(180_000);

const figs = (pairs: [string, number][]) => new Map<FigureKey, number | null>(pairs.map(([k, v]) => [`${k}@value` as FigureKey, v]));

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Where a figure's cell is, by its defined name. */
function cellOf(wb: ExcelJS.Workbook, code: string): ExcelJS.Cell {
  const name = cellName(code, "value");
  const ref = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((n) => n.name === name)!.ranges[0];
  const [, sheet, address] = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  return wb.getWorksheet(sheet)!.getCell(`${address}${/(\d+)$/.exec(ref)![1]}`);
}

/** Every cell's value of every sheet but the added one: what the unit typed and what the template holds. */
function allValues(wb: ExcelJS.Workbook, skip: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of wb.worksheets) {
    if (sheet.name === skip) continue;
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => void out.set(`${sheet.name}!${cell.address}`, JSON.stringify(cell.value))),
    );
  }
  return out;
}

const errorsOf = (path: string) => {
  const { outcome } = validateFile(new CarriedCatalogs(), path);
  if (outcome.status !== "checked") throw new Error("unreadable");
  return outcome.issues
    .filter((i) => i.severity === "error")
    .map((i) => i.id)
    .sort();
};

describe("the workbook returned to a unit", () => {
  const dir = mkdtempSync(join(tmpdir(), "tra-lai-"));
  let sent: Uint8Array;
  let returned: Uint8Array;
  let typed: string;

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // DV_NU > DV_TONG (a rule error), and the unit typed words into LD_TONG (a type error).
    const wb = await open(
      await unitWorkbook(
        "C",
        figs([
          ["LD_TONG", 20],
          ["LD_NU", 10],
          ["DV_TONG", 5],
          ["DV_NU", 9],
        ]),
        { name: "CĐCS Công ty C" },
      ),
    );
    typed = "hai mươi";
    cellOf(wb, "LD_TONG").value = typed;
    sent = new Uint8Array(await wb.xlsx.writeBuffer());
    const good = await unitWorkbook(
      "A",
      figs([
        ["LD_TONG", 20],
        ["LD_NU", 10],
        ["DV_TONG", 5],
        ["DV_NU", 2],
      ]),
    );
    const outcome = await mergeFiles(
      catalog,
      [
        { name: "a.xlsx", bytes: good },
        { name: "c.xlsx", bytes: sent },
      ],
      { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-15" },
    );
    if (!outcome.ok) throw new Error("expected a merge");
    const report = outcome.result.files[1];
    const content = feedbackContent(report, outcome.problems.get(1) ?? [], DISTRICT.name, "2026-06-15");
    returned = (await returnedWorkbook(sent, content))!;
    writeFileSync(join(dir, "sent.xlsx"), sent);
    writeFileSync(join(dir, "returned.xlsx"), returned);
  });

  it("gives every reason of a refused file: its type error and its rule error", async () => {
    const outcome = await mergeFiles(catalog, [{ name: "c.xlsx", bytes: sent }], { campaignId: "tk-3105-2026", mergingUnit: DISTRICT });
    const report = outcome.ok ? outcome.result.files[0] : outcome.files[0];
    expect(report.status).toBe("rejected");
    const codes = report.reasons.map((r) => r.code);
    expect(codes).toContain("type:LD_TONG@value");
    expect(codes.some((c) => c.startsWith("PART_DV_NU_LE_DV_TONG"))).toBe(true);
    expect(outcome.problems.get(0)!.map((p) => [p.id, p.severity])).toEqual(
      expect.arrayContaining([
        ["type:LD_TONG@value", "error"],
        ["PART_DV_NU_LE_DV_TONG@value", "error"],
      ]),
    );
  });

  it("opens on 'Ý kiến của cấp trên', which lists each problem in Vietnamese with its cell, a link, who returns it and the date", async () => {
    const wb = await open(returned);
    const first = wb.worksheets
      .slice()
      .sort((a, b) => (a as unknown as { orderNo: number }).orderNo - (b as unknown as { orderNo: number }).orderNo)[0];
    expect(first.name).toBe("Ý kiến của cấp trên");
    const text = JSON.stringify(first.getSheetValues());
    expect(text).toContain(DISTRICT.name);
    expect(text).toContain("15/06/2026");
    expect(text).toContain("CĐCS Công ty C (C)");
    expect(text).toContain("Bị từ chối");
    const ld = cellOf(wb, "LD_TONG");
    const links: string[] = [];
    first.eachRow((row) => row.eachCell((cell) => void (cell.formula?.startsWith("HYPERLINK") && links.push(cell.formula))));
    expect(links).toContain(`HYPERLINK("#'${ld.worksheet.name}'!${ld.address}","${ld.worksheet.name}!${ld.address}")`);
    expect(links.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps every cell the unit typed, and marks the problem cells with a fill and a note", async () => {
    const before = await open(sent);
    const after = await open(returned);
    expect(allValues(after, "Ý kiến của cấp trên")).toEqual(allValues(before, "Ý kiến của cấp trên"));
    const ld = cellOf(after, "LD_TONG");
    expect(ld.value).toBe(typed);
    expect(ld.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFC7CE" } });
    expect(String(ld.note)).toContain("Lỗi");
    expect(cellOf(after, "DV_NU").note).toBeDefined();
    // Unmarked input cells keep their own style (still unlocked for the unit to type into).
    expect(cellOf(after, "DV_TONG").protection).toEqual(cellOf(before, "DV_TONG").protection);
    expect(ld.protection).toEqual(cellOf(before, "LD_TONG").protection);
  });

  it("passes validate once the unit corrects the figures: the marks and the sheet do not count", async () => {
    expect(errorsOf(join(dir, "returned.xlsx"))).toEqual(errorsOf(join(dir, "sent.xlsx")));
    const wb = await open(returned);
    cellOf(wb, "LD_TONG").value = 20;
    cellOf(wb, "DV_NU").value = 4;
    writeFileSync(join(dir, "fixed.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(errorsOf(join(dir, "fixed.xlsx"))).toEqual([]);
  });

  it("says so when the file is not a workbook it can add to", async () => {
    const content = feedbackContent(
      {
        index: 0,
        name: "x.pdf",
        unitCode: null,
        unitName: null,
        level: null,
        kind: null,
        datePrepared: null,
        status: "rejected",
        reasons: [],
        unitsCounted: 0,
      },
      [],
      "X",
      "2026-06-15",
    );
    expect(await returnedWorkbook(new TextEncoder().encode("%PDF-1.4"), content)).toBeNull();
  });

  it("lists the reasons that have no cell (another campaign) in words", async () => {
    const other = await unitWorkbook("D", figs([["LD_TONG", 1]]), { campaignId: "tk-3011-2026" });
    const outcome = await mergeFiles(
      catalog,
      [
        { name: "a.xlsx", bytes: sent },
        { name: "d.xlsx", bytes: other },
      ],
      { campaignId: "tk-3105-2026", mergingUnit: DISTRICT },
    );
    const report = (outcome.ok ? outcome.result.files : outcome.files).find((f) => f.name === "d.xlsx")!;
    const content = feedbackContent(report, outcome.problems.get(report.index) ?? [], DISTRICT.name, "2026-06-15");
    expect(content.lines.map((l) => l.text)).toEqual([render("vi", report.reasons[0])]);
    expect(content.lines[0].text).toContain("kỳ báo cáo khác");
  });

  describeWithLibreOffice("in LibreOffice", () => {
    it("opens and re-saves the returned workbook: sheet first, links kept, same checks", async () => {
      const saved = await resaveWithLibreOffice(returned);
      writeFileSync(join(dir, "lo.xlsx"), saved);
      const wb = await open(saved);
      expect(wb.worksheets[0].name).toBe("Ý kiến của cấp trên");
      const formulas: string[] = [];
      wb.worksheets[0].eachRow((row) => row.eachCell((cell) => void (cell.formula && formulas.push(cell.formula))));
      expect(formulas.some((f) => /^HYPERLINK\("#'?Biểu/.test(f))).toBe(true);
      expect(errorsOf(join(dir, "lo.xlsx"))).toEqual(errorsOf(join(dir, "sent.xlsx")));
      expect(String(cellOf(wb, "LD_TONG").note ?? "")).not.toBe("");
    });
  });
});
