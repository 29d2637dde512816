/**
 * The definition picker, standalone in chromium: a province's definition file opened in the page is
 * used by Biểu mẫu (its own campaign and table in the downloaded template); a definition with a
 * mistake is refused with the cell named, and the shipped forms stay in use.
 */
import { readFileSync } from "fs";
import { t } from "../../src/taskpane/strings";
import { cellName, SHIPPED_FORM } from "../../src/domain/definition";
import { readWorkbook } from "../../src/workbook/file/reader";
import { definitionXlsx } from "../forms/definition-file";
import { setCell, shippedCopy } from "../forms/definition-edit";
import { provinceDefinition } from "../forms/province";
import { describeWithBrowser, openBrowser, type BrowserSession } from "../support/browser";
import { render } from "../../src/domain/i18n/message";

let session: BrowserSession | null = null;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session?.close();
});

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The picker names a definition by its title, as the officer knows it; never by its id. */
const shippedName = t("vi", "plain.formName", { title: SHIPPED_FORM.title.vi, version: String(SHIPPED_FORM.version) });
const provinceName = t("vi", "plain.formName", { title: "Biểu mẫu của LĐLĐ tỉnh Điện Biên", version: "1" });

describeWithBrowser("the definition picker, standalone in chromium", () => {
  it("uses an opened definition for Biểu mẫu: its campaign, its new table, its hash in the template", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await page.getByTestId("definition-current").waitFor({ timeout: 15000 });
    const current = await page.getByTestId("definition-current").textContent();
    expect(current).toContain(shippedName);
    expect(current).not.toContain(SHIPPED_FORM.id);
    await page
      .getByTestId("definition-file-input")
      .setInputFiles({ name: "dinh-nghia.xlsx", mimeType: XLSX, buffer: Buffer.from(await definitionXlsx(provinceDefinition())) });
    await page.getByText(t("vi", "forms.ui.chosen", { form: provinceName, source: "dinh-nghia.xlsx" })).waitFor({ timeout: 15000 });

    await page.getByTestId("templates-campaign").selectOption("db-3105");
    await page.getByLabel(t("vi", "tplui.year")).fill("2026");
    await page.getByLabel(t("vi", "tplui.unit.name")).fill("CĐCS Bệnh viện tỉnh");
    await page.getByLabel(t("vi", "tplui.unit.code")).fill("DB-001");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByTestId("templates-make").click()]);
    const read = readWorkbook(new Uint8Array(readFileSync((await download.path())!)));
    if (!read.ok) throw new Error(render("en", read.error));
    const value = (name: string) => read.value.workbook.names.get(name)?.cells[0]?.[0]?.value ?? null;
    expect(value("UR_META_CAMPAIGN_ID")).toBe("db-3105-2026");
    expect(value("UR_META_FORM_ID")).toBe("ldld-dien-bien");
    expect(read.value.workbook.names.get(cellName("DB_TL_BQ", "value"))?.sheet).toBe("Biểu 05");
    await page.close();
  });

  it("refuses a definition with a mistake, listing it by sheet and cell, and keeps the shipped forms", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await page.getByTestId("definition-current").waitFor({ timeout: 15000 });
    const sheets = shippedCopy();
    const line = setCell(sheets, "rules", "rule_id", "DV_NU_LE_LD_NU", "expression", "DV_NU <= LD_NUU");
    await page
      .getByTestId("definition-file-input")
      .setInputFiles({ name: "sai.xlsx", mimeType: XLSX, buffer: Buffer.from(await definitionXlsx(sheets)) });
    await page.getByTestId("definition-problems").waitFor({ timeout: 15000 });
    expect(await page.getByTestId("definition-problems").textContent()).toContain(`rules!B${line}: mã LD_NUU (ký tự 10)`);
    expect(await page.getByTestId("definition-current").textContent()).toContain(shippedName);
    await page.close();
  });
});
