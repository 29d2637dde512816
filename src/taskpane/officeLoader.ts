/**
 * The first script of the page, in <head> as Office requires: when Office opened the page it writes
 * office.js's script tag right here, so office.js runs before the page's own code (which is deferred).
 * Where office.js comes from (our copy or Microsoft's CDN) is one build setting, OFFICE_JS_SOURCE
 * (webpack.config.js), passed on this script's data-office-js attribute.
 */
import { wantsOfficeJs } from "./officeHostInfo";

const self = document.currentScript as HTMLScriptElement | null;
const source = self?.dataset.officeJs;
if (source && wantsOfficeJs(window as unknown as Parameters<typeof wantsOfficeJs>[0])) {
  // document.write from a parser-blocking script: the only way to keep office.js itself in <head>, loaded in order.
  document.write(`<script src="${source.replace(/"/g, "&quot;")}"></script>`);
}
