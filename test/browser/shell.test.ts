/**
 * The built task pane in a real browser (standalone: no Office around it), as a union officer on
 * Office 2016, WPS or LibreOffice would open it.
 */
import type { Page } from "playwright-core";
import { t } from "../../src/taskpane/strings";
import type { Lang } from "../../src/domain/i18n/strings";
import { describeWithBrowser, offHostRequests, openBrowser, seriousAxeViolations, type BrowserSession } from "../support/browser";

let session: BrowserSession | null = null;

beforeAll(async () => {
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** Waits until the shell (not the loading spinner) is on screen. */
async function shell(page: Page, lang: Lang = "vi"): Promise<void> {
  await page.getByRole("heading", { level: 1, name: t(lang, "app.name") }).waitFor({ timeout: 15000 });
}

async function chooseLanguage(page: Page, lang: Lang, current: Lang): Promise<void> {
  await page.getByLabel(t(current, "ui.language.label")).selectOption(lang);
  await shell(page, lang);
}

describeWithBrowser("the task pane, standalone in chromium", () => {
  it("renders the product name, the standalone notice and the three views, in Vietnamese by default", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await shell(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
    await expect(page.getByText(t("vi", "ui.host.standalone")).isVisible()).resolves.toBe(true);
    const tabs = page.getByRole("tab");
    expect(await tabs.allInnerTexts()).toEqual([t("vi", "ui.tab.templates"), t("vi", "ui.tab.check"), t("vi", "ui.tab.merge")]);
    await expect(page.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(t("vi", "ui.templates.title"));
    await session.screenshot(page, "shell-vi-templates");
  });

  it("switches between the three views with the mouse and with the keyboard", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await shell(page);
    await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click();
    await expect(page.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(t("vi", "ui.check.title"));
    await expect(page.getByRole("tabpanel").getAttribute("aria-labelledby")).resolves.toBe("tab-check");
    await session.screenshot(page, "shell-vi-check");
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).click();
    await expect(page.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(t("vi", "ui.merge.title"));
    await session.screenshot(page, "shell-vi-merge");

    // Keyboard only: focus the selected tab, arrow left twice, Enter.
    await page.getByRole("tab", { name: t("vi", "ui.tab.merge") }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(t("vi", "ui.templates.title"));

    // Without arrows: Tab from the selected tab reaches the next tab; Enter or Space chooses it.
    await page.getByRole("tab", { name: t("vi", "ui.tab.templates") }).focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-check");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(t("vi", "ui.check.title"));
    await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-merge");
    await page.keyboard.press("Space");
    await expect(page.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(t("vi", "ui.merge.title"));
  });

  it("reaches the language switch, the user guide, the definition picker, the tabs and the panel with Tab, with a visible focus", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await shell(page);
    const visited: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press("Tab");
      visited.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el ? `${el.tagName.toLowerCase()}:${el.getAttribute("role") ?? ""}` : "none";
        }),
      );
    }
    // "Hướng dẫn sử dụng" beside the language; the definition picker ("Mở tệp định nghĩa…") between the header and the tabs: it serves every view.
    // Each of the three tabs is a Tab stop (Tab then Enter or Space chooses one), then the panel.
    expect(visited).toEqual(["select:", "a:", "button:", "button:tab", "button:tab", "button:tab", "main:tabpanel"]);
    // Fluent draws keyboard focus (an outline, a box-shadow or an ::after border) once focus came from the keyboard.
    await page.keyboard.press("Shift+Tab");
    const focusDrawn = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const after = getComputedStyle(el, "::after");
      return [
        style.outlineStyle !== "none" && style.outlineWidth !== "0px",
        style.boxShadow !== "none",
        after.borderTopStyle !== "none" && after.content !== "none",
      ].some(Boolean);
    });
    expect(focusDrawn).toBe(true);
    await session.screenshot(page, "shell-vi-keyboard-focus");
  });

  it("switches language vi → en → vi and every visible text follows", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await shell(page);
    await page.getByRole("tab", { name: t("vi", "ui.tab.check") }).click();
    await chooseLanguage(page, "en", "vi");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByRole("tab").allInnerTexts()).toEqual([
      t("en", "ui.tab.templates"),
      t("en", "ui.tab.check"),
      t("en", "ui.tab.merge"),
    ]);
    await expect(page.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(t("en", "ui.check.title"));
    await expect(page.getByText(t("en", "ui.check.description")).isVisible()).resolves.toBe(true);
    const body = await page.locator("body").innerText();
    expect(body).not.toContain(t("vi", "ui.check.title"));
    await session.screenshot(page, "shell-en-check");
    await chooseLanguage(page, "vi", "en");
    await expect(page.getByRole("heading", { level: 2 }).innerText()).resolves.toBe(t("vi", "ui.check.title"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
  });

  it("remembers the chosen language when the page is opened again", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    await shell(page);
    await chooseLanguage(page, "en", "vi");
    await page.reload();
    await shell(page, "en");
  });

  it("follows a dark system theme", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html", { colorScheme: "dark" });
    await shell(page);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector("[data-theme]") as Element).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await expect(page.locator("[data-theme]").getAttribute("data-theme")).resolves.toBe("dark");
    await session.screenshot(page, "shell-vi-dark");
  });

  it("serves index.html as the same standalone page", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("index.html");
    await shell(page);
  });

  it.each([
    ["vi", "light"],
    ["en", "light"],
    ["vi", "dark"],
    ["en", "dark"],
  ] as const)("has no serious or critical accessibility violation (%s, %s)", async (lang, colorScheme) => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html", { colorScheme });
    await shell(page);
    if (lang === "en") await chooseLanguage(page, "en", "vi");
    for (const tab of ["ui.tab.templates", "ui.tab.check", "ui.tab.merge"] as const) {
      await page.getByRole("tab", { name: t(lang, tab) }).click();
      const violations = await seriousAxeViolations(page);
      expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
    await session.screenshot(page, `shell-${lang}-${colorScheme}-axe`);
  });

  it("boots standalone when office.js is asked for but cannot load (blocked, missing, offline)", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html?office", {
      expectErrors: true,
      route: async (p) => {
        await p.route("**/office-js/**", (route) => route.abort("blockedbyclient"));
      },
    });
    await shell(page);
    await expect(page.getByText(t("vi", "ui.host.standalone")).isVisible()).resolves.toBe(true);
    expect(session.errorsOf(page).every((e) => /office-js|ERR_BLOCKED_BY_CLIENT/i.test(e))).toBe(true);
  });

  it("does not load office.js in a plain browser tab (nothing of Office to wait for)", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const before = session.requests.length;
    const page = await session.newPage("taskpane.html");
    await shell(page);
    expect(session.requests.slice(before).filter((url) => url.includes("office-js/"))).toEqual([]);
  });

  it("asked nothing of any host but this one, and logged no console error", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    expect(session.requests.length).toBeGreaterThan(0);
    expect(offHostRequests(session.requests)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
