/**
 * The measure in the Tổng hợp view, standalone in chromium: files that agree show their measure before
 * the run; files that differ (last year's file chosen first) run nothing until the officer picks, the
 * majority listed first; the merge then runs by the measure picked, never by the first file's.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import type { FigureKey } from "../../src/domain/submission";
import { describeWithBrowser, openBrowser, type BrowserSession } from "../support/browser";
import { unitWorkbook } from "../merge/support";

let session: BrowserSession | null = null;
const dir = mkdtempSync(join(tmpdir(), "merge-measure-view-"));
let thisYear: string[] = [];
let lastYear = "";

async function unit(name: string, code: string, campaignId: string): Promise<string> {
  const figures = new Map<FigureKey, number>([
    ["LD_TONG@value", 20],
    ["DV_TONG@value", 10],
  ]);
  const path = join(dir, name);
  writeFileSync(path, await unitWorkbook(code, figures, { campaignId, date: campaignId.endsWith("2025") ? "2025-06-05" : "2026-06-05" }));
  return path;
}

beforeAll(async () => {
  lastYear = await unit("a-nam-ngoai.xlsx", "CD00", "tk-3105-2025");
  thisYear = [
    await unit("b1.xlsx", "CD01", "tk-3105-2026"),
    await unit("b2.xlsx", "CD02", "tk-3105-2026"),
    await unit("b3.xlsx", "CD03", "tk-3105-2026"),
  ];
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function choose(page: Page, paths: string[]): Promise<void> {
  await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 15000 });
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).click(),
  ]);
  await chooser.setFiles(paths);
  await page.getByLabel(t("vi", "merge.view.unitCode")).fill("LDLD-TEST");
  await page.getByLabel(t("vi", "merge.view.unitName")).fill("LĐLĐ huyện Thử");
}

describeWithBrowser("the measure in the Tổng hợp view", () => {
  it("shows the measure every file carries before the run", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await choose(page, thisYear);
    const agreed = page.getByTestId("merge-measure-agreed");
    await agreed.waitFor({ timeout: 30000 });
    const text = (await agreed.textContent()) ?? "";
    expect(text).toContain("Mọi tệp đọc được (3) cùng mang");
    expect(text).toContain("(tk-3105-2026)");
    await expect(page.getByTestId("merge-results").count()).resolves.toBe(0); // shown before, nothing run
  });

  it("runs nothing while the files differ until a measure is picked, the majority first; then merges by it", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await choose(page, [lastYear, ...thisYear]);
    const choices = page.getByTestId("merge-measure-choices").getByRole("radio");
    await choices.first().waitFor({ timeout: 30000 });
    expect(await choices.count()).toBe(2);
    const labels = await page.getByTestId("merge-measure-choices").locator("label").allTextContents();
    expect(labels[0]).toMatch(/^3 tệp · .*\(tk-3105-2026\)/);
    expect(labels[1]).toMatch(/^1 tệp · .*\(tk-3105-2025\)/);
    expect(await choices.first().isChecked()).toBe(false);

    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByText(t("vi", "measure.view.needPick")).waitFor({ timeout: 10000 });
    await page.waitForTimeout(300);
    await expect(page.getByTestId("merge-results").count()).resolves.toBe(0);

    await choices.first().check();
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByTestId("merge-results").waitFor({ timeout: 30000 });
    const summary = (await page.getByTestId("merge-summary").textContent()) ?? "";
    expect(summary).toContain(`${t("vi", "merge.summary.accepted")}: 3`);
    expect(summary).toContain(`${t("vi", "merge.summary.rejected")}: 1`);
    const cards = page.getByTestId("merge-files").locator(":scope > li");
    await expect(cards.filter({ hasText: "a-nam-ngoai.xlsx" }).textContent()).resolves.toContain("tk-3105-2025");
  });

  it("says first how many files were rejected when most were, before the self-audit's ĐẠT", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await choose(page, [lastYear, ...thisYear]);
    const choices = page.getByTestId("merge-measure-choices").getByRole("radio");
    await choices.first().waitFor({ timeout: 30000 });
    await choices.nth(1).check(); // last year's: one file accepted, three rejected
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByTestId("merge-results").waitFor({ timeout: 30000 });
    const audit = (await page.getByTestId("merge-audit").textContent()) ?? "";
    expect(audit).toMatch(/^CHÚ Ý: 3\/4 tệp bị từ chối — lý do chính: 3 tệp: Tệp thuộc kỳ báo cáo khác/);
    expect(audit.indexOf("CHÚ Ý")).toBeLessThan(audit.indexOf("ĐẠT"));
  });
});
