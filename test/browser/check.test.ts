/**
 * The Kiểm tra view, standalone in chromium: open a file with planted errors through the file
 * chooser, see them listed and counted, click one, see its cell reference.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { t } from "../../src/taskpane/strings";
import { cellName } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import type { Page } from "playwright-core";
import { describeWithBrowser, openBrowser, type BrowserSession } from "../support/browser";
import { filledTemplate } from "../check/files";
import { PERIODIC } from "../check/helpers";
import { readWorkbook } from "../../src/workbook/file/reader";
import { render } from "../../src/domain/i18n/message";

let session: BrowserSession | null = null;
const dir = mkdtempSync(join(tmpdir(), "check-view-"));
const file = join(dir, "bao-cao-loi.xlsx");
const unfilled = join(dir, "chua-nhap.xlsx");
const notWorkbook = join(dir, "bao-cao.xlsx");
const NOT_WORKBOOK = new TextEncoder().encode("Báo cáo quý 1: không phải tệp Excel");

beforeAll(async () => {
  const figures = new Map<FigureKey, number>([
    ["LD_TONG@value", 1500],
    ["LD_NU@value", 1300],
    ["DV_TONG@value", 1100],
    ["DV_NU@value", 1250],
  ]);
  writeFileSync(file, await filledTemplate(PERIODIC, figures, { planted: new Map([[cellName("CB_TONG", "value"), "1.250"]]) }));
  writeFileSync(unfilled, await filledTemplate(PERIODIC, new Map()));
  writeFileSync(notWorkbook, NOT_WORKBOOK);
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh page on the Kiểm tra view with `path` opened through the file chooser. */
async function checkFile(s: BrowserSession, path: string): Promise<Page> {
  const page = await s.newPage("taskpane.html");
  await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click({ timeout: 15000 });
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: t("vi", "check.view.open") }).click(),
  ]);
  await chooser.setFiles(path);
  return page;
}

describeWithBrowser("the Kiểm tra view, standalone in chromium", () => {
  it("checks an opened file, lists its planted errors, and shows the cell of the one clicked", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await checkFile(session, file);

    await page.getByText(t("vi", "check.view.fileLabel", { file: "bao-cao-loi.xlsx" })).waitFor({ timeout: 15000 });
    await expect(page.locator('[data-kind="errors"]').getAttribute("data-count")).resolves.toBe("2");

    const example = "Số đoàn viên nữ (1.250) lớn hơn tổng số đoàn viên (1.100)";
    await expect(page.getByText(example).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/trông như số 1250/).isVisible()).resolves.toBe(true);

    await page.getByRole("button", { name: new RegExp(example.replace(/[()]/g, "\\$&")) }).click();
    const ref = refOfExample();
    // Standalone there is no sheet to look at: the row's name and the value seen say which cell it is.
    await expect(page.getByTestId("check-cell-ref").innerText()).resolves.toBe(
      t("vi", "loop.view.issueAt", { ref: t("vi", "check.view.cellRef", { ref }), label: "Số đoàn viên nữ", value: "1.250" }),
    );
    await session.screenshot(page, "check-view-errors");
    expect(session.consoleErrors).toEqual([]);
    expect(session.requests.every((url) => url.startsWith(session!.baseUrl))).toBe(true);
  });
});

describeWithBrowser("an unfilled template in the Kiểm tra view", () => {
  it("says no figures were entered, not that there is nothing wrong", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await checkFile(session, unfilled);
    await page.getByTestId("check-unfilled").waitFor({ timeout: 15000 });
    await expect(page.getByTestId("check-unfilled").innerText()).resolves.toContain(t("vi", "check.view.unfilled"));
    await expect(page.getByText(t("vi", "check.view.noIssues")).count()).resolves.toBe(0);
  });
});

/** Where our layout put DV_NU: the names in the file decide, so read them back through the fast reader. */
function refOfExample(): string {
  const read = readWorkbook(new Uint8Array(readFileSync(file)));
  if (!read.ok) throw new Error(render("en", read.error));
  const named = read.value.workbook.names.get(cellName("DV_NU", "value"))!;
  return `${named.sheet}!${named.ref.replace(/\$/g, "")}`;
}

describeWithBrowser("a file that is not a workbook, in the Kiểm tra view", () => {
  it("is read through the file port and refused with the reader's own Vietnamese reason", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const read = readWorkbook(NOT_WORKBOOK);
    if (read.ok) throw new Error("the fixture should not be a workbook");
    const page = await checkFile(session, notWorkbook);
    await page.getByText(render("vi", read.error), { exact: false }).waitFor({ timeout: 15000 });
    expect(await page.locator("body").innerText()).not.toContain(render("en", read.error));
    expect(session.consoleErrors).toEqual([]);
  });
});
