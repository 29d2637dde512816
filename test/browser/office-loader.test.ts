/**
 * The page's first script in Office's old webviews (issue 24 item 1). Office 2019 volume licence and
 * Microsoft 365 before Version 2101 show add-ins in Trident (IE11) or EdgeHTML: the loader must parse
 * there (ES5, checked by parsing the built file at ecmaVersion 5) and show a plain message pointing to
 * the standalone page, never letting the React bundle run. Chromium cannot be IE, so the browser part
 * gives the page Trident's and EdgeHTML's user agents (as the header and navigator.userAgent, through
 * the DevTools protocol) and checks what the loader does with them.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";
import type { Page } from "playwright-core";
import { DIST, describeWithBrowser, openBrowser, type BrowserSession } from "../support/browser";
import { isOldWebview, oldWebviewHtml, standaloneAddress } from "../../src/taskpane/oldWebview";
import { oldWebviewPage } from "../../src/taskpane/strings/old-webview";

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const EDGE_CHROMIUM =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
const IN_EXCEL = "taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0";

describe("the old-webview check and message", () => {
  it("recognises Trident and EdgeHTML, not Chromium Edge, Chrome or Safari", () => {
    expect(isOldWebview(TRIDENT)).toBe(true);
    expect(isOldWebview("Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; Trident/7.0)")).toBe(true);
    expect(isOldWebview(EDGE_HTML)).toBe(true);
    expect(isOldWebview(EDGE_CHROMIUM)).toBe(false);
    expect(isOldWebview("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko)")).toBe(false);
  });

  it("points to this page without the host's query, escaped in the HTML", () => {
    const address = standaloneAddress({ protocol: "https:", host: "bao-cao.ldld.vn", pathname: "/addin/taskpane.html" });
    expect(address).toBe("https://bao-cao.ldld.vn/addin/taskpane.html?standalone");
    expect(oldWebviewHtml('https://x/a.html?x="<b>')).not.toContain("<b>");
  });
});

describe("dist/office-loader.js", () => {
  it("parses as ES5, as Trident and EdgeHTML need", () => {
    const file = join(DIST, "office-loader.js");
    if (!existsSync(file)) throw new Error("dist/office-loader.js is missing: run `npm run build:local` first");
    expect(() => parse(readFileSync(file, "utf8"), { ecmaVersion: 5 })).not.toThrow();
  });
});

let session: BrowserSession | null = null;
beforeAll(async () => {
  session = await openBrowser();
}, 60_000);
afterAll(async () => {
  await session?.close();
});

async function pageAs(userAgent: string | null): Promise<Page> {
  if (!session) throw new Error("the browser did not start (see beforeAll)");
  return session.newPage(IN_EXCEL, {
    route: async (page) => {
      if (userAgent) await (await page.context().newCDPSession(page)).send("Network.setUserAgentOverride", { userAgent });
      // office.js must not be fetched there either; inside a modern Excel the stand-in is not needed for this test.
      await page.route("**/office-js/office.js", (route) =>
        route.fulfill({ contentType: "application/javascript", body: "window.officeJsLoaded = true;" }),
      );
    },
  });
}

describeWithBrowser("the page in Office's old webviews", () => {
  for (const [name, userAgent] of [
    ["Trident (IE11)", TRIDENT],
    ["EdgeHTML", EDGE_HTML],
  ] as const) {
    it(`shows the Vietnamese and English message and a link to the standalone page in ${name}, never running the bundle`, async () => {
      const page = await pageAs(userAgent);
      await expect(page.evaluate(() => navigator.userAgent)).resolves.toBe(userAgent);
      const message = page.locator("#old-webview");
      await expect(message.isVisible()).resolves.toBe(true);
      const text = await message.innerText();
      expect(text).toContain(oldWebviewPage.vi["oldWebview.title"]);
      expect(text).toContain(oldWebviewPage.vi["oldWebview.instead"]);
      expect(text).toContain(oldWebviewPage.en["oldWebview.title"]);
      const link = page.getByRole("link", { name: oldWebviewPage.vi["oldWebview.link"] });
      await expect(link.getAttribute("href")).resolves.toMatch(/\/taskpane\.html\?standalone$/);
      // Everything after the loader was read as text: no React root, no bundle script, office.js not loaded.
      await expect(page.locator("#root").count()).resolves.toBe(0);
      await expect(page.evaluate(() => document.querySelectorAll("script[src*='taskpane']").length)).resolves.toBe(0);
      await expect(page.evaluate(() => "officeJsLoaded" in window)).resolves.toBe(false);
      await session!.screenshot(page, `office-loader-${name.split(" ")[0].toLowerCase()}`);
    });
  }

  it("in a modern webview writes office.js's tag and lets the pane start, with no message", async () => {
    const page = await pageAs(null);
    await expect(page.locator("#old-webview").count()).resolves.toBe(0);
    await expect(page.evaluate(() => "officeJsLoaded" in window)).resolves.toBe(true);
    await expect(page.locator("#root").count()).resolves.toBe(1);
  });
});
