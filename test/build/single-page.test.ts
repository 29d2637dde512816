/**
 * The single page's making (scripts/single-page.js): the bundle inlined so that the HTML parser reads back
 * exactly the script, its hash in the policy, and nothing in the page that would reach the network.
 */
import { createHash } from "crypto";
import vm from "vm";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { asciiOnly, inlineScript, singlePageCsp, singlePageHtml } = require("../../scripts/single-page.js") as {
  asciiOnly: (js: string) => string;
  inlineScript: (js: string) => string;
  singlePageCsp: (script: string) => string;
  singlePageHtml: (parts: { js: string; icon: Uint8Array; licences?: string }) => string;
};

const run = (js: string): unknown => vm.runInNewContext(js);

describe("the single page's script", () => {
  it("writes every character beyond ASCII as an escape that means the same, lone surrogates included", () => {
    const js = 'var s = "Tổng hợp 😀", r = /[\ud800-\udbff]/, t = `Đơn vị ${1}`; [s, r.test("\ud801"), t]';
    const ascii = asciiOnly(js);
    expect(ascii).not.toMatch(/[\u0080-\uffff]/);
    expect(run(ascii)).toEqual(run(js));
    expect(run(asciiOnly("var Đ = 2; Đ * 3"))).toBe(6);
  });

  it("cannot close its <script> element early, and means the same", () => {
    const js = 'var a = "</script><script>alert(1)</SCRIPT>"; a.length';
    const inlined = inlineScript(js);
    expect(inlined).not.toMatch(/<\/script/i);
    expect(run(inlined)).toBe(run(js));
  });

  it("refuses a bundle with an HTML comment opener rather than inline it wrongly", () => {
    expect(() => inlineScript('var a = "<!--<script>";')).toThrow(/<!--/);
  });

  it("allows exactly its own script by hash, workers from blob: only, and nothing from any address", () => {
    const script = inlineScript("console.log(1)");
    const csp = singlePageCsp(script);
    expect(csp).toContain(`script-src 'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("worker-src blob:");
    expect(csp).not.toMatch(/https?:|'self'|'unsafe-eval'/);
  });

  it("is one page: the script inline, the icon as data:, the notices kept in a comment", () => {
    const html = singlePageHtml({ js: "var x = 1;", icon: new Uint8Array([137, 80, 78, 71]), licences: "/*! react -- MIT */" });
    expect(html.match(/<script>var x = 1;<\/script>/g)).toHaveLength(1);
    expect(html).toContain('href="data:image/png;base64,iVBORw=="');
    expect(html).toContain("react - - MIT");
    expect(html).not.toMatch(/src=|href="(?!data:)/);
  });
});
