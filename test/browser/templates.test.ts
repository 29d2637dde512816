/**
 * The Biểu mẫu view, standalone in chromium: choose a campaign and a unit, download the .xlsx and read it
 * back (names present, identification filled); a user's own review campaign; a bad year is refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import { loadCatalog, resolveCampaign } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { readWorkbook } from "../../src/workbook/file/reader";
import { describeWithBrowser, offHostRequests, openBrowser, type BrowserSession } from "../support/browser";
import { render } from "../../src/domain/i18n/message";

let session: BrowserSession | null = null;
const catalog = loadCatalog();

beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session?.close();
});

async function downloadTemplate(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByTestId("templates-make").click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path!)) };
}

function read(bytes: Uint8Array) {
  const outcome = readWorkbook(bytes);
  if (!outcome.ok) throw new Error(render("en", outcome.error));
  expect(outcome.value.flags.brokenNames).toEqual([]);
  const value = (name: string) => outcome.value.workbook.names.get(name)?.cells[0][0].value ?? null;
  return { names: outcome.value.workbook.names, value };
}

describeWithBrowser("the Biểu mẫu view, standalone in chromium", () => {
  it("downloads a pre-identified periodic template that reads back with every name", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await page.getByTestId("templates-campaign").waitFor({ timeout: 15000 });
    await page.getByTestId("templates-campaign").selectOption("tk-3011");
    await page.getByLabel(t("vi", "tplui.year")).fill("2027");
    await page.getByLabel(t("vi", "tplui.unit.name")).fill("CĐCS Công ty Than Hà Lầm");
    await page.getByLabel(t("vi", "tplui.unit.code")).fill("QN-017");
    await page.getByLabel(t("vi", "tplui.unit.level"), { exact: true }).selectOption("cdcs");
    await page.getByLabel(t("vi", "tplui.unit.parent")).fill("Công đoàn Than – Khoáng sản Việt Nam");
    const { name, bytes } = await downloadTemplate(page);
    expect(name).toBe("QN-017-cdcs-cong-ty-than-ha-lam.xlsx");
    await page.getByText(t("vi", "tplui.downloaded", { file: name })).waitFor();

    const campaign = resolveCampaign(catalog.campaignDefs, "tk-3011-2027");
    if (!campaign.ok) throw new Error(render("en", campaign.error));
    const expected = buildTemplate({ catalog, campaign: campaign.value, unit: { level: "cdcs" } }).plan.names.map((n) => n.name);
    const { names, value } = read(bytes);
    expect([...names.keys()].sort()).toEqual([...expected].sort());
    expect(value("UR_META_CAMPAIGN_ID")).toBe("tk-3011-2027");
    expect(value("UR_ID_UNIT_NAME")).toBe("CĐCS Công ty Than Hà Lầm");
    expect(value("UR_ID_UNIT_CODE")).toBe("QN-017");
    expect(value("UR_ID_LEVEL")).toBe("Công đoàn cơ sở");
    expect(value("UR_ID_PARENT")).toBe("Công đoàn Than – Khoáng sản Việt Nam");
    expect(offHostRequests(session.requests)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it("makes a review campaign of the user's own", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await page.getByTestId("templates-campaign").waitFor({ timeout: 15000 });
    await page.getByTestId("templates-campaign").selectOption("custom");
    await page.getByLabel(t("vi", "tplui.custom.title")).fill("Sơ kết 3 năm Chỉ thị 29");
    await page.getByLabel(t("vi", "tplui.custom.baseYear")).fill("2022");
    await page.getByLabel(t("vi", "tplui.custom.endYear")).fill("2025");
    await page.getByLabel(t("vi", "tplui.custom.deadline", { level: "Công đoàn cơ sở" })).fill("2025-10-15");
    const { name, bytes } = await downloadTemplate(page);
    expect(name).toBe("bieu-mau-rv-so-ket-3-nam-chi-thi-29-2022-2025.xlsx");
    const { value } = read(bytes);
    expect(value("UR_META_CAMPAIGN_ID")).toBe("rv-so-ket-3-nam-chi-thi-29-2022-2025");
    expect(String(value("UR_META_CAMPAIGN_DEF"))).toContain("Sơ kết 3 năm Chỉ thị 29");
  });

  it("explains what is wrong with an incomplete custom campaign and writes nothing", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await page.getByTestId("templates-campaign").waitFor({ timeout: 15000 });
    await page.getByTestId("templates-campaign").selectOption("custom");
    await page.getByTestId("templates-make").click();
    await page.getByText(t("vi", "tplui.custom.err.summary")).waitFor();
    // Beside each field, in the catalog's words; nothing of the validator's English.
    await page.getByText(t("vi", "tplui.custom.err.title")).waitFor();
    await page.getByText(t("vi", "tplui.custom.err.deadlineRequired")).waitFor();
    const title = page.getByLabel(t("vi", "tplui.custom.title"));
    await expect(title.getAttribute("aria-invalid")).resolves.toBe("true");
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/Too small|Invalid input|expected string|deadlines\.cdcs/);
    // Fixed as they type: the title's message goes once the title is long enough.
    await title.fill("Sơ kết 3 năm Chỉ thị 29");
    await expect(page.getByText(t("vi", "tplui.custom.err.title")).count()).resolves.toBe(0);
  });
});

describeWithBrowser("the Biểu mẫu view, standalone, inserting into a workbook the user opened", () => {
  const dir = mkdtempSync(join(tmpdir(), "templates-base-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("downloads that workbook with the template in it and the user's own sheet kept", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const own = new ExcelJS.Workbook();
    const sheet = own.addWorksheet("Sổ theo dõi");
    sheet.getCell("A1").value = "Quỹ công đoàn";
    sheet.getCell("A2").value = 12.5;
    sheet.getCell("A3").value = { formula: "A2*2" };
    const path = join(dir, "so-tinh-cua-toi.xlsx");
    writeFileSync(path, new Uint8Array(await own.xlsx.writeBuffer()));

    const page = await session.newPage("taskpane.html");
    await page.getByTestId("templates-campaign").waitFor({ timeout: 15000 });
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByTestId("templates-base").click()]);
    await chooser.setFiles(path);
    await page.getByText(t("vi", "tplui.base.chosen", { file: "so-tinh-cua-toi.xlsx" })).waitFor();
    await page.getByLabel(t("vi", "tplui.unit.code")).fill("NS-01");
    const { name, bytes } = await downloadTemplate(page);
    expect(name).toBe("so-tinh-cua-toi.xlsx");
    await page.getByText(t("vi", "tplui.insertedFile", { file: name })).waitFor();

    const { value } = read(bytes);
    expect(value("UR_ID_UNIT_CODE")).toBe("NS-01");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const kept = back.getWorksheet("Sổ theo dõi")!;
    expect([kept.getCell("A1").value, kept.getCell("A2").value, kept.getCell("A3").formula]).toEqual(["Quỹ công đoàn", 12.5, "A2*2"]);
    expect(session.consoleErrors).toEqual([]);
  });
});
