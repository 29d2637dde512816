/**
 * The national merge through the standalone page's Web Worker in chromium, at a small scale (issue 12;
 * `npm run bench:national -- --browser` runs the same path with 34 provinces × 4,000 CĐCS and times it):
 * three province workbooks, each carrying the register of its 50 CĐCS, chosen through the file chooser
 * and merged as the national office; the page shows its four steps, and the downloaded workbook holds
 * every CĐCS once with figures equal to sums computed here, a row per province, and a passed self-audit.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { t } from "../../src/taskpane/strings";
import { readSubmission } from "../../src/domain/check";
import { BREAKDOWN_NAME } from "../../src/domain/definition";
import { consolidatedPlan, directUnitsSheetName, mergeSubmissions, type AcceptedFile } from "../../src/domain/merge";
import type { FigureKey } from "../../src/domain/submission";
import { readWorkbook } from "../../src/workbook/file/reader";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { describeWithBrowser, offHostRequests, openBrowser, type BrowserSession } from "../support/browser";
import { mergeOnPage } from "../support/merge-page";
import { campaign, catalog, unitFile } from "../merge/support";
import { render } from "../../src/domain/i18n/message";

jest.setTimeout(300_000);

const PROVINCES = 3;
const CDCS = 50;
let session: BrowserSession | null = null;
const dir = mkdtempSync(join(tmpdir(), "national-page-"));
let paths: string[] = [];

/** CĐCS number i: members, workers and money with three decimals, some left blank. */
function figuresOf(i: number): Map<FigureKey, number | null> {
  return new Map<FigureKey, number | null>([
    ["LD_TONG@value", 200 + (i % 41)],
    ["DV_TONG@value", 100 + (i % 29)],
    ["NTM_TIEN@value", i % 6 === 0 ? null : (2000 + i * 7) / 1000],
  ]);
}

/** Exact sums in thousandths over every CĐCS, computed without the product's code. */
function expected(): Map<FigureKey, number> {
  const totals = new Map<FigureKey, bigint>();
  for (let i = 0; i < PROVINCES * CDCS; i++) {
    for (const [key, value] of figuresOf(i))
      if (value !== null) totals.set(key, (totals.get(key) ?? 0n) + BigInt(Math.round(value * 1000)));
  }
  return new Map([...totals].map(([key, milli]) => [key, Number(milli) / 1000]));
}

describeWithBrowser("the national merge through the page's Web Worker", () => {
  beforeAll(async () => {
    const c = campaign();
    for (let p = 0; p < PROVINCES; p++) {
      const accepted: AcceptedFile[] = [];
      for (let k = 0; k < CDCS; k++) {
        const i = p * CDCS + k;
        accepted.push(
          unitFile(
            { code: `T${p + 1}-${String(k + 1).padStart(3, "0")}`, name: `CĐCS số ${i + 1}`, date: "2026-06-05", figures: figuresOf(i) },
            c,
            `cd-${i}.xlsx`,
            k,
          ),
        );
      }
      const result = mergeSubmissions({
        catalog,
        campaign: c,
        mergingUnit: { code: `T${p + 1}`, name: `LĐLĐ tỉnh ${p + 1}`, level: "tinh" },
        accepted,
        rejected: [],
      });
      const path = join(dir, `T${p + 1}.xlsx`);
      writeFileSync(path, await writeWorkbook(consolidatedPlan(catalog, result, "2026-06-15").plan));
      paths.push(path);
    }
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
    paths = [];
  });

  it("merges province workbooks with their registers, shows its steps, and downloads exact national figures", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html", { viewport: { width: 800, height: 900 } });
    const run = await mergeOnPage(page, paths, { code: "TLD", name: "Tổng Liên đoàn Lao động Việt Nam", level: "tw" }, 120_000);

    // The four steps, in order, and the files named while they were checked.
    expect(run.steps).toEqual(
      (["merge.view.stage.read", "merge.view.stage.check", "merge.view.stage.merge", "merge.view.stage.write"] as const).map((key) =>
        t("vi", key),
      ),
    );
    expect(run.progress.some((text) => text.includes("T3.xlsx"))).toBe(true);
    expect(run.summary).toContain(`${t("vi", "merge.summary.units")}: ${PROVINCES * CDCS}`);
    expect(run.summary).toContain(`${t("vi", "merge.summary.rejected")}: 0`);
    await expect(page.getByTestId("merge-audit").textContent()).resolves.toContain("ĐẠT");

    const read = readWorkbook(run.xlsx);
    if (!read.ok) throw new Error(render("en", read.error));
    const sub = readSubmission(catalog, read.value.workbook).submission!;
    expect(sub).toMatchObject({ kind: "consolidated", identification: { unitCode: "TLD", level: "tw" } });
    for (const [key, value] of expected()) expect([key, sub.figures.get(key)]).toEqual([key, value]);
    expect(sub.figures.get("CS_TONG@value")).toBe(PROVINCES * CDCS);
    // Every CĐCS in the register, once; a row per province beside it.
    const register = read.value.workbook.names.get(BREAKDOWN_NAME)!;
    expect(register.cells.length - 1).toBe(PROVINCES * CDCS);
    expect(new Set(register.cells.slice(1).map((row) => row[0].value)).size).toBe(PROVINCES * CDCS);
    expect(read.value.workbook.sheets.map((s) => s.name)).toContain(directUnitsSheetName());
    expect(offHostRequests(session.requests)).toEqual([]);
  });
});
