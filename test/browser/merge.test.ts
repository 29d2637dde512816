/**
 * The Tổng hợp view, standalone in chromium: choose several files through the file chooser, watch the
 * worker's progress, download the consolidated workbook and read it back; cancel a long run; the sample.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import { readSubmission } from "../../src/domain/check";
import type { FigureKey } from "../../src/domain/submission";
import { readWorkbook } from "../../src/workbook/file/reader";
import { describeWithBrowser, offHostRequests, openBrowser, type BrowserSession } from "../support/browser";
import { catalog, unitWorkbook } from "../merge/support";
import { startAndCancel } from "../support/merge-page";
import { render } from "../../src/domain/i18n/message";

let session: BrowserSession | null = null;
const dir = mkdtempSync(join(tmpdir(), "merge-view-"));

async function unit(code: string, members: number): Promise<string> {
  const figures = new Map<FigureKey, number>([
    ["LD_TONG@value", members * 2],
    ["DV_TONG@value", members],
    ["SK_GIATRI@value", 0.1],
  ]);
  const path = join(dir, `${code}.xlsx`);
  writeFileSync(path, await unitWorkbook(code, figures));
  return path;
}

let paths: string[] = [];
beforeAll(async () => {
  paths = [await unit("CD01", 10), await unit("CD02", 20), await unit("CD03", 30)];
  const junk = join(dir, "khong-phai-excel.xlsx");
  writeFileSync(junk, "xin gửi báo cáo sau");
  paths.push(junk);
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openMerge(page: Page): Promise<void> {
  await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 15000 });
}

/** Records every progress text the page shows, however briefly. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    const status = document.querySelector('[data-testid="merge-status"]')!;
    new MutationObserver(() => {
      const text = status.textContent ?? "";
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(status, { subtree: true, childList: true, characterData: true });
  });
}

describeWithBrowser("the Tổng hợp view, standalone in chromium", () => {
  it("merges files chosen through the file chooser, shows progress and results, and downloads a workbook that reads back", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await openMerge(page);
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).click(),
    ]);
    await chooser.setFiles(paths);
    await page.getByText(t("vi", "merge.view.chosenHeading", { count: 4 })).waitFor();
    await page.getByLabel(t("vi", "merge.view.unitCode")).fill("LDLD-TEST");
    await page.getByLabel(t("vi", "merge.view.unitName")).fill("LĐLĐ huyện Thử");
    await recordProgress(page);
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();

    await page.getByTestId("merge-results").waitFor({ timeout: 30000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.some((s) => /Đang (đọc tệp|kiểm tra tệp)/.test(s))).toBe(true);
    // The steps in order, never "preparing" once the files are read.
    const last = (text: string) => seen.map((s, i) => (s.includes(text) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    // Writing the workbook (ExcelJS) lasts long enough to be seen; consolidating four files may pass between two frames.
    expect(last(t("vi", "merge.view.writing"))).toBeGreaterThan(last("Đang đọc tệp"));
    expect(seen.slice(seen.findIndex((s) => s.includes("Đang đọc tệp"))).some((s) => s.includes(t("vi", "merge.view.preparing")))).toBe(
      false,
    );
    const summary = await page.getByTestId("merge-summary").textContent();
    expect(summary).toContain(`${t("vi", "merge.summary.rejected")}: 1`);
    expect(summary).toContain(`${t("vi", "merge.summary.units")}: 3`);
    await expect(page.getByTestId("merge-audit").textContent()).resolves.toContain("ĐẠT");
    await expect(page.getByTestId("merge-files").getByText("khong-phai-excel.xlsx").isVisible()).resolves.toBe(true);
    // The chart is a figure of text bars (its labels real text, never an image scaled down).
    await expect(page.getByRole("figure", { name: t("vi", "merge.view.chart.members") }).isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole("list", { name: t("vi", "merge.view.chart.members") })
        .getByRole("listitem")
        .count(),
    ).resolves.toBe(3);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge-download").click()]);
    expect(download.suggestedFilename()).toBe("tong-hop-LDLD-TEST.xlsx");
    const saved = join(dir, "downloaded.xlsx");
    await download.saveAs(saved);
    const read = readWorkbook(new Uint8Array(readFileSync(saved)));
    if (!read.ok) throw new Error(render("en", read.error));
    const sub = readSubmission(catalog, read.value.workbook).submission!;
    expect(sub.kind).toBe("consolidated");
    expect(sub.identification.unitCode).toBe("LDLD-TEST");
    expect(sub.figures.get("DV_TONG@value")).toBe(60);
    expect(sub.figures.get("SK_GIATRI@value")).toBe(0.3);
    expect(offHostRequests(session.requests)).toEqual([]);
  });

  it("cancels a long run for real: no result appears", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await openMerge(page);
    await startAndCancel(page, readFileSync(paths[0]), 300);
    await page.waitForTimeout(500);
    await expect(page.getByTestId("merge-results").count()).resolves.toBe(0);
  });

  it("offers the sample district", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await openMerge(page);
    await page.getByRole("button", { name: t("vi", "merge.view.sample") }).click();
    await page.getByTestId("merge-results").waitFor({ timeout: 60000 });
    await expect(page.getByTestId("merge-roster").textContent()).resolves.toContain(t("vi", "merge.roster.missing"));
  });
});
