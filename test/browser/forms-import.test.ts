/**
 * "Nhập từ biểu mẫu đã gõ" in the Biểu mẫu view, standalone in chromium: pick a typed form, see the
 * proposed codes and todos, download the definition workbook and read it back.
 */
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { t } from "../../src/domain/i18n/strings";
import { describeWithBrowser, offHostRequests, openBrowser, seriousAxeViolations, type BrowserSession } from "../support/browser";
import { TYPED_FORM, typedXlsx } from "../forms-import/typed-xlsx";

let session: BrowserSession | null = null;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session?.close();
});

describeWithBrowser("importing a typed form in the standalone page", () => {
  it("shows the proposed codes and todos and downloads the definition workbook", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await page.getByTestId("forms-import-input").waitFor({ state: "attached", timeout: 15000 });
    await page.getByTestId("forms-import-input").setInputFiles({
      name: "Mẫu 1.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await typedXlsx([TYPED_FORM])),
    });
    const lines = page.getByTestId("forms-import-lines");
    await lines.waitFor({ timeout: 30000 });
    await lines.getByText("TONG_LAO_DONG_NU", { exact: true }).waitFor();
    await lines.getByText("LAO_DONG_THIEU_VIEC_LAM_NU", { exact: true }).waitFor();
    expect(await lines.getByText(/^số tính đến một thời điểm \(kind = stock/).count()).toBeGreaterThan(0);
    await page
      .getByTestId("forms-import-status")
      .getByText(/Đề xuất 10 chỉ tiêu; \d+ điểm cần xem\./)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30000 }),
      page.getByTestId("forms-import-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("Mẫu 1-dinh-nghia.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["settings", "tables", "indicators", "rules", "campaigns", "campaign_levels"]);
    const codes = workbook
      .getWorksheet("indicators")!
      .getColumn(3)
      .values.filter((v) => typeof v === "string");
    expect(codes).toEqual(expect.arrayContaining(["code", "TONG_LAO_DONG", "TONG_LAO_DONG_NU", "TIEN_LUONG_BINH_QUAN", "NGUOI_TINH"]));
    expect(offHostRequests(session.requests)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it("says in Vietnamese why a file that is not a workbook cannot be imported", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await page.getByTestId("forms-import-input").waitFor({ state: "attached", timeout: 15000 });
    await page
      .getByTestId("forms-import-input")
      .setInputFiles({ name: "bieu.xlsx", mimeType: "text/csv", buffer: Buffer.from("TT,Nội dung\n1,Tổng số\n") });
    await page.getByTestId("forms-import-status").getByText(t("vi", "reader.text"), { exact: false }).waitFor({ timeout: 30000 });
  });
});
