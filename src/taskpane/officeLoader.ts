/**
 * The first script of the page, in <head> as Office requires, and the only one that must run in every
 * webview Office has, so it is compiled to ES5 (webpack.config.js; test/browser/office-loader.test.ts
 * parses it as ES5).
 *
 * - In Office's old webviews (Trident/EdgeHTML) it writes a plain message (oldWebview.ts) and then
 *   `<plaintext>`: the rest of the page, the React bundle's script tag included, is read as hidden
 *   text and never runs there.
 * - Elsewhere, when Office opened the page, it writes office.js's script tag right here, so office.js
 *   runs before the page's own code (which is deferred). Where office.js comes from (our copy or
 *   Microsoft's CDN) is one build setting, OFFICE_JS_SOURCE, passed on this script's data-office-js.
 */
import { wantsOfficeJs } from "./officeHostInfo";
import { isOldWebview, oldWebviewHtml, standaloneAddress } from "./oldWebview";

// document.currentScript is not in IE11: a parser-blocking script is the last one parsed so far.
const scripts = document.getElementsByTagName("script");
const self = scripts[scripts.length - 1] as HTMLScriptElement | undefined;
const source = self ? self.getAttribute("data-office-js") : null;
if (isOldWebview(navigator.userAgent)) {
  document.write(`${oldWebviewHtml(standaloneAddress(window.location))}<plaintext style="display:none">`);
} else if (source && wantsOfficeJs(window as unknown as Parameters<typeof wantsOfficeJs>[0])) {
  // document.write from a parser-blocking script: the only way to keep office.js itself in <head>, loaded in order.
  document.write(`<script src="${source.replace(/"/g, "&quot;")}"></script>`);
}
