/**
 * The task pane as a province officer uses it, at task-pane width (350×800) and on a desktop
 * (1280×800), in Vietnamese and English, light and dark: no view scrolls sideways; every file given
 * to Tổng hợp — .xlsx, .xlsm, .xls, .pdf — is listed with its verdict; a unit that submitted is never
 * shown as missing against a roster kept without codes; nothing is filled in behind the officer's back.
 * Screenshots are kept in test-results/ (pane-*.png).
 */
import { mkdtempSync, rmSync, writeFileSync, utimesSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import type { Lang } from "../../src/domain/i18n/strings";
import type { FigureKey } from "../../src/domain/submission";
import { describeWithBrowser, openBrowser, type BrowserSession } from "../support/browser";
import { unitWorkbook } from "../merge/support";
import { cfbWithStreams } from "../reader/build-cfb";

let session: BrowserSession | null = null;
const dir = mkdtempSync(join(tmpdir(), "pane-"));
const NARROW = { width: 350, height: 800 };
const WIDE = { width: 1280, height: 800 };

const UNITS = [
  { code: "MC01", name: "CĐCS Trường Tiểu học Kim Đồng xã Mường Mươn", file: "mc01.xlsx" },
  // A unit that saved its report with macros: it did submit.
  { code: "MC02", name: "CĐCS Trường Trung học cơ sở Lê Lợi xã Mường Mươn", file: "mc02-co-macro.xlsm" },
  // Prepared after the CĐCS deadline (10/6/2026): "Nộp muộn", a warning badge.
  { code: "MC03", name: "CĐCS Bệnh viện đa khoa huyện Mường Chà", file: "mc03.xlsx", date: "2026-06-20" },
];
const paths: Record<string, string> = {};

beforeAll(async () => {
  for (const [i, u] of UNITS.entries()) {
    const figures = new Map<FigureKey, number>([
      ["DV_TONG@value", 100 + i * 10],
      ["LD_TONG@value", 300],
    ]);
    paths[u.file] = join(dir, u.file);
    writeFileSync(paths[u.file], await unitWorkbook(u.code, figures, { name: u.name, date: "date" in u ? u.date : undefined }));
    // Lateness is judged by the day a file was received (File.lastModified in the page): each arrives the day it was prepared.
    const arrived = new Date(`${"date" in u ? u.date : "2026-06-05"}T10:00:00`);
    utimesSync(paths[u.file], arrived, arrived);
  }
  paths["bao-cao-cu.xls"] = join(dir, "bao-cao-cu.xls");
  writeFileSync(paths["bao-cao-cu.xls"], cfbWithStreams(["Workbook", "SummaryInformation"]));
  paths["cong-van.pdf"] = join(dir, "cong-van.pdf");
  writeFileSync(paths["cong-van.pdf"], "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  // The province's list as it is kept: a title, STT, names, no codes; one unit (MC04) that did not send.
  paths["danh-sach.csv"] = join(dir, "danh-sach.csv");
  writeFileSync(
    paths["danh-sach.csv"],
    `\ufeffDANH SÁCH CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC\r\nSTT;Tên công đoàn cơ sở;Cấp\r\n${[...UNITS.map((u) => u.name), "CĐCS Trạm Y tế xã Sá Tổng"].map((n, i) => `${i + 1};${n};cdcs`).join("\r\n")}\r\n`,
  );
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function shell(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("heading", { level: 1, name: t("vi", "app.name") }).waitFor({ timeout: 15000 });
  if (lang !== "vi") {
    await page.getByLabel(t("vi", "ui.language.label")).selectOption(lang);
    await page.getByRole("heading", { level: 1, name: t(lang, "app.name") }).waitFor({ timeout: 15000 });
  }
}

/** How far the page scrolls sideways (0: not at all), and the widest element when it does. */
async function sideways(page: Page): Promise<{ overflow: number; culprit: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    let culprit = "";
    if (overflow > 0) {
      let widest = 0;
      for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
        const right = el.getBoundingClientRect().right;
        if (right > widest) {
          widest = right;
          culprit = `${el.tagName.toLowerCase()}.${el.className} (${Math.round(right)}px)`;
        }
      }
    }
    return { overflow, culprit };
  });
}

/** The lowest WCAG contrast ratio between a badge's text and its own background, over every badge on the page. */
async function weakestBadge(page: Page): Promise<{ ratio: number; text: string }> {
  return page.evaluate(() => {
    const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let weakest = { ratio: 21, text: "" };
    for (const badge of Array.from(document.querySelectorAll<HTMLElement>(".fui-Badge"))) {
      const style = getComputedStyle(badge);
      const [a, b] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < weakest.ratio) weakest = { ratio, text: badge.innerText };
    }
    return weakest;
  });
}

async function chooseFiles(page: Page, lang: Lang, files: readonly string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: t(lang, "merge.view.pickFiles") }).click(),
  ]);
  await chooser.setFiles([...files]);
}

async function runMerge(page: Page, lang: Lang): Promise<void> {
  await chooseFiles(
    page,
    lang,
    ["mc01.xlsx", "mc02-co-macro.xlsm", "bao-cao-cu.xls", "cong-van.pdf", "mc03.xlsx"].map((f) => paths[f]),
  );
  const [rosterChooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: t(lang, "merge.view.pickRoster") }).click(),
  ]);
  await rosterChooser.setFiles(paths["danh-sach.csv"]);
  await page.getByLabel(t(lang, "merge.view.unitCode")).fill("LDLD-MC");
  await page.getByLabel(t(lang, "merge.view.unitName")).fill("LĐLĐ huyện Mường Chà");
  await page.getByRole("button", { name: t(lang, "merge.view.run"), exact: true }).click();
  await page.getByTestId("merge-results").waitFor({ timeout: 60000 });
}

/** A fresh page at task-pane width, on the Tổng hợp view, in Vietnamese. */
async function openMerge(s: BrowserSession): Promise<Page> {
  const page = await s.newPage("taskpane.html", { viewport: NARROW });
  await shell(page, "vi");
  await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click();
  return page;
}

const VIEWS = [
  { tab: "ui.tab.templates", name: "templates" },
  { tab: "ui.tab.check", name: "check" },
  { tab: "ui.tab.merge", name: "merge" },
] as const;

describeWithBrowser("the task pane at 350 px and on a desktop", () => {
  const cases: [Lang, "light" | "dark", { width: number; height: number }][] = [
    ["vi", "light", NARROW],
    ["en", "dark", NARROW],
    ["vi", "dark", WIDE],
    ["en", "light", WIDE],
  ];
  it.each(cases)(
    "no view scrolls sideways (%s, %s, %j), the merge results included",
    async (lang, scheme, viewport) => {
      if (!session) throw new Error("the browser did not start (see beforeAll)");
      const page = await session.newPage("taskpane.html", { viewport, colorScheme: scheme });
      await shell(page, lang);
      const tag = `pane-${viewport.width}-${lang}-${scheme}`;
      for (const view of VIEWS) {
        await page.getByRole("tab", { name: t(lang, view.tab) }).click();
        if (view.name === "merge") {
          await runMerge(page, lang);
          // Verdict badges are read at a glance: WCAG AA contrast (4.5:1) for their text.
          expect((await weakestBadge(page)).ratio).toBeGreaterThanOrEqual(4.5);
        }
        expect({ view: view.name, ...(await sideways(page)) }).toEqual({ view: view.name, overflow: 0, culprit: "" });
        await session.screenshot(page, `${tag}-${view.name}`);
      }
      // No developer text in the interface: no English validator messages, no stack, no raw keys.
      const text = await page.locator("body").innerText();
      expect(text).not.toMatch(/Too small|Invalid input|undefined|\bat [\w.]+ \(|merge\.view\.|tplui\./);
    },
    180_000,
  );
});

describeWithBrowser("high contrast (Windows forced colours)", () => {
  it("keeps the verdict badges readable and the pane within 350 px", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await openMerge(session);
    await page.emulateMedia({ forcedColors: "active" });
    await runMerge(page, "vi");
    expect((await weakestBadge(page)).ratio).toBeGreaterThanOrEqual(4.5);
    expect((await sideways(page)).overflow).toBe(0);
    await session.screenshot(page, "pane-350-vi-forced-colors-merge");
  }, 120_000);
});

describeWithBrowser("Tổng hợp: every file accounted for, nothing guessed", () => {
  it("lists every file given — .xlsx, .xlsm, .xls, .pdf — with a verdict, and never shows a unit that submitted as missing", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await openMerge(session);
    await runMerge(page, "vi");

    const cards = page.getByTestId("merge-files").locator(":scope > li");
    const verdicts = new Map<string, string>();
    for (const card of await cards.all()) verdicts.set((await card.getAttribute("data-file"))!, await card.innerText());
    expect([...verdicts.keys()].sort()).toEqual(["bao-cao-cu.xls", "cong-van.pdf", "mc01.xlsx", "mc02-co-macro.xlsm", "mc03.xlsx"]);
    const has = (file: string, key: Parameters<typeof t>[1]) => expect(verdicts.get(file)).toContain(t("vi", key));
    has("mc01.xlsx", "merge.status.accepted");
    has("mc02-co-macro.xlsm", "merge.status.accepted"); // .xlsm: read like any workbook, counted
    has("bao-cao-cu.xls", "merge.status.rejected");
    has("cong-van.pdf", "merge.status.rejected");
    // A rejected file says why, in Vietnamese.
    expect(verdicts.get("bao-cao-cu.xls")!.split("\n").length).toBeGreaterThan(2);

    // The roster without codes: matched by name; the .xlsm unit submitted; only the unit that sent nothing is missing.
    const roster = page.getByTestId("merge-roster").locator(":scope > li");
    const lines = await roster.allInnerTexts();
    const state = (name: string) => lines.find((l) => l.includes(name)) ?? "";
    for (const u of UNITS) expect(state(u.name)).toContain(t("vi", "date" in u ? "merge.roster.late" : "merge.roster.submitted"));
    expect(state("CĐCS Trạm Y tế xã Sá Tổng")).toContain(t("vi", "merge.roster.missing"));

    // Focus lands on the next step, the download, not at the top of the page.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("merge-download");
    await session.screenshot(page, "pane-merge-every-file");
  }, 120_000);

  it("lists the chosen files, flags one chosen twice, removes one, clears all, and asks for the merging unit instead of inventing it", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await openMerge(session);
    await chooseFiles(page, "vi", [paths["mc01.xlsx"], paths["cong-van.pdf"]]);
    await chooseFiles(page, "vi", [paths["mc01.xlsx"]]);
    const chosen = page.getByTestId("merge-chosen");
    await chosen.getByText(t("vi", "merge.view.chosenHeading", { count: 2 })).waitFor();
    await chosen.getByText(t("vi", "merge.view.chosenTwice", { times: 2 })).waitFor();
    await chosen.getByRole("button", { name: t("vi", "merge.view.removeFile", { file: "cong-van.pdf" }) }).click();
    await chosen.getByText(t("vi", "merge.view.chosenHeading", { count: 1 })).waitFor();

    // Empty merging unit: the fields say so, nothing runs.
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByText(t("vi", "merge.view.needUnitCode")).waitFor();
    await page.getByText(t("vi", "merge.view.needUnitName")).waitFor();
    await expect(page.getByTestId("merge-results").count()).resolves.toBe(0);

    await chosen.getByRole("button", { name: t("vi", "merge.view.clearAll") }).click();
    await expect(page.getByTestId("merge-chosen").count()).resolves.toBe(0);
    // "Choose at least one file" is said when it is true, and goes when files are chosen.
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByText(t("vi", "merge.view.needFiles")).waitFor();
    await chooseFiles(page, "vi", [paths["mc01.xlsx"]]);
    await expect(page.getByText(t("vi", "merge.view.needFiles")).count()).resolves.toBe(0);
  }, 120_000);

  it("lists every file of a chosen folder, whatever its kind", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await openMerge(session);
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: t("vi", "merge.view.pickFolder") }).click(),
    ]);
    await chooser.setFiles(dir);
    const chosen = page.getByTestId("merge-chosen");
    await chosen.getByText(t("vi", "merge.view.chosenHeading", { count: Object.keys(paths).length })).waitFor();
    const listed = await chosen.locator("li").allInnerTexts();
    for (const name of Object.keys(paths)) expect(listed.some((line) => line.includes(name))).toBe(true);
  }, 120_000);

  it("merges again with a late file, keeping the other choices, and remembers the merging unit for next time", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await openMerge(session);
    await chooseFiles(page, "vi", [paths["mc01.xlsx"]]);
    await page.getByLabel(t("vi", "merge.view.unitCode")).fill("LDLD-MC");
    await page.getByLabel(t("vi", "merge.view.unitName")).fill("LĐLĐ huyện Mường Chà");
    await page.getByRole("button", { name: t("vi", "merge.view.run"), exact: true }).click();
    await page.getByTestId("merge-results").waitFor({ timeout: 60000 });
    await expect(page.getByTestId("merge-summary").innerText()).resolves.toContain(`${t("vi", "merge.summary.units")}: 1`);

    await chooseFiles(page, "vi", [paths["mc03.xlsx"]]);
    await page.getByRole("button", { name: t("vi", "merge.view.rerun"), exact: true }).click();
    await page
      .getByTestId("merge-summary")
      .getByText(`${t("vi", "merge.summary.units")}: 2`)
      .waitFor({ timeout: 60000 });

    await page.reload();
    await shell(page, "vi");
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click();
    await expect(page.getByLabel(t("vi", "merge.view.unitCode")).inputValue()).resolves.toBe("LDLD-MC");
    await page.getByText(t("vi", "merge.view.remembered")).waitFor();
    await page.getByText(t("vi", "merge.view.mergingAs", { code: "LDLD-MC", name: "LĐLĐ huyện Mường Chà" })).waitFor();
  }, 120_000);
});
