/**
 * Shared harness for tests that drive the built page in a real browser (Debian chromium through
 * playwright-core): a static http server over dist/ on 127.0.0.1, a fresh browser profile per launch and an isolated context per page, and a record of
 * every request and console error. Screenshots go to test-results/.
 *
 * Use:
 *   describeWithBrowser("…", () => { ... });          // skipped visibly without chromium, a failure under CI
 *   const session = await openBrowser();            // in that suite's beforeAll
 *   const page = await session.newPage("taskpane.html", { colorScheme: "dark" });
 *   ... session.requests, session.consoleErrors, session.screenshot(page, "name")
 *   await session.close();
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const RESULTS = join(ROOT, "test-results");

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".md": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** Serves a directory over http on 127.0.0.1 and a random port. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface BrowserSession {
  readonly baseUrl: string;
  /** Every URL the pages asked for, in order. */
  readonly requests: string[];
  /** console.error messages and uncaught page errors, of every page not opened with expectErrors. */
  readonly consoleErrors: string[];
  /**
   * Opens a page of dist/ in a fresh, isolated context. `expectErrors`: a test that provokes errors on
   * purpose (e.g. office.js blocked) reads them from errorsOf(page) and keeps them out of consoleErrors.
   * `route`: lets the test answer or block requests before the page loads.
   */
  newPage(
    path: string,
    options?: {
      colorScheme?: "light" | "dark";
      viewport?: { width: number; height: number };
      expectErrors?: boolean;
      route?: (page: Page) => Promise<void>;
    },
  ): Promise<Page>;
  errorsOf(page: Page): string[];
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Whether browser suites run here, decided when the suite is collected. Without chromium a developer
 * still runs the other suites: the suite is reported skipped, with why; under CI it is a failure.
 */
export function browserAvailable(suite: string): boolean {
  const executablePath = chromiumPath();
  if (existsSync(executablePath)) return true;
  const message = `${suite}: chromium not found at ${executablePath} (set CHROMIUM_PATH or apt-get install chromium)`;
  if (process.env.CI) throw new Error(`${message}; browser tests are required under CI`);
  console.warn(`SKIPPED ${message}`);
  return false;
}

/** The sessions this test file opened, and how many of each one's errors a test has already answered for. */
const watched = new Map<BrowserSession, number>();

/**
 * Fails the test during which a page logged a console error or threw an uncaught error, unless that page
 * was opened with expectErrors (its test then reads errorsOf(page) itself). Registered by describeWithBrowser,
 * so that no browser suite passes over an error the officer would have met as a page that did nothing.
 */
function failOnPageErrors(): void {
  const fresh: string[] = [];
  for (const [session, seen] of watched) {
    fresh.push(...session.consoleErrors.slice(seen));
    watched.set(session, session.consoleErrors.length);
  }
  if (fresh.length > 0)
    throw new Error(`the page logged ${fresh.length} error(s) during this test:\n${fresh.map((e) => `  - ${e}`).join("\n")}`);
}

/** describe() when chromium is here, describe.skip() with a message otherwise (and a failure under CI), as describeWithLibreOffice. Every test in it fails on a page error (failOnPageErrors). */
export function describeWithBrowser(name: string, body: () => void): void {
  (browserAvailable(name) ? describe : describe.skip)(name, () => {
    afterEach(failOnPageErrors);
    body();
  });
}

/** Starts the server and chromium; called from a describeWithBrowser suite, so a missing browser is an error here. */
export async function openBrowser(root: string = DIST): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new Error(`chromium not found at ${executablePath}: open it from a describeWithBrowser suite`);
  if (!existsSync(join(root, "taskpane.html"))) throw new Error(`${root}/taskpane.html is missing: run npm run build:local first`);
  mkdirSync(RESULTS, { recursive: true });
  const server = await serveStatic(root);
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // No --user-data-dir: playwright launches with a fresh temporary profile of its own (it refuses ours),
        // and every newPage() gets an isolated context, so no page sees another's storage.
      ],
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  const perPage = new WeakMap<Page, string[]>();

  const session: BrowserSession = {
    baseUrl: server.url,
    requests,
    consoleErrors,
    async newPage(path, options = {}) {
      const context = await browser.newContext({
        colorScheme: options.colorScheme ?? "light",
        viewport: options.viewport ?? { width: 420, height: 760 },
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      perPage.set(page, errors);
      const record = (text: string) => {
        errors.push(text);
        if (!options.expectErrors) consoleErrors.push(text);
      };
      page.on("request", (request) => requests.push(request.url()));
      page.on("console", (message) => {
        if (message.type() === "error") record(message.text());
      });
      page.on("pageerror", (error) => record(`uncaught: ${error.message}`));
      if (options.route) await options.route(page);
      await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
      return page;
    },
    errorsOf(page) {
      return perPage.get(page) ?? [];
    },
    async screenshot(page, name) {
      const file = join(RESULTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      watched.delete(session);
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
  watched.set(session, 0);
  return session;
}

/** URLs that left the machine: anything not on 127.0.0.1/localhost (data: and blob: stay local). */
export function offHostRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    const host = new URL(url).hostname;
    return host !== "127.0.0.1" && host !== "localhost";
  });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/** Runs axe-core in the page (injected from node_modules, no network) and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the page's CSP rightly forbids those.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: { exclude: string[][] }, options: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>, which Fluent's TabList uses to
    // manage arrow-key focus) hand focus on at once and are never read; axe cannot know that. Nothing else is excluded.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
