/**
 * The page's Content-Security-Policy (issue 6: "the page sets a Content Security Policy"), read from
 * the built page in chromium and proven by the browser itself: a request to another origin is refused.
 * The request log of a whole session is checked in shell.test.ts.
 */
import { describeWithBrowser, openBrowser, type BrowserSession } from "../support/browser";

let session: BrowserSession | null = null;

beforeAll(async () => {
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
});

/** The policy's directives by name: "default-src" → ["'self'"]. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describeWithBrowser("the standalone page's Content-Security-Policy", () => {
  it("is set, allows only our own origin, and no script from anywhere else or from eval", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html");
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
    );
    const d = directives(policy);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(policy).not.toContain("unsafe-eval");
    for (const source of d.get("connect-src") ?? []) expect(["'self'", "blob:", "data:"]).toContain(source);
  });

  it("is enforced: the page cannot send anything to another origin", async () => {
    if (!session) throw new Error("the browser did not start (see beforeAll)");
    const page = await session.newPage("taskpane.html", { expectErrors: true });
    const outcome = await page.evaluate(async () => {
      try {
        await fetch("https://example.com/collect", { method: "POST", body: "figures" });
        return "sent";
      } catch {
        return "refused";
      }
    });
    expect(outcome).toBe("refused");
    expect(session.requests.filter((url) => url.includes("example.com"))).toEqual([]);
  });
});
