/**
 * Printing, as LibreOffice renders it to PDF: the "Chi tiết theo đơn vị" breakdown of a 50-unit
 * district prints legibly in landscape on a sensible number of pages (a dozen figure columns a page,
 * unit code and name repeated on every page), and "Hướng dẫn" wraps within a portrait page. Words are
 * located with `pdftotext -bbox`: a word outside the page box is a line that ran off the page.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { consolidatedPlan, breakdownSheetName } from "../../src/domain/merge";
import { buildTemplate } from "../../src/domain/layout";
import { instructionsSheetName } from "../../src/domain/layout/instructions-sheet";
import type { WorkbookPlan } from "../../src/domain/layout/plan";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { t } from "../../src/domain/i18n/strings";
import { convertWorkbook, describeWithLibreOffice } from "../support/libreoffice";
import { campaign, catalog, DISTRICT, merge, unitFile } from "../merge/support";
import { campaignOf, catalogOf } from "../columns/catalog";

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}
interface Page {
  readonly width: number;
  readonly words: readonly Word[];
}

const unescapeXml = (text: string): string =>
  text.replace(/&(quot|amp|lt|gt|apos);/g, (_, e: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" })[e]!);

/** Every page of a PDF with its words and their horizontal extent (pdftotext -bbox, poppler). */
function pdfPages(pdf: Uint8Array): Page[] {
  const dir = mkdtempSync(join(tmpdir(), "print-"));
  try {
    writeFileSync(join(dir, "out.pdf"), pdf);
    const run = spawnSync("pdftotext", ["-bbox", join(dir, "out.pdf"), "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return [...run.stdout.matchAll(/<page width="([\d.]+)" height="[\d.]+">([\s\S]*?)<\/page>/g)].map((p) => ({
      width: Number(p[1]),
      words: [...p[2].matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g)].map((w) => ({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        text: unescapeXml(w[4]),
      })),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One sheet of a plan, alone in a workbook, printed to PDF by LibreOffice. */
async function printSheet(plan: WorkbookPlan, sheetName: string): Promise<Page[]> {
  const sheet = plan.sheets.find((s) => s.name === sheetName)!;
  const bytes = await writeWorkbook({ ...plan, sheets: [sheet], names: plan.names.filter((n) => n.sheet === sheetName) });
  const out = await convertWorkbook(bytes, "pdf:calc_pdf_Export");
  const pdf = [...out.values()][0];
  return pdfPages(pdf);
}

const offPage = (pages: readonly Page[]): string[] =>
  pages.flatMap((p, i) =>
    p.words.filter((w) => w.xMin < 0 || w.xMax > p.width).map((w) => `page ${i + 1}: "${w.text}" at ${w.xMin}–${w.xMax} of ${p.width}`),
  );

/** pdftotext (poppler-utils) reads the PDF's words: like LibreOffice, required under CI and skipped visibly elsewhere. */
function pdftotextAvailable(): boolean {
  if (spawnSync("pdftotext", ["-v"]).error === undefined) return true;
  const message = "printing through LibreOffice: pdftotext not found on PATH; install poppler-utils.";
  if (process.env.CI) throw new Error(`${message} Required under CI.`);
  console.warn(`SKIPPED ${message}`);
  return false;
}

(pdftotextAvailable() ? describeWithLibreOffice : describe.skip)("printing through LibreOffice", () => {
  it("prints a 50-unit district's breakdown in landscape, about a dozen figure columns a page, code and name on every page", async () => {
    const c = campaign("tk-3105-2026");
    const files = Array.from({ length: 50 }, (_, i) => {
      const figures = new Map<FigureKey, number>([
        ["DV_TONG@value", 100 + i],
        ["LD_TONG@value", 250 + i],
      ]);
      return unitFile(
        {
          code: `MC-${String(i + 1).padStart(3, "0")}`,
          name: `CĐCS Trường Tiểu học số ${i + 1} xã Mường Mươn`,
          date: "2026-06-05",
          figures,
        },
        c,
        `mc-${i + 1}.xlsx`,
        i,
      );
    });
    const result = merge(files, DISTRICT, null, c);
    const pages = await printSheet(consolidatedPlan(catalog, result, "2026-06-15").plan, breakdownSheetName());
    const keys = result.keys.length;

    expect(offPage(pages)).toEqual([]);
    for (const page of pages) expect(page.width).toBeGreaterThan(800); // landscape A4 (842 pt)
    // The "units that reported" line under the totals has a number in every figure column (50 or 0):
    // counting them on each page that shows the line counts the figure columns that page holds.
    const reportedLabel = t("vi", "merge.breakdown.reported").split(" ").slice(0, 4).join(" ");
    const perPage = pages.flatMap((p) => {
      const line = p.words.find(
        (w, i) =>
          p.words
            .slice(i, i + 4)
            .map((x) => x.text)
            .join(" ") === reportedLabel,
      );
      return line ? [p.words.filter((w) => Math.abs(w.yMin - line.yMin) < 2 && /^\d+$/.test(w.text)).length] : [];
    });
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(keys);
    // Every page between the first (which also holds level, via and date) and the last holds at least ten figure columns.
    expect(perPage[0]).toBeGreaterThanOrEqual(6);
    expect(perPage.slice(1, -1).filter((n) => n < 10)).toEqual([]);
    // Code and name of the units on every page: the first unit of a page's rows is named on it.
    for (const page of pages) expect(page.words.some((w) => w.text.startsWith("MC-0"))).toBe(true);
    // The unit's name printed whole: it wraps onto a second line inside its row (the row is made tall
    // enough), so its last word sits below its first line and above the next unit's name, not cut off.
    const first = pages[0]!.words;
    const names = first.filter((w) => w.text === "CĐCS").sort((a, b) => a.yMin - b.yMin);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(first.some((w) => w.text === "Mươn" && w.yMin > names[0]!.yMin + 3 && w.yMin < names[1]!.yMin)).toBe(true);
    const columnPages = Math.ceil(keys / 10) + 1;
    // 50 units whose names take two lines each fill three pages down (two when names were cut to one line).
    expect(pages.length).toBeLessThanOrEqual(columnPages * 3);
    console.info(`breakdown of 50 units × ${keys} figure columns: ${pages.length} pages (figure columns a page: ${perPage.join(", ")})`);
  }, 300_000);

  it.each(["tk-3105-2026", "tk10-nq6a-2011-2020"])(
    "keeps every line of Hướng dẫn (%s) within a portrait page",
    async (id) => {
      const { plan } = buildTemplate({
        catalog,
        campaign: campaign(id),
        unit: { unitName: "CĐCS Công ty Cổ phần Cà phê Điện Biên", unitCode: "DB-001", level: "cdcs" },
      });
      const pages = await printSheet(plan, instructionsSheetName());
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      for (const page of pages) expect(page.width).toBeLessThan(600); // portrait A4 (595 pt)
      expect(offPage(pages)).toEqual([]);
      // Nothing lost at the edges: every word of the sheet's text is on the pages.
      const printed = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
      const sheet = plan.sheets.find((s) => s.name === instructionsSheetName())!;
      const words = sheet.cells.flatMap((cell) => String(cell.value ?? "").split(/\s+/)).filter((w) => w.length > 0);
      expect(words.filter((w) => !printed.has(w))).toEqual([]);
    },
    300_000,
  );

  it("prints a sector matrix with its own columns on one landscape page across, every header word on it", async () => {
    const columns = catalogOf();
    const { plan } = buildTemplate({
      catalog: columns,
      campaign: campaignOf(columns),
      unit: { unitName: "CĐCS Công ty Cổ phần Cà phê Điện Biên", unitCode: "DB-001", level: "cdcs" },
    });
    const pages = await printSheet(plan, "Biểu 01");
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeGreaterThan(800); // landscape A4 (842 pt)
    expect(offPage(pages)).toEqual([]);
    const printed = new Set(pages[0]!.words.map((w) => w.text));
    for (const word of ["Chia", "HCSN", "ĐTNN", "Tổng", "chú"]) expect([word, printed.has(word)]).toEqual([word, true]);
  }, 300_000);
});
