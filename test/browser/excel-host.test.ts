/**
 * The task pane's Excel branches in chromium: the page loads a stand-in office.js (fake-office/) that
 * says it runs in Excel and serves Excel.run from the adapter tests' in-memory Excel. What only the
 * Excel host has is exercised through the UI as a user would: a roster chosen among the open workbook's
 * sheets, the consolidated sheets written into the workbook, and replacing them only after a yes.
 * (Real Excel cannot run on Linux; the adapter against the fake is what this proves, see docs/excel.md.)
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import type { FigureKey } from "../../src/domain/submission";
import { HIGHLIGHT_FILL } from "../../src/workbook/office/officeWorkbook";
import { describeWithBrowser, openBrowser, RESULTS, type BrowserSession } from "../support/browser";
import { consolidatedPlan } from "../../src/domain/merge";
import { figureCells } from "../../src/domain/merge/drill-down";
import { catalog, merge, unitFile, unitWorkbook, DISTRICT } from "../merge/support";
import { fakeOfficeScript } from "./fake-office/bundle";
import { API_LEVELS, defaultApiLevel, type ApiLevel } from "../office/fakeExcel";
import { openDefinitionInExcel } from "./fake-office/definition-in-excel";
import { provinceDefinition } from "../forms/province";
import { addRow } from "../forms/definition-edit";

let session: BrowserSession | null = null;
let officeJs = "";
const dir = mkdtempSync(join(tmpdir(), "excel-host-"));
const paths: string[] = [];

beforeAll(async () => {
  for (const [code, members] of [
    ["CD01", 10],
    ["CD02", 20],
    ["CD03", 30],
  ] as const) {
    const figures = new Map<FigureKey, number>([
      ["LD_TONG@value", members * 2],
      ["DV_TONG@value", members],
    ]);
    paths.push(join(dir, `${code}.xlsx`));
    writeFileSync(paths[paths.length - 1], await unitWorkbook(code, figures));
  }
  officeJs = await fakeOfficeScript();
  session = await openBrowser();
}, 120_000);

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The page as Excel on Windows opens it: host info in the address (no ?office), the host's ExcelApi level for the stand-in. */
async function inExcel(s: BrowserSession, api: ApiLevel = defaultApiLevel()): Promise<Page> {
  return s.newPage(`taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0&api=${api}`, {
    route: async (page) => {
      await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "application/javascript", body: officeJs }));
    },
  });
}

/** "Đã ghi N trang tính vào sổ tính." for any N: the consolidated workbook has every sheet of the template. */
/** The consolidating unit is required (never invented): typed as the officer would. */
async function mergingUnit(page: Page): Promise<void> {
  await page.getByLabel(t("vi", "merge.view.unitCode")).fill("LDLD-MC");
  await page.getByLabel(t("vi", "merge.view.unitName")).fill("LĐLĐ huyện Mường Chà");
}

const WRITTEN = new RegExp(
  `^${t("vi", "merge.view.written", { count: 999 })
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace("999", "\\d+")}$`,
);

/** Where the consolidated LD_TONG cell is: the template's place for it, the same in every consolidated workbook of the campaign. */
function ldTongCell(): [string, string] {
  const result = merge([unitFile({ code: "X", name: "X", figures: new Map<FigureKey, number>([["LD_TONG@value", 1]]) })], DISTRICT);
  const where = [...figureCells(consolidatedPlan(catalog, result, "2026-06-15").plan.names, result.keys)].find(
    ([, key]) => key === "LD_TONG@value",
  )![0];
  return [where.slice(0, where.lastIndexOf("!")), where.slice(where.lastIndexOf("!") + 1)];
}

const sheetsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeExcel: { sheets: { name: string }[] } }).fakeExcel.sheets.map((s) => s.name));

describeWithBrowser("Tổng hợp inside Excel (stand-in office.js)", () => {
  it("merges with a roster sheet of the open workbook and writes into it, replacing only after a yes", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await inExcel(session);
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 15000 });
    // Inside Excel there is no download: the result goes into the open workbook.
    await expect(page.getByRole("button", { name: t("vi", "merge.view.sample") }).count()).resolves.toBe(0);

    const rosterSheet = page.getByRole("combobox", { name: t("vi", "merge.view.rosterSheet") });
    await expect(rosterSheet.locator("option").allTextContents()).resolves.toEqual([t("vi", "merge.view.rosterSheetNone"), "Danh sách"]);
    await rosterSheet.selectOption("Danh sách");

    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).click(),
    ]);
    await chooser.setFiles(paths);
    await mergingUnit(page);
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();

    const roster = page.getByTestId("merge-roster");
    await roster.waitFor({ timeout: 60000 });
    const rows = await roster.locator(":scope > li").allTextContents();
    expect(rows.find((r) => r.includes("CD09"))).toContain(t("vi", "merge.roster.missing"));
    expect(rows.some((r) => r.includes("CD03"))).toBe(true); // sent, but not on the roster
    await expect(page.getByTestId("merge-download").count()).resolves.toBe(0);

    const write = page.getByRole("button", { name: t("vi", "merge.view.writeExcel") });
    await write.click();
    await page.getByText(WRITTEN).waitFor({ timeout: 15000 });
    const written = await sheetsOf(page);
    expect(written).toEqual(expect.arrayContaining(["Danh sách", "Chi tiết theo đơn vị", "Tình trạng nộp báo cáo"]));

    // The sheets now hold data: writing again asks, and "keep" leaves everything as it was.
    await write.click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor({ timeout: 15000 });
    await dialog.getByRole("button", { name: t("vi", "merge.view.confirmNo") }).click();
    await page.getByText(t("vi", "merge.view.declined")).waitFor({ timeout: 15000 });
    await expect(sheetsOf(page)).resolves.toEqual(written);

    // The officer's own formula on the roster sheet points at a consolidated sheet: the question names it,
    // and after the replacement it still points there (Excel would have turned it into #REF!).
    await page.evaluate(() =>
      (window as unknown as { fakeExcel: { sheets: { name: string; put(ref: string, value: string): void }[] } }).fakeExcel.sheets
        .find((s) => s.name === "Danh sách")!
        .put("F1", "='Tình trạng nộp báo cáo'!A1"),
    );
    await write.click();
    const asked = page.getByRole("alertdialog");
    await expect(asked.getByTestId("replace-references").innerText()).resolves.toBe(
      t("vi", "excel.replace.references", { references: "'Danh sách'!F1" }),
    );
    await asked.getByRole("button", { name: t("vi", "merge.view.confirmYes") }).click();
    await page.getByText(WRITTEN).waitFor({ timeout: 15000 });
    const replaced = await sheetsOf(page);
    expect([...replaced].sort()).toEqual([...written].sort());
    expect(replaced.some((name) => name.startsWith("~UR_OLD_"))).toBe(false);
    await expect(
      page.evaluate(
        () =>
          (
            window as unknown as { fakeExcel: { sheets: { name: string; peek(ref: string): { formula?: string } | undefined }[] } }
          ).fakeExcel.sheets
            .find((s) => s.name === "Danh sách")!
            .peek("F1")?.formula,
      ),
    ).resolves.toBe("='Tình trạng nộp báo cáo'!A1");
    expect(session.errorsOf(page)).toEqual([]);
  }, 120_000);

  it("drills down from a selected consolidated cell to the units behind it, and from a unit to its register row (350 px)", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage(`taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0&api=${defaultApiLevel()}`, {
      viewport: { width: 350, height: 800 },
      route: async (p) => {
        await p.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "application/javascript", body: officeJs }));
      },
    });
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 15000 });
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).click(),
    ]);
    await chooser.setFiles(paths);
    await mergingUnit(page);
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByRole("button", { name: t("vi", "merge.view.writeExcel") }).click();
    await page.getByText(WRITTEN).waitFor({ timeout: 15000 });
    const panel = page.getByTestId("merge-cell-units");
    await expect(panel.textContent()).resolves.toContain(t("vi", "loop.view.cellHint"));

    // The user clicks the consolidated LD_TONG cell in the workbook (where the template puts it).
    const [sheet, cell] = ldTongCell();
    await page.evaluate(
      ([s, a]) => (window as unknown as { fakeExcel: { userSelects(s: string, a: string): Promise<void> } }).fakeExcel.userSelects(s, a),
      [sheet, cell],
    );
    await panel.getByText("Tổng số lao động").waitFor({ timeout: 15000 });
    const units = await panel.getByRole("listitem").allTextContents();
    expect(units).toEqual(["CĐCS CD03: 60 (50 %)", "CĐCS CD02: 40 (33,3 %)", "CĐCS CD01: 20 (16,7 %)"]);
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(RESULTS, "loop-350-excel-cell-units.png") });

    await panel.getByRole("button", { name: "CĐCS CD02: 40 (33,3 %)" }).click();
    await page.waitForFunction(
      () => (window as unknown as { fakeExcel: { active: { sheet: string } | null } }).fakeExcel.active?.sheet === "Chi tiết theo đơn vị",
      null,
      { timeout: 15000 },
    );
    const active = await page.evaluate(() => (window as unknown as { fakeExcel: { active: unknown } }).fakeExcel.active);
    expect(active).toEqual({ sheet: "Chi tiết theo đơn vị", address: expect.stringMatching(/^(\d+):\1$/) });
    const row = await page.evaluate(() => {
      const excel = (
        window as unknown as {
          fakeExcel: { active: { address: string }; sheets: { name: string; cell(r: number, c: number): { value: unknown } }[] };
        }
      ).fakeExcel;
      const register = excel.sheets.find((s) => s.name === "Chi tiết theo đơn vị")!;
      return register.cell(Number(excel.active.address.split(":")[0]) - 1, 0).value;
    });
    expect(row).toBe("CD02");
    expect(session.errorsOf(page)).toEqual([]);
  }, 120_000);

  it("says so, and merges without completeness, when the sheet chosen as the roster is not one", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await inExcel(session);
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 15000 });
    // Write the result first so that a non-roster sheet exists to pick.
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).click(),
    ]);
    await chooser.setFiles(paths.slice(0, 1));
    await mergingUnit(page);
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByRole("button", { name: t("vi", "merge.view.writeExcel") }).click();
    await page.getByText(WRITTEN).waitFor({ timeout: 15000 });
    const rosterSheet = page.getByRole("combobox", { name: t("vi", "merge.view.rosterSheet") });
    await rosterSheet.focus(); // the list is refreshed when opened: the new sheets appear
    await rosterSheet.locator("option", { hasText: "Biểu 01" }).waitFor({ state: "attached", timeout: 15000 });
    await rosterSheet.selectOption("Biểu 01"); // a form, not a list of units
    await page.getByRole("button", { name: t("vi", "merge.view.rerun"), exact: true }).click();
    // A roster that cannot be used never stops the merge: it runs without completeness and says why.
    await page.getByTestId("merge-roster-problem").waitFor({ timeout: 15000 });
    await expect(page.getByTestId("merge-roster-problem").innerText()).resolves.toContain("Biểu 01");
    await page.getByTestId("merge-results").waitFor({ timeout: 15000 });
    await expect(page.getByTestId("merge-roster").count()).resolves.toBe(0);
  }, 120_000);
});

describeWithBrowser("Định nghĩa biểu mẫu read from the workbook open in Excel (stand-in office.js)", () => {
  it("takes the definition sheets of the open workbook for the session, and Biểu mẫu inserts its own table", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await inExcel(session);
    const picker = page.getByTestId("definition-picker");
    await picker.waitFor({ timeout: 15000 });
    const sheets = provinceDefinition();
    addRow(sheets, "indicators", {
      table_id: "B05",
      tt: "3",
      code: "DB_CHU_TICH",
      label_vi: "Họ và tên Chủ tịch công đoàn",
      type: "text",
      max_length: 40,
    });
    await openDefinitionInExcel(page, sheets.sheets);
    await picker.getByRole("button", { name: t("vi", "forms.ui.fromWorkbook") }).click();
    await picker
      .getByTestId("definition-current")
      .getByText(
        t("vi", "forms.ui.chosen", {
          form: t("vi", "plain.formName", { title: "Biểu mẫu của LĐLĐ tỉnh Điện Biên", version: "1" }),
          source: t("vi", "forms.ui.openWorkbook"),
        }),
      )
      .waitFor({ timeout: 15000 });

    // Biểu mẫu now makes the province's own form: its campaign, and Biểu 05 with the text line, in the open workbook.
    await page.getByTestId("templates-make").click({ timeout: 15000 });
    const inserted = t("vi", "tplui.inserted", { count: "999", campaign: "@" });
    await page.getByText(inserted.slice(0, inserted.indexOf("999"))).waitFor({ timeout: 15000 });
    await expect(sheetsOf(page)).resolves.toEqual(expect.arrayContaining(["Biểu 05"]));
    const chairCell = await page.evaluate(
      () =>
        (window as unknown as { fakeExcel: { names: Map<string, { sheet: string }> } }).fakeExcel.names.get("UR_DB_CHU_TICH_SL")?.sheet ??
        null,
    );
    expect(chairCell).toBe("Biểu 05");
    expect(session.errorsOf(page)).toEqual([]);
  }, 120_000);

  it("lists a definition's mistakes by sheet and cell and keeps the forms in use", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await inExcel(session);
    const picker = page.getByTestId("definition-picker");
    await picker.waitFor({ timeout: 15000 });
    const sheets = provinceDefinition();
    addRow(sheets, "rules", { rule_id: "DB_BAD", expression: "band(DB_TL_BQ, 5, 1)", severity: "warning" });
    await openDefinitionInExcel(page, sheets.sheets);
    await picker.getByRole("button", { name: t("vi", "forms.ui.fromWorkbook") }).click();
    const problems = picker.getByTestId("definition-problems");
    await problems.waitFor({ timeout: 15000 });
    await expect(problems.innerText()).resolves.toMatch(/rules!B\d+: band\(biểu thức, nhỏ nhất, lớn nhất\) cần hai số/);
    await expect(picker.getByTestId("definition-current").innerText()).resolves.toContain(
      t("vi", "forms.ui.shipped", { form: "@" }).split("(")[0]!.trim(),
    );
    expect(session.errorsOf(page)).toEqual([]);
  }, 120_000);
});

describeWithBrowser("Biểu mẫu and Kiểm tra inside Excel (stand-in office.js)", () =>
  describe.each(API_LEVELS)("with ExcelApi %s", (api) => {
    type Fake = {
      names: Map<string, { sheet: string; ref: string }>;
      sheets: {
        name: string;
        peek(ref: string): { fill: string | null } | undefined;
        put(ref: string, v: number): void;
        protectedWith: object | null;
        protect(options: object, password: string): void;
        unprotect?: never;
      }[];
      active: { sheet: string; address?: string } | null;
      supports(minor: number): boolean;
      failSync(n: number): void;
    };
    const fake = (page: Page) => page.evaluateHandle(() => (window as unknown as { fakeExcel: Fake }).fakeExcel);

    it("inserts the template into the open workbook, then checks what was typed and takes the user to the cell", async () => {
      if (!session) throw new Error("the browser did not start (see beforeAll)");
      const page = await inExcel(session, api);
      // office.js is in <head>, before the page's own script, as Office requires.
      const scripts = await page.evaluate(() => [...document.head.querySelectorAll("script")].map((s) => s.getAttribute("src") ?? ""));
      expect(scripts.findIndex((src) => src.endsWith("office-js/office.js"))).toBeGreaterThanOrEqual(0);
      expect(scripts.findIndex((src) => src.endsWith("office-js/office.js"))).toBeLessThan(
        scripts.findIndex((src) => src.includes("taskpane")),
      );
      await page.getByTestId("templates-make").click({ timeout: 15000 });
      const inserted = t("vi", "tplui.inserted", { count: "999", campaign: "@" });
      await page.getByText(inserted.slice(0, inserted.indexOf("999"))).waitFor({ timeout: 15000 });

      // Typed into the workbook as a user would: more women than members.
      const handle = await fake(page);
      const target = await handle.evaluate((excel) => {
        const at = (name: string) => excel.names.get(name)!;
        const sheet = (name: string) => excel.sheets.find((s) => s.name === at(name).sheet)!;
        sheet("UR_DV_TONG_SL").put(at("UR_DV_TONG_SL").ref, 1100);
        sheet("UR_DV_NU_SL").put(at("UR_DV_NU_SL").ref, 1250);
        return at("UR_DV_NU_SL");
      });

      await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click();
      await page.getByRole("button", { name: t("vi", "check.view.run") }).click();
      await page.getByTestId("check-summary").waitFor({ timeout: 15000 });
      const issue = page.getByRole("button", { name: /1\.250.*1\.100/ }).first();
      await issue.click();
      await expect(handle.evaluate((excel) => excel.active)).resolves.toEqual({ sheet: target.sheet, address: target.ref });

      // The target cell's fill, read in the page; waited for, since the view writes it after the click.
      const fillOf = () =>
        handle.evaluate((excel, cell) => excel.sheets.find((s) => s.name === cell.sheet)!.peek(cell.ref)?.fill ?? null, target);
      const fillBecomes = (fill: string | null) =>
        page.waitForFunction(
          ([cell, want]) =>
            ((window as unknown as { fakeExcel: Fake }).fakeExcel.sheets.find((s) => s.name === cell.sheet)!.peek(cell.ref)?.fill ??
              null) === want,
          [target, fill] as const,
          { timeout: 15000 },
        );
      const before = await fillOf();
      await page.getByRole("button", { name: t("vi", "check.view.highlight") }).click();
      await fillBecomes(HIGHLIGHT_FILL);
      await page.getByRole("button", { name: t("vi", "check.view.clearHighlight") }).click();
      await fillBecomes(before);

      // "Tự kiểm tra lại" is promised only where Excel raises change events (ExcelApi 1.7+).
      const promise = page.getByText(t("vi", "check.view.autoRecheck"));
      if (await handle.evaluate((excel) => excel.supports(7))) await promise.waitFor({ timeout: 15000 });
      else await expect(promise.count()).resolves.toBe(0);

      // Excel fails the read: the user reads what to do, in Vietnamese, not Office's own error text.
      await handle.evaluate((excel) => excel.failSync(1));
      await page.getByRole("button", { name: t("vi", "check.view.run") }).click();
      await page.getByText(t("vi", "check.view.failed", { reason: t("vi", "ui.error.unexpected") })).waitFor({ timeout: 15000 });
      await page.getByRole("button", { name: t("vi", "check.view.run") }).click();
      await page.getByTestId("check-summary").waitFor({ timeout: 15000 });

      // The user protects the sheet with a password: highlighting says it cannot mark it, and changes nothing.
      const sheetName = await handle.evaluate((excel, cell) => {
        const sheet = excel.sheets.find((s) => s.name === cell.sheet)!;
        sheet.protectedWith = null;
        sheet.protect({}, "mật khẩu");
        return sheet.name;
      }, target);
      await page.getByRole("button", { name: t("vi", "check.view.highlight") }).click();
      await page
        .getByTestId("check-mark-notice")
        .getByText(t("vi", "check.view.highlightLocked", { sheets: sheetName }))
        .waitFor({ timeout: 15000 });
      await expect(fillOf()).resolves.toBe(before);
      expect(session.errorsOf(page)).toEqual([]);
    }, 120_000);
  }),
);
