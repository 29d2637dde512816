/**
 * The officer's loop in the standalone page at 350 × 800, as an officer does it: units' files, the
 * roster and last period's consolidated workbook chosen, the merge run; then the comparison with the
 * previous period, the five largest units per figure, the chase list and summary, and the .zip of
 * files returned to units, downloaded and opened. Screenshots of each state go to test-results/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import type { FigureKey } from "../../src/domain/submission";
import { readWorkbook } from "../../src/workbook/file/reader";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { parseCsv } from "../../src/domain/merge/csv";
import { describeWithBrowser, openBrowser, RESULTS, type BrowserSession } from "../support/browser";
import { catalog, DISTRICT, unitWorkbook } from "../merge/support";

jest.setTimeout(180_000);

let session: BrowserSession | null = null;
const dir = mkdtempSync(join(tmpdir(), "officer-loop-"));
const NARROW = { width: 350, height: 800 };
const figs = (ld: number, dv: number, nu = Math.floor(dv / 2)) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", ld],
    ["LD_NU@value", Math.floor(ld / 2)],
    ["DV_TONG@value", dv],
    ["DV_NU@value", nu],
  ]);
let files: string[] = [];

beforeAll(async () => {
  const last = await mergeFiles(
    catalog,
    [
      { name: "a.xlsx", bytes: await unitWorkbook("CDCS-A", figs(3215, 3000), { name: "CĐCS Công ty Cổ phần Cao su Điện Biên" }) },
      { name: "b.xlsx", bytes: await unitWorkbook("CDCS-B", figs(100, 90), { name: "CĐCS Trường B" }) },
    ],
    { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2025-06-15" },
  );
  if (!last.ok) throw new Error("expected last period's merge");
  writeFileSync(join(dir, "tong-hop-ky-truoc.xlsx"), await writeWorkbook(last.plan));
  const put = async (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  files = [
    await put("a.xlsx", await unitWorkbook("CDCS-A", figs(12, 10), { name: "CĐCS Công ty Cổ phần Cao su Điện Biên" })),
    await put("b.xlsx", await unitWorkbook("CDCS-B", figs(110, 95), { name: "CĐCS Trường B" })),
    await put("c.xlsx", await unitWorkbook("CDCS-C", figs(50, 5, 9), { name: "CĐCS Xã C" })), // DV_NU > DV_TONG: refused
    await put("Bao cao CDCS-E.pdf", "%PDF-1.4"),
  ];
  writeFileSync(
    join(dir, "danh-sach.csv"),
    "Mã đơn vị;Tên đơn vị;Cấp\nCDCS-A;CĐCS Công ty Cổ phần Cao su Điện Biên;cdcs\nCDCS-B;CĐCS Trường B;cdcs\nCDCS-C;CĐCS Xã C;cdcs\nCDCS-D;CĐCS Bệnh viện D;cdcs\nCDCS-E;CĐCS Trường E;cdcs\n",
  );
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function choose(page: Page, button: string, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: button }).click()]);
  await chooser.setFiles(paths);
}

describeWithBrowser("the officer's loop in the standalone page at 350 px", () => {
  it("compares with last period, lists the largest units, writes the chase list and summary, and returns files to units as a .zip", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html", { viewport: NARROW });
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 30000 });
    await choose(page, t("vi", "merge.view.pickFiles"), files);
    await page.getByText(t("vi", "merge.view.chosenHeading", { count: 4 })).waitFor();
    // The file list is one Tab stop: arrows move inside it, Tab leaves it.
    const removers = page.getByTestId("merge-chosen").getByRole("button", { name: /^Bỏ tệp/ });
    await removers.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe(
      t("vi", "merge.view.removeFile", { file: "b.xlsx" }),
    );
    await expect(removers.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("tabindex")))).resolves.toEqual([
      "-1",
      "0",
      "-1",
      "-1",
    ]);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).resolves.not.toMatch(/^Bỏ tệp/);
    await choose(page, t("vi", "merge.view.pickRoster"), [join(dir, "danh-sach.csv")]);
    await choose(page, t("vi", "loop.view.pickPrevious"), [join(dir, "tong-hop-ky-truoc.xlsx")]);
    await page.getByLabel(t("vi", "merge.view.unitCode")).fill(DISTRICT.code);
    await page.getByLabel(t("vi", "merge.view.unitName")).fill(DISTRICT.name);
    await page.getByLabel(t("vi", "loop.view.parent")).fill("LĐLĐ tỉnh Điện Biên");
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByTestId("merge-results").waitFor({ timeout: 60000 });
    // The roster's counts add up, in words.
    await expect(page.getByTestId("merge-roster-sum").textContent()).resolves.toBe(
      t("vi", "loop.view.rosterSum", { submitted: 2, missing: 3, unclear: "", expected: 5, unexpected: 0 }),
    );
    // After the merge, focus is on the download: the next thing to do.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("merge-download");
    // The summary's words, and chart labels whole and legible at 350 px.
    const counts = (await page.getByTestId("merge-summary").textContent()) ?? "";
    expect(counts).toContain(`${t("vi", "merge.summary.files")}: 4`);
    expect(counts).toContain(`${t("vi", "merge.summary.accepted")}: 2`);
    const labels = await page
      .getByTestId("bar-chart")
      .last()
      .locator("li > span:first-child")
      .evaluateAll((spans) =>
        spans.map((s) => ({ text: s.textContent, size: parseFloat(getComputedStyle(s).fontSize), cut: s.scrollWidth > s.clientWidth })),
      );
    expect(labels.map((l) => l.text)).toContain("CĐCS Công ty Cổ phần Cao su Điện Biên");
    for (const label of labels) {
      expect(label.size).toBeGreaterThanOrEqual(11);
      expect(label.cut).toBe(false);
    }
    const chart = page.getByTestId("bar-chart").last();
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: join(RESULTS, "loop-350-chart.png") });

    // The previous period: A's fall is flagged on its card and in the comparison.
    const comparison = page.getByTestId("merge-comparison");
    await expect(comparison.textContent()).resolves.toContain("Tổng số lao động: 12, kỳ trước 3.215 (giảm 99,6 %)");
    await expect(page.locator('[data-file="a.xlsx"]').textContent()).resolves.toContain("kỳ trước 3.215");
    await comparison.scrollIntoViewIfNeeded();
    await comparison.screenshot({ path: join(RESULTS, "loop-350-comparison.png") });

    // Drill-down: the five largest units of a figure, with their share.
    const top = page.getByTestId("merge-top-units");
    await top.locator('[data-figure="LD_TONG@value"] summary').click();
    const ld = (await top.locator('[data-figure="LD_TONG@value"]').textContent()) ?? "";
    expect(ld).toContain("Tổng số lao động: tổng 122");
    expect(ld).toMatch(/CĐCS Trường B: 110 \(90,2 %\).*CĐCS Công ty Cổ phần Cao su Điện Biên: 12 \(9,8 %\)/);
    await top.screenshot({ path: join(RESULTS, "loop-350-top-units.png") });

    // The chase list and the summary to paste.
    const chase = (await page.getByTestId("merge-chase").textContent()) ?? "";
    expect(chase).toContain("Bị từ chối: CĐCS Xã C (CDCS-C) – c.xlsx");
    expect(chase).toContain("Chưa nộp: CĐCS Bệnh viện D (CDCS-D)");
    expect(chase).toContain("Đã gửi, tệp không đọc được: CĐCS Trường E (CDCS-E) – Bao cao CDCS-E.pdf");
    const summary = await page.getByTestId("merge-report-summary").inputValue();
    expect(summary).toContain("Tổng số đơn vị trực thuộc: 5.");
    expect(summary).toContain("Đã nộp: 2 đơn vị");
    expect(summary).toContain("- Tổng số lao động: 122");
    const followUp = page.getByTestId("merge-followup");
    await followUp.scrollIntoViewIfNeeded();
    await followUp.screenshot({ path: join(RESULTS, "loop-350-chase-list.png") });

    // The .zip: the refused unit's own file with the comments, and the chase list.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge-returned-zip").click()]);
    expect(download.suggestedFilename()).toBe(`tra-lai-don-vi-${DISTRICT.code}.zip`);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(zip).sort()).toEqual(["danh-sach-don-doc.csv", "tra-lai-c.xlsx"]);
    const returned = readWorkbook(zip["tra-lai-c.xlsx"]);
    if (!returned.ok) throw new Error("the returned workbook does not read");
    expect(returned.value.workbook.sheets[0].name).toBe("Ý kiến của cấp trên");
    const rows = parseCsv(new TextDecoder().decode(zip["danh-sach-don-doc.csv"]));
    expect(rows.find((r) => r[0] === "CDCS-C")![4]).toContain("tra-lai-c.xlsx");
    await expect(page.getByTestId("merge-zip-status").textContent()).resolves.toBe(t("vi", "loop.view.zipDone", { count: 1 }));
    await page.screenshot({ path: join(RESULTS, "loop-350-page.png"), fullPage: true });
    // Nothing wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
  });

  it("returns the files to their units even when every file was refused and nothing could be merged", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html", { viewport: NARROW });
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 30000 });
    await choose(page, t("vi", "merge.view.pickFiles"), [files[2]]); // c.xlsx: DV_NU > DV_TONG
    await page.getByLabel(t("vi", "merge.view.unitCode")).fill(DISTRICT.code);
    await page.getByLabel(t("vi", "merge.view.unitName")).fill(DISTRICT.name);
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    const followUp = page.getByTestId("merge-followup");
    await followUp.waitFor({ timeout: 60000 });
    await expect(page.getByTestId("merge-chase").textContent()).resolves.toContain("Bị từ chối: CĐCS Xã C (CDCS-C) – c.xlsx");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge-returned-zip").click()]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(zip).sort()).toEqual(["danh-sach-don-doc.csv", "tra-lai-c.xlsx"]);
    await followUp.screenshot({ path: join(RESULTS, "loop-350-all-refused.png") });
  });
});
