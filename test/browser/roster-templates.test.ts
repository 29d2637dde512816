/**
 * Biểu mẫu for a whole roster in the standalone page at 350 × 800: the officer chooses the campaign,
 * the parent union and a roster, and downloads one .zip holding every unit's template, each filled with
 * the unit's name, code and level (and the roster with proposed codes for a line without one). A line
 * that cannot get a template is listed in words.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { t } from "../../src/taskpane/strings";
import { readWorkbook } from "../../src/workbook/file/reader";
import { parseCsv } from "../../src/domain/merge/csv";
import { describeWithBrowser, openBrowser, RESULTS, type BrowserSession } from "../support/browser";

jest.setTimeout(180_000);

let session: BrowserSession | null = null;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session?.close();
});

const ROSTER = [
  "Mã đơn vị;Tên đơn vị;Cấp",
  "CDCS-A;CĐCS Công ty Cổ phần Cao su Điện Biên;cdcs",
  "CDCS-B;CĐCS Trường Tiểu học Mường Thanh;cdcs",
  ";CĐCS Bệnh viện huyện;cdcs",
  "CDCS-X;;cdcs",
  "",
].join("\r\n");

describeWithBrowser("templates for a whole roster, standalone at 350 px", () => {
  it("downloads every unit's template in one .zip, each identified", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html", { viewport: { width: 350, height: 800 } });
    await page.getByTestId("templates-campaign").waitFor({ timeout: 15000 });
    await page.getByTestId("templates-campaign").selectOption("tk-3105");
    await page.getByLabel(t("vi", "tplui.year")).fill("2026");
    await page.getByLabel(t("vi", "tplui.unit.parent")).fill("LĐLĐ huyện Mường Chà");
    await page
      .getByTestId("roster-templates-file")
      .setInputFiles({ name: "danh-sach.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${ROSTER}`, "utf8") });
    await expect(page.getByTestId("roster-templates-chosen").textContent()).resolves.toBe(
      t("vi", "tplroster.chosen", { file: "danh-sach.csv", count: "3" }),
    );
    // The line without a name is named, in words.
    await expect(page.getByTestId("roster-templates-problems").textContent()).resolves.toContain(
      "dòng 5 (CDCS-X): thiếu tên đơn vị; bỏ qua.",
    );
    const section = page.getByTestId("roster-templates");
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(RESULTS, "roster-templates-350.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60000 }),
      page.getByTestId("roster-templates-make").click(),
    ]);
    expect(download.suggestedFilename()).toBe("bieu-mau-tk-3105-2026.zip");
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const workbooks = Object.keys(zip)
      .filter((name) => name.endsWith(".xlsx"))
      .sort();
    expect(workbooks).toHaveLength(3);
    const identified = workbooks.map((name) => {
      const read = readWorkbook(zip[name]);
      if (!read.ok) throw new Error(`${name} does not read`);
      const value = (key: string) => read.value.workbook.names.get(key)?.cells[0]?.[0]?.value ?? null;
      expect(value("UR_META_CAMPAIGN_ID")).toBe("tk-3105-2026");
      expect(value("UR_ID_LEVEL")).toBe("Công đoàn cơ sở");
      expect(value("UR_ID_PARENT")).toBe("LĐLĐ huyện Mường Chà");
      return [value("UR_ID_UNIT_CODE"), value("UR_ID_UNIT_NAME")];
    });
    expect(
      identified
        .filter(([code]) => code === "CDCS-A" || code === "CDCS-B")
        .map(([, name]) => name)
        .sort(),
    ).toEqual(["CĐCS Công ty Cổ phần Cao su Điện Biên", "CĐCS Trường Tiểu học Mường Thanh"]);
    // The line without a code got a proposed one, used in its template and kept in the roster with codes.
    const proposed = identified.find(([, name]) => name === "CĐCS Bệnh viện huyện")!;
    expect(proposed[0]).toEqual(expect.any(String));
    const withCodes = parseCsv(new TextDecoder().decode(zip["danh-sach-co-ma.csv"]));
    expect(withCodes.some((row) => row[1] === proposed[0] && row[2] === "CĐCS Bệnh viện huyện")).toBe(true);
    await expect(page.getByTestId("roster-templates-status").textContent()).resolves.toBe(
      t("vi", "tplroster.done", { count: "3", file: "bieu-mau-tk-3105-2026.zip" }),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await section.screenshot({ path: join(RESULTS, "roster-templates-350-done.png") });
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });

  it("says in words when the roster cannot be read", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html", { viewport: { width: 350, height: 800 } });
    await page.getByTestId("templates-campaign").waitFor({ timeout: 15000 });
    await page
      .getByTestId("roster-templates-file")
      .setInputFiles({ name: "danh-sach.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") });
    await page
      .getByTestId("roster-templates-status")
      .getByText("Không đọc được danh sách đơn vị danh-sach.xlsx:", { exact: false })
      .waitFor({ timeout: 15000 });
    await expect(page.getByTestId("roster-templates-make").count()).resolves.toBe(0);
    await page.close();
  });
});
