/**
 * Drives the standalone page's Tổng hợp view as a user does: the files chosen through the file
 * chooser, the merging unit typed in, "Tổng hợp" clicked, every progress text recorded, the workbook
 * downloaded. Shared by the browser tests and the benches that time the page's Web Worker.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { Level } from "../../src/domain/definition";
import { t } from "../../src/taskpane/strings";

export interface PageMerge {
  /** From the click on "Tổng hợp" to the download button. */
  readonly ms: number;
  /** Every distinct text the progress area showed, in order. */
  readonly progress: readonly string[];
  /** The steps the page marked current (đọc tệp, kiểm tra, tổng hợp, ghi tệp), in the order first seen. */
  readonly steps: readonly string[];
  readonly summary: string;
  /** The downloaded consolidated workbook. */
  readonly xlsx: Uint8Array;
}

/** `beforeRun` is called just before the click (a bench samples memory there). */
export async function mergeOnPage(
  page: Page,
  paths: readonly string[],
  unit: { code: string; name: string; level: Level },
  timeoutMs: number,
  beforeRun: () => void = () => undefined,
): Promise<PageMerge> {
  await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 30000 });
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).click(),
  ]);
  await chooser.setFiles([...paths]);
  await page.getByText(t("vi", "merge.view.chosenHeading", { count: paths.length })).waitFor({ timeout: 60000 });
  await page.getByLabel(t("vi", "merge.view.unitCode")).fill(unit.code);
  await page.getByLabel(t("vi", "merge.view.unitName")).fill(unit.name);
  await page.getByLabel(t("vi", "merge.view.level")).selectOption(unit.level);
  await page.evaluate(() => {
    const seen: string[] = [];
    const steps: string[] = [];
    Object.assign(window, { progressSeen: seen, stepsSeen: steps });
    const status = document.querySelector('[data-testid="merge-status"]');
    if (!status) return;
    new MutationObserver(() => {
      const text = status.textContent ?? "";
      if (text && seen[seen.length - 1] !== text) seen.push(text);
      const step = status.querySelector('[aria-current="step"]')?.textContent ?? "";
      if (step && !steps.includes(step)) steps.push(step);
    }).observe(status, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  beforeRun();
  const started = performance.now();
  await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
  await page.getByTestId("merge-download").waitFor({ timeout: timeoutMs });
  const ms = performance.now() - started;
  const { progress, steps } = await page.evaluate(() => {
    const seen = window as unknown as { progressSeen: string[]; stepsSeen: string[] };
    return { progress: seen.progressSeen, steps: seen.stepsSeen };
  });
  const summary = (await page.getByTestId("merge-summary").textContent()) ?? "";
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge-download").click()]);
  const xlsx = new Uint8Array(readFileSync(await download.path()));
  return { ms, progress, steps, summary, xlsx };
}

/**
 * Starts a merge of `count` copies of one workbook on the Tổng hợp view (already open) and cancels it once it
 * runs, then waits for "cancelled". The caller checks that no result appears.
 */
export async function startAndCancel(page: Page, bytes: Buffer, count: number, waitForProgress = false): Promise<void> {
  const many = Array.from({ length: count }, (_, i) => ({
    name: `cd-${i}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  }));
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).click(),
  ]);
  await chooser.setFiles(many);
  await page.getByLabel(t("vi", "merge.view.unitCode")).fill("LDLD-TEST");
  await page.getByLabel(t("vi", "merge.view.unitName")).fill("LĐLĐ huyện Thử");
  await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
  if (waitForProgress) await page.getByTestId("merge-progress").waitFor({ timeout: 10000 });
  await page.getByRole("button", { name: t("vi", "merge.view.cancel") }).click({ timeout: 10000 });
  await page.getByText(t("vi", "merge.view.cancelled")).waitFor({ timeout: 10000 });
}
