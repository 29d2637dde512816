/**
 * "Nhập từ biểu mẫu đã gõ" inside Excel (the stand-in office.js over the in-memory Excel, as in
 * excel-host.test.ts): the officer types the form into a sheet of the open workbook, picks that sheet
 * and imports it; the sheet is read through the WorkbookPort, values only.
 */
import type { Page } from "playwright-core";
import { t } from "../../src/domain/i18n/strings";
import { t as paneT } from "../../src/taskpane/strings";
import { describeWithBrowser, openBrowser, type BrowserSession } from "../support/browser";
import { TYPED_FORM } from "../forms-import/typed-xlsx";
import { fakeOfficeScript } from "./fake-office/bundle";
import { defaultApiLevel, FakeExcel } from "../office/fakeExcel";

let session: BrowserSession | null = null;
let officeJs = "";
beforeAll(async () => {
  officeJs = await fakeOfficeScript();
  session = await openBrowser();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function inExcel(s: BrowserSession): Promise<Page> {
  return s.newPage(`taskpane.html?office&api=${defaultApiLevel()}`, {
    route: async (page) => {
      await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "application/javascript", body: officeJs }));
    },
  });
}

describeWithBrowser("importing a typed form inside Excel (stand-in office.js)", () => {
  it("imports the sheet the officer typed the form in, and offers the definition workbook", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await inExcel(session);
    const picker = page.getByTestId("forms-import-sheet");
    await picker.waitFor({ timeout: 15000 });
    // Typed after the pane opened, as an officer would: the list is asked again when opened.
    await page.evaluate(
      (rows) => {
        type Sheet = { put(ref: string, value: string): void };
        const excel = (window as unknown as { fakeExcel: { addSheet(name: string): Sheet } }).fakeExcel;
        const sheet = excel.addSheet("Biểu gõ tay");
        rows.forEach((row, r) => row.forEach((value, c) => value !== null && sheet.put(`${"ABCDEF"[c]}${r + 1}`, String(value))));
      },
      TYPED_FORM.rows as (string | number | null)[][],
    );
    await picker.focus();
    await picker.locator("option", { hasText: "Biểu gõ tay" }).waitFor({ state: "attached", timeout: 15000 });
    await picker.selectOption("Biểu gõ tay");
    await page.getByTestId("forms-import-from-sheet").click();
    const lines = page.getByTestId("forms-import-lines");
    await lines.getByText("TONG_LAO_DONG_NU", { exact: true }).waitFor({ timeout: 30000 });
    await lines.getByText("LAO_DONG_THIEU_VIEC_LAM_NU", { exact: true }).waitFor();
    await lines.getByText("NGUOI_TINH", { exact: true }).waitFor();
    // Excel for Mac ignores downloads (office-js#2700): where Excel can (1.8) the result opens as a new workbook.
    if (new FakeExcel(defaultApiLevel()).supports(8)) {
      await page.getByTestId("forms-import-download").getByText(paneT("vi", "excelHost.openAsNewWorkbook")).waitFor();
      await page.getByTestId("forms-import-download").click();
      await page.waitForFunction(
        () => (window as unknown as { fakeExcel: { createdWorkbooks: Uint8Array[] } }).fakeExcel.createdWorkbooks.length === 1,
        null,
        { timeout: 30000 },
      );
      const head = await page.evaluate(() =>
        Array.from((window as unknown as { fakeExcel: { createdWorkbooks: Uint8Array[] } }).fakeExcel.createdWorkbooks[0].slice(0, 2)),
      );
      expect(String.fromCharCode(...head)).toBe("PK"); // a .xlsx (zip)
    } else {
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 30000 }),
        page.getByTestId("forms-import-download").click(),
      ]);
      expect(download.suggestedFilename()).toBe("Biểu gõ tay-dinh-nghia.xlsx");
    }
    // A sheet that is not a form says so, in Vietnamese.
    await picker.selectOption("Danh sách");
    await page.getByTestId("forms-import-from-sheet").click();
    await page
      .getByTestId("forms-import-status")
      .getByText(t("vi", "formsImport.note.noHeader", { sheet: "Danh sách" }))
      .waitFor({ timeout: 15000 });
    expect(session.consoleErrors).toEqual([]);
  });
});
