/**
 * Issue 22 in the page, as an officer works in chromium: a typed plan / actual / % form and a sector matrix
 * imported (their columns' questions listed with the rows'), the decided definition opened, a template
 * downloaded with the typed column headers, a filled file checked (an issue in the "Kế hoạch năm" column named
 * by its label, its cell found), and three units merged with the % of plan recomputed over the units that
 * reported both sides, the unit left out named in the pane, the consolidated workbook carrying the columns.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import { t as domainT } from "../../src/domain/i18n/strings";
import { buildTemplate } from "../../src/domain/layout";
import { cellName } from "../../src/domain/definition/names";
import { readSubmission } from "../../src/domain/check";
import { readWorkbook } from "../../src/workbook/file/reader";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { writeDefinitionFile } from "../../src/workbook/file/forms/write-definition-file";
import { render } from "../../src/domain/i18n/message";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import { describeWithBrowser, offHostRequests, openBrowser, seriousAxeViolations, type BrowserSession } from "../support/browser";
import { cliIn, decideEveryTodo, readBack } from "../forms-import/officer";
import { PLAN_ACTUAL, SECTOR_MATRIX } from "../forms-import/typed-forms";
import { typedXlsx } from "../forms-import/typed-xlsx";
import { campaignOf, catalogOf } from "../columns/catalog";
import { fakeOfficeScript } from "./fake-office/bundle";
import { openDefinitionInExcel } from "./fake-office/definition-in-excel";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CAMPAIGN = "bieu-tong-hop-ket-qua-thuc-hien-chi-tieu";
const KN = "KET_NAP_DOAN_VIEN_MOI";

let session: BrowserSession | null = null;
const dir = mkdtempSync(join(tmpdir(), "columns-page-"));
let decided: DefinitionSheets;
let definitionBytes: Uint8Array;
let officeJs = "";

beforeAll(async () => {
  writeFileSync(join(dir, "kh-th.xlsx"), await typedXlsx([PLAN_ACTUAL]));
  expect((await cliIn(dir, ["forms", "import", "kh-th.xlsx", "--out", "kh-th-def.xlsx"])).code).toBe(0);
  const sheets = decideEveryTodo(readBack(dir, "kh-th-def.xlsx"));
  // The officer's own rule, checked in each input column: no more new unions than new members.
  const rules = sheets.sheets.find((s) => s.name === "rules")!;
  const header = rules.rows[0]!.map(String);
  const rule: Record<string, string> = { rule_id: "CD_LE_DV", expression: `THANH_LAP_CONG_DOAN_CO <= ${KN}`, severity: "error" };
  rules.rows.push(header.map((key) => rule[key] ?? null));
  decided = sheets as DefinitionSheets;
  definitionBytes = await writeDefinitionFile(decided);
  officeJs = await fakeOfficeScript();
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A CĐCS's template of the decided definition, typed into cell by cell (ExcelJS) as the unit fills it. */
async function filled(code: string, figures: Readonly<Record<string, number>>): Promise<string> {
  const catalog = catalogOf(decided);
  const template = buildTemplate({
    catalog,
    campaign: campaignOf(catalog, `${CAMPAIGN}-2026`),
    unit: { unitCode: code, unitName: `CĐCS ${code}`, level: "cdcs", parent: "LĐLĐ huyện Thử", datePrepared: "2026-07-02" },
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeWorkbook(template.plan)) as unknown as ArrayBuffer);
  for (const [key, value] of Object.entries(figures)) {
    const [row, column] = key.split("@");
    const spec = template.cells.find((c) => c.code === row && c.column === column && c.input)!;
    book.getWorksheet(spec.sheet)!.getCell(spec.address).value = value;
  }
  const path = join(dir, `${code}.xlsx`);
  writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return path;
}

async function openDefinition(page: Page): Promise<void> {
  await page.getByTestId("definition-current").waitFor({ timeout: 15000 });
  await page
    .getByTestId("definition-file-input")
    .setInputFiles({ name: "kh-th-def.xlsx", mimeType: XLSX, buffer: Buffer.from(definitionBytes) });
  await page
    .getByTestId("definition-problems")
    .or(page.getByText("kh-th-def.xlsx", { exact: false }).first())
    .first()
    .waitFor({ timeout: 15000 });
  expect(await page.getByTestId("definition-problems").count()).toBe(0);
}

describeWithBrowser("a form with columns in the page (issue 22)", () => {
  it("imports the typed forms: the rows' and the columns sheet's questions are listed", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await page.getByTestId("forms-import-input").waitFor({ state: "attached", timeout: 15000 });
    await page
      .getByTestId("forms-import-input")
      .setInputFiles({ name: "Khu vực.xlsx", mimeType: XLSX, buffer: Buffer.from(await typedXlsx([SECTOR_MATRIX])) });
    const lines = page.getByTestId("forms-import-lines");
    await lines.waitFor({ timeout: 30000 });
    await session.screenshot(page, "columns-import");
    // The columns understood, by their typed headers and the group above them, and the question about the total, at its sheet.
    const columns = page.getByTestId("forms-import-columns");
    expect((await columns.innerText()).split("\n")).toEqual([
      "TONG Tổng số",
      "nhập",
      "HCSN Chia ra › Khu vực HCSN",
      "nhập",
      "DNNN Chia ra › DN nhà nước",
      "nhập",
      "NGOAI Chia ra › DN ngoài nhà nước",
      "nhập",
      "FDI Chia ra › DN có vốn ĐTNN",
      "nhập",
    ]);
    expect(await page.locator("body").innerText()).toContain('Trang columns: cột "Tổng số" có bằng tổng các cột "Chia ra" không?');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("opens the decided definition and downloads a template whose columns are as typed", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await openDefinition(page);
    await page.getByTestId("templates-campaign").selectOption(CAMPAIGN);
    await page.getByLabel(t("vi", "tplui.year")).fill("2026");
    await page.getByLabel(t("vi", "tplui.unit.name")).fill("CĐCS A");
    await page.getByLabel(t("vi", "tplui.unit.code")).fill("A");
    await page.getByLabel(t("vi", "tplui.unit.level"), { exact: true }).selectOption("cdcs");
    await session.screenshot(page, "columns-templates");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByTestId("templates-make").click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets.find((s) => s.getCell("B8").value === "Nội dung")!;
    expect(["D8", "E8", "F8"].map((ref) => sheet.getCell(ref).value)).toEqual(["Kế hoạch năm", "Thực hiện 6 tháng", "Tỷ lệ % so với KH"]);
    expect(["D9", "E9", "F9"].map((ref) => sheet.getCell(ref).value)).toEqual(["1", "2", "3=2/1"]);
    expect(["D10", "E10", "F10"].map((ref) => sheet.getCell(ref).protection?.locked !== false)).toEqual([false, false, true]);
    expect(sheet.getCell("F10").formula).toMatch(/E10.*\/.*D10/);
    const read = readWorkbook(new Uint8Array(readFileSync((await download.path())!)));
    if (!read.ok) throw new Error(render("en", read.error));
    expect(read.value.workbook.names.has(cellName(KN, "KH").toUpperCase())).toBe(true);
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });

  it("checks a filled file: the issue in the plan column names the column, and clicking it finds the cell", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const path = await filled("A", {
      [`${KN}@KH`]: 10,
      [`${KN}@TH`]: 640,
      "THANH_LAP_CONG_DOAN_CO@KH": 15,
      "THANH_LAP_CONG_DOAN_CO@TH": 6,
    });
    const page = await session.newPage("taskpane.html");
    await openDefinition(page);
    await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click({ timeout: 15000 });
    const [chooser] = await Promise.all([
      page.getByRole("button", { name: t("vi", "check.view.open") }).click(),
      page.waitForEvent("filechooser"),
    ]).then(([, c]) => [c]);
    await chooser.setFiles(path);
    await page.getByText(t("vi", "check.view.fileLabel", { file: "A.xlsx" })).waitFor({ timeout: 15000 });
    // The blank cells, unfolded: each named with its column.
    await page.getByRole("button", { name: /Chưa báo cáo \(2\)/ }).click();
    await page.getByText("Số cuộc đối thoại tại nơi làm việc (Thực hiện 6 tháng)", { exact: false }).first().waitFor();
    await page.getByText("Số cuộc đối thoại tại nơi làm việc (Kế hoạch năm)", { exact: false }).first().waitFor();
    await session.screenshot(page, "columns-check");
    const issue = "Thành lập công đoàn cơ sở mới (15) lớn hơn kết nạp đoàn viên mới (10) (cột Kế hoạch năm)";
    await expect(page.locator('[data-kind="errors"]').getAttribute("data-count")).resolves.toBe("1");
    expect(await page.locator("body").innerText()).not.toMatch(/@KH|UR_\w+\.KH/);
    await page.getByRole("button", { name: new RegExp(issue.replace(/[()]/g, "\\$&")) }).click();
    const ref = await page.getByTestId("check-cell-ref").innerText();
    const read = readWorkbook(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(render("en", read.error));
    const named = read.value.workbook.names.get(cellName("THANH_LAP_CONG_DOAN_CO", "KH").toUpperCase())!;
    expect(ref).toBe(
      t("vi", "loop.view.issueAt", {
        ref: t("vi", "check.view.cellRef", { ref: `${named.sheet}!${named.ref.replace(/\$/g, "")}` }),
        label: "Thành lập công đoàn cơ sở mới (Kế hoạch năm)",
        value: "15",
      }),
    );
    // The blank cells, unfolded: each named with its column.
    await page.getByRole("button", { name: /Chưa báo cáo \(2\)/ }).click();
    await page.getByText("Số cuộc đối thoại tại nơi làm việc (Thực hiện 6 tháng)", { exact: false }).first().waitFor();
    await page.getByText("Số cuộc đối thoại tại nơi làm việc (Kế hoạch năm)", { exact: false }).first().waitFor();
    await session.screenshot(page, "columns-check");
    await page.close();
  });

  it("merges three units: % of plan over the units that reported both sides, the unit left out named in the pane", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const paths = [
      await filled("U1", { [`${KN}@KH`]: 100, [`${KN}@TH`]: 50 }),
      await filled("U2", { [`${KN}@KH`]: 60, [`${KN}@TH`]: 30 }),
      await filled("U3", { [`${KN}@TH`]: 200 }),
    ];
    const page = await session.newPage("taskpane.html");
    await openDefinition(page);
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 15000 });
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).click(),
    ]);
    await chooser.setFiles(paths);
    await page.getByText(t("vi", "merge.view.chosenHeading", { count: 3 })).waitFor();
    await page.getByLabel(t("vi", "merge.view.unitCode")).fill("H1");
    await page.getByLabel(t("vi", "merge.view.unitName")).fill("LĐLĐ huyện Thử");
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByTestId("merge-results").waitFor({ timeout: 60000 });
    await session.screenshot(page, "columns-merge");
    const body = await page.locator("body").innerText();
    // The unit left out of the % of plan, named on its file's line in the catalog's words, the columns by their labels.
    const warning = domainT("vi", "merge.warn.ratioPartial", {
      name: "CĐCS U3",
      code: "U3",
      figure: `Kết nạp đoàn viên mới (${KN}, Tỷ lệ % so với KH)`,
      blank: "Kế hoạch năm",
    });
    expect(await page.getByTestId("merge-files").innerText()).toContain(warning);
    // Only U3: the units that reported both sides are not warned.
    expect((await page.getByTestId("merge-files").innerText()).split("không được tính vào cả tử số").length - 1).toBe(1);
    expect(body).not.toMatch(/@KH|@TH|@TL/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("merge-download").click()]);
    const saved = join(dir, "tong-hop.xlsx");
    await download.saveAs(saved);
    const read = readWorkbook(new Uint8Array(readFileSync(saved)));
    if (!read.ok) throw new Error(render("en", read.error));
    const sub = readSubmission(catalogOf(decided), read.value.workbook).submission!;
    expect(sub.kind).toBe("consolidated");
    expect(sub.figures.get(`${KN}@KH`)).toBe(160);
    expect(sub.figures.get(`${KN}@TH`)).toBe(280);
    const tl = read.value.workbook.names.get(cellName(KN, "TL").toUpperCase())?.cells[0]?.[0]?.value;
    expect(tl).toBe(0.5);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = book.worksheets.find((s) => s.getCell("B8").value === "Nội dung")!;
    expect(["D8", "E8", "F8"].map((r) => sheet.getCell(r).value)).toEqual(["Kế hoạch năm", "Thực hiện 6 tháng", "Tỷ lệ % so với KH"]);
    expect(offHostRequests(session.requests)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

describeWithBrowser("a form with columns inside Excel (stand-in office.js)", () => {
  type Fake = {
    names: Map<string, { sheet: string; ref: string }>;
    sheets: { name: string; put(ref: string, v: number): void }[];
    active: { sheet: string; address?: string } | null;
  };

  it("inserts the template of the definition open in the workbook, checks what was typed, and takes the user to the plan cell", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0", {
      route: async (p) => {
        await p.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "application/javascript", body: officeJs }));
      },
    });
    const picker = page.getByTestId("definition-picker");
    await picker.waitFor({ timeout: 15000 });
    await openDefinitionInExcel(page, decided.sheets as Parameters<typeof openDefinitionInExcel>[1]);
    await picker.getByRole("button", { name: t("vi", "forms.ui.fromWorkbook") }).click();
    await picker
      .getByTestId("definition-current")
      .getByText(t("vi", "forms.ui.openWorkbook"), { exact: false })
      .waitFor({ timeout: 15000 });
    await page.getByTestId("templates-campaign").selectOption(CAMPAIGN);
    await page.getByTestId("templates-make").click({ timeout: 15000 });
    const inserted = t("vi", "tplui.inserted", { count: "999", campaign: "@" });
    await page.getByText(inserted.slice(0, inserted.indexOf("999"))).waitFor({ timeout: 15000 });

    // Typed as the unit would: more new unions planned than new members planned.
    const handle = await page.evaluateHandle(() => (window as unknown as { fakeExcel: Fake }).fakeExcel);
    const names = { kn: cellName(KN, "KH").toUpperCase(), cd: cellName("THANH_LAP_CONG_DOAN_CO", "KH").toUpperCase() };
    const target = await handle.evaluate((excel, n) => {
      const at = (name: string) => excel.names.get(name)!;
      const put = (name: string, value: number) => excel.sheets.find((s) => s.name === at(name).sheet)!.put(at(name).ref, value);
      put(n.kn, 10);
      put(n.cd, 15);
      return at(n.cd);
    }, names);

    await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click();
    await page.getByRole("button", { name: t("vi", "check.view.run") }).click();
    await page.getByTestId("check-summary").waitFor({ timeout: 15000 });
    await page
      .getByRole("button", { name: /\(cột Kế hoạch năm\)/ })
      .first()
      .click();
    await expect(handle.evaluate((excel) => excel.active)).resolves.toEqual({ sheet: target.sheet, address: target.ref });
    await session.screenshot(page, "columns-excel-check");
    expect(session.errorsOf(page)).toEqual([]);
  }, 120_000);
});
