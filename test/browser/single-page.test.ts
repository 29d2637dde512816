/**
 * dist/bao-cao-cong-doan.html as a union office meets it: a file opened from disk (file://) with every
 * request off the disk refused. It makes a template, checks a file with planted errors and merges 20 files
 * (a .pdf and a broken zip among them): every file gets a verdict, the consolidated workbook downloads and
 * reads back with the exact sums. At 350 px (the pane's width; its screenshots are the user guide's,
 * docs/huong-dan/anh/) and 1280 px; with the merge in its blob: worker, and with workers removed from the
 * browser, on the page's own thread.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import { cellName } from "../../src/domain/definition";
import { readSubmission } from "../../src/domain/check";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { readWorkbook } from "../../src/workbook/file/reader";
import { describeWithBrowser, DIST, openBrowser, ROOT, type BrowserSession } from "../support/browser";
import { mergeOnPage, startAndCancel } from "../support/merge-page";
import { catalog, unitWorkbook } from "../merge/support";
import { filledTemplate } from "../check/files";
import { PERIODIC } from "../check/helpers";

const PAGE = join(DIST, "bao-cao-cong-doan.html");
/** The guide's pictures (docs/huong-dan/), retaken by every run at the pane's width. */
const GUIDE_PICTURES = join(ROOT, "docs", "huong-dan", "anh");

let session: BrowserSession | null = null;
const dir = mkdtempSync(join(tmpdir(), "single-page-"));
/** The page is copied into a folder with a Vietnamese name and a space, as it lands from an e-mail. */
const pageDir = join(dir, "Báo cáo tải về");
let pageUrl = "";
const mergePaths: string[] = [];
let checkPath = "";
const UNITS = 18;
const members = (i: number) => 7 * i + 3;

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build:local first`);
  mkdirSync(pageDir);
  copyFileSync(PAGE, join(pageDir, "bao-cao-cong-doan.html"));
  pageUrl = pathToFileURL(join(pageDir, "bao-cao-cong-doan.html")).href;
  for (let i = 1; i <= UNITS; i++) {
    const code = `CD${String(i).padStart(2, "0")}`;
    const figures = new Map<FigureKey, number>([
      ["LD_TONG@value", members(i) * 2],
      ["DV_TONG@value", members(i)],
      ["SK_GIATRI@value", 0.1],
    ]);
    const path = join(dir, `${code}.xlsx`);
    writeFileSync(path, await unitWorkbook(code, figures));
    mergePaths.push(path);
  }
  const pdf = join(dir, "bao-cao-quy-1.pdf");
  writeFileSync(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  const broken = join(dir, "CD99-hong.xlsx");
  writeFileSync(broken, Buffer.concat([Buffer.from("PK\u0003\u0004\u0014\u0000\u0000\u0000", "latin1"), Buffer.alloc(300, 0x41)]));
  mergePaths.push(pdf, broken);
  checkPath = join(dir, "bao-cao-loi.xlsx");
  const figures = new Map<FigureKey, number>([
    ["LD_TONG@value", 1500],
    ["LD_NU@value", 1300],
    ["DV_TONG@value", 1100],
    ["DV_NU@value", 1250],
  ]);
  writeFileSync(checkPath, await filledTemplate(PERIODIC, figures, { planted: new Map([[cellName("CB_TONG", "value"), "1.250"]]) }));
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly page: Page;
  /** Requests for anything not on the disk: each was refused, and there should be none. */
  readonly refused: string[];
  /** Workers the page started. */
  readonly workers: string[];
}

async function openFromDisk(s: BrowserSession, width: number, workers: boolean, url = pageUrl): Promise<Run> {
  const refused: string[] = [];
  const started: string[] = [];
  const page = await s.newPage(url, {
    viewport: { width, height: 800 },
    route: async (p) => {
      await p.context().route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        refused.push(url);
        return route.abort();
      });
      if (!workers) await p.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
      p.on("worker", (worker) => started.push(worker.url()));
    },
  });
  return { page, refused, workers: started };
}

/** The pane as the officer sees it (one screen, from `from` down), for the guide: at 350 px, once per run. */
async function picture(page: Page, name: string, width: number, workers: boolean, from?: string): Promise<void> {
  if (width !== 350 || !workers) return;
  if (from) await page.getByTestId(from).evaluate((element) => element.scrollIntoView({ block: "start" }));
  // Still pictures, so that a run that changed nothing rewrites the same bytes: no focus ring, no animation.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(GUIDE_PICTURES, `${name}.png`), animations: "disabled", caret: "hide" });
}

async function makeTemplate(run: Run, width: number, workers: boolean): Promise<void> {
  const { page } = run;
  await page.getByTestId("templates-campaign").waitFor({ timeout: 30000 });
  await page.getByLabel(t("vi", "tplui.unit.name")).fill("CĐCS Công ty Than Hà Lầm");
  await page.getByLabel(t("vi", "tplui.unit.code")).fill("QN-017");
  await picture(page, "1-bieu-mau", width, workers);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByTestId("templates-make").click()]);
  const read = readWorkbook(new Uint8Array(readFileSync((await download.path())!)));
  if (!read.ok) throw new Error(render("en", read.error));
  const submission = readSubmission(catalog, read.value.workbook).submission!;
  expect(submission.identification.unitCode).toBe("QN-017");
  expect(submission.identification.unitName).toBe("CĐCS Công ty Than Hà Lầm");
}

async function checkFile(run: Run, width: number, workers: boolean): Promise<void> {
  const { page } = run;
  await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: t("vi", "check.view.open") }).click(),
  ]);
  await chooser.setFiles(checkPath);
  await page.getByText(t("vi", "check.view.fileLabel", { file: "bao-cao-loi.xlsx" })).waitFor({ timeout: 30000 });
  await page
    .getByText(/trông như số 1250/)
    .first()
    .waitFor();
  await picture(page, "2-kiem-tra", width, workers);
}

async function mergeTwenty(run: Run, width: number, workers: boolean): Promise<void> {
  const { page } = run;
  const merged = await mergeOnPage(page, mergePaths, { code: "LDLD-TEST", name: "LĐLĐ huyện Thử", level: "huyen" }, 120000);
  // Every file its verdict, the two that are no workbook among them.
  const cards = page.getByTestId("merge-files").locator(":scope > li");
  await expect(cards.count()).resolves.toBe(mergePaths.length);
  for (const name of ["bao-cao-quy-1.pdf", "CD99-hong.xlsx", "CD01.xlsx", "CD18.xlsx"])
    await expect(page.getByTestId("merge-files").getByText(name).first().isVisible()).resolves.toBe(true);
  expect(merged.summary).toContain(`${t("vi", "merge.summary.files")}: ${mergePaths.length}`);
  expect(merged.summary).toContain(`${t("vi", "merge.summary.rejected")}: 2`);
  expect(merged.summary).toContain(`${t("vi", "merge.summary.units")}: ${UNITS}`);
  expect(merged.steps.length).toBeGreaterThan(0);
  // On the page's thread the officer is told why it is slower; never in the worker.
  expect(merged.progress.some((text) => text.includes(t("vi", "merge.thread.page")))).toBe(!workers);
  await picture(page, "3-tong-hop", width, workers, "merge-results");

  const read = readWorkbook(merged.xlsx);
  if (!read.ok) throw new Error(render("en", read.error));
  const sub = readSubmission(catalog, read.value.workbook).submission!;
  expect(sub.kind).toBe("consolidated");
  expect(sub.identification.unitCode).toBe("LDLD-TEST");
  let total = 0;
  for (let i = 1; i <= UNITS; i++) total += members(i);
  expect(sub.figures.get("DV_TONG@value")).toBe(total);
  expect(sub.figures.get("LD_TONG@value")).toBe(2 * total);
  expect(sub.figures.get("SK_GIATRI@value")).toBe(1.8);
}

describeWithBrowser("bao-cao-cong-doan.html opened from disk with the network refused", () => {
  it("is one file of at most 6 MB with nothing to fetch: no source map, no office.js", () => {
    const html = readFileSync(PAGE, "utf8");
    expect(statSync(PAGE).size).toBeLessThanOrEqual(6 * 1024 * 1024);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/i);
    expect(html).not.toMatch(/sourceMappingURL/);
    expect(html).not.toMatch(/office-js\/office\.js|appsforoffice/);
  });

  for (const width of [350, 1280]) {
    for (const workers of [true, false]) {
      it(`makes a template, checks a file and merges 20 files at ${width} px, ${workers ? "in its blob: worker" : "with no worker, on the page's thread"}`, async () => {
        if (!session) throw new Error("the browser did not start (see beforeAll)");
        const run = await openFromDisk(session, width, workers);
        await makeTemplate(run, width, workers);
        await checkFile(run, width, workers);
        await mergeTwenty(run, width, workers);
        expect(run.refused).toEqual([]);
        if (workers) expect(run.workers.length).toBeGreaterThan(0);
        else expect(run.workers).toEqual([]);
        expect(run.workers.every((url) => url.startsWith("blob:"))).toBe(true);
        expect(session.errorsOf(run.page)).toEqual([]);
      });
    }
  }

  it("merges from the multi-file dist/index.html opened from disk too: the browser refuses its worker file, the page's thread does the work", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const run = await openFromDisk(session, 1280, true, pathToFileURL(join(DIST, "index.html")).href);
    await mergeTwenty(run, 1280, false);
    expect(run.refused).toEqual([]);
    expect(run.workers).toEqual([]);
    expect(session.errorsOf(run.page)).toEqual([]);
  });

  it("opens the user guide from the pane, from inside the single page and beside the multi-file page", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    for (const url of [pageUrl, pathToFileURL(join(DIST, "index.html")).href]) {
      const run = await openFromDisk(session, 350, true, url);
      const link = run.page.getByRole("link", { name: t("vi", "help.opensNew") });
      const [guide] = await Promise.all([run.page.context().waitForEvent("page"), link.click()]);
      await guide.getByRole("heading", { name: "Hướng dẫn sử dụng Báo cáo Công đoàn" }).waitFor({ timeout: 15000 });
      for (const chapter of ["1. Công đoàn cơ sở", "4. Tổng Liên đoàn", "Cài đặt bổ trợ Báo cáo Công đoàn cho Excel"]) {
        await expect(guide.getByRole("heading", { name: new RegExp(`^${chapter}`) }).count()).resolves.toBe(1);
      }
      // Its pictures are inside it: every one drawn, nothing fetched.
      const pictures = await guide
        .locator("img")
        .evaluateAll((images) =>
          images.map((img) => ({ src: (img as HTMLImageElement).src.slice(0, 22), drawn: (img as HTMLImageElement).naturalWidth > 0 })),
        );
      expect(pictures.length).toBeGreaterThanOrEqual(3);
      expect(pictures.every((p) => p.src === "data:image/png;base64," && p.drawn)).toBe(true);
      expect(run.refused).toEqual([]);
    }
  });

  it("says in Vietnamese what failed and what to do when something nobody caught goes wrong", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage(pageUrl, { expectErrors: true });
    await page.getByTestId("templates-campaign").waitFor({ timeout: 30000 });
    await page.evaluate(() => {
      void Promise.reject(new Error("nobody awaited this"));
      setTimeout(() => {
        throw new DOMException("Failed to construct 'Worker'", "SecurityError");
      }, 0);
    });
    const shown = page.getByTestId("page-errors");
    await shown.getByText(t("vi", "errors.page.unexpected")).waitFor({ timeout: 10000 });
    await shown.getByText(t("vi", "errors.page.fileProtocol")).waitFor({ timeout: 10000 });
    expect(session.errorsOf(page).length).toBe(2); // and the detail went to the console, for whoever supports the office
    // The views still work.
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click();
    await page.getByRole("button", { name: t("vi", "merge.view.pickFiles") }).waitFor();
  });

  it("cancels a long run on the page's thread for real: the button answers between files, no result appears", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const { page, workers } = await openFromDisk(session, 350, false);
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click({ timeout: 30000 });
    await startAndCancel(page, readFileSync(mergePaths[0]), 300, true);
    await page.waitForTimeout(1000);
    await expect(page.getByTestId("merge-results").count()).resolves.toBe(0);
    expect(workers).toEqual([]);
    expect(session.errorsOf(page)).toEqual([]);
  });

  it("shows a view that fails while drawing as a Vietnamese message with Thử lại, and the other views keep working", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage(pageUrl, { expectErrors: true });
    await page.getByTestId("templates-campaign").waitFor({ timeout: 30000 });
    await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click();
    // Biểu mẫu asks the year while it draws: make that throw, as a broken browser API or a bug would.
    await page.evaluate(() => {
      const original = Date.prototype.getFullYear;
      Object.assign(window, { restoreYear: () => (Date.prototype.getFullYear = original) });
      Date.prototype.getFullYear = () => {
        throw new TypeError("getFullYear failed");
      };
    });
    await page.getByRole("tab", { name: t("vi", "ui.tab.templates") }).click();
    const failed = page.getByTestId("view-failed");
    await failed.getByText(t("vi", "errors.view.title", { view: t("vi", "ui.tab.templates") })).waitFor({ timeout: 10000 });
    await expect(failed.getByText(t("vi", "errors.view.body")).count()).resolves.toBe(1);
    // The rest of the page still works.
    await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click();
    await page.getByRole("button", { name: t("vi", "check.view.open") }).waitFor();
    await page.getByRole("tab", { name: t("vi", "ui.tab.templates") }).click();
    await failed.waitFor();
    // Once the cause is gone, Thử lại draws the view again.
    await page.evaluate(() => (window as unknown as { restoreYear: () => void }).restoreYear());
    await failed.getByRole("button", { name: t("vi", "errors.view.retry") }).click();
    await page.getByTestId("templates-campaign").waitFor({ timeout: 10000 });
    expect(session.errorsOf(page).length).toBeGreaterThan(0); // React's report of the error, for whoever supports the office
  });
});
