/* global Buffer */
// The single self-contained page, dist/bao-cao-cong-doan.html: the pure parts of its making (webpack.config.js,
// "single page" block, calls them once the bundle is minified). Kept here so that a test can read them.
"use strict";

const crypto = require("crypto");
const { htmlDocument } = require("./html-page");

const SINGLE_PAGE = "bao-cao-cong-doan.html";

/**
 * Every character beyond ASCII written as \uXXXX, one UTF-16 unit at a time (the minifier leaves them raw): a lone
 * surrogate (in a regular expression, say) would otherwise be written to a file, or turned into a Blob, as U+FFFD,
 * changing what the script means; and an ASCII script does not depend on being read as UTF-8. Valid in strings,
 * templates, regular expressions, identifiers and comments alike.
 */
function asciiOnly(js) {
  return js.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Makes bundled JavaScript safe inside <script>…</script>: "</script" would close the element early, so its
 * "/" is escaped ("<\/script" means the same in a string, a template or a regular expression). "<!--" followed
 * by "<script" would switch the HTML parser into another state; no escape means the same everywhere, so the
 * build stops instead. The script is made ASCII (asciiOnly), so that its hash in the policy is that of the bytes.
 */
function inlineScript(js) {
  const safe = asciiOnly(js.replace(/<\/(script)/gi, "<\\/$1"));
  if (/<!--/.test(safe)) throw new Error(`${SINGLE_PAGE}: the bundle contains "<!--", which cannot be inlined safely`);
  return safe;
}

/** 'sha256-…' of an inline script, for the page's Content-Security-Policy. */
function scriptHash(script) {
  return `'sha256-${crypto.createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/**
 * The page's policy: nothing from anywhere, except its own inline script (by hash), its styles (Griffel injects
 * <style> tags), data: images and fonts, and the merge worker started from a blob: URL.
 */
function singlePageCsp(script) {
  return [
    "default-src 'none'",
    `script-src ${scriptHash(script)}`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "connect-src blob: data:",
    "worker-src blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** An HTML comment cannot hold "--": the licence notices keep their words with that pair split. */
function htmlComment(text) {
  return `<!--\n${text.replace(/--/g, "- -").replace(/>/g, "&gt;")}\n-->`;
}

/** The whole page. `js`: the minified bundle; `icon`: the 32 px icon's bytes; `licences`: the bundle's extracted notices. */
function singlePageHtml({ js, icon, licences = "" }) {
  const script = inlineScript(js);
  return htmlDocument({
    csp: singlePageCsp(script),
    title: "Báo cáo Công đoàn",
    head: [`<link rel="icon" type="image/png" href="data:image/png;base64,${Buffer.from(icon).toString("base64")}" />`],
    style: [
      'html, body { margin: 0; height: 100%; font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }',
      "@media (prefers-color-scheme: dark) { html, body { background: #292929; color: #ffffff; } }",
    ],
    body: ['<div id="root"></div>', licences ? htmlComment(licences) : "", `<script>${script}</script>`],
  });
}

module.exports = { SINGLE_PAGE, asciiOnly, inlineScript, scriptHash, singlePageCsp, singlePageHtml };
