/**
 * Office's old webviews: Trident (IE11) and EdgeHTML, which Office 2019 volume licence and Microsoft 365
 * on Windows before Version 2101 use for add-ins. React 18 and Fluent UI v9 do not run there, so the
 * page's first script (officeLoader.ts, compiled to ES5) shows a plain message instead and never lets
 * the bundle run. ES5 at run time: no URLSearchParams, no Map, no String.prototype.includes.
 */
import { oldWebviewPage } from "./strings/old-webview";

/** Trident says "Trident/7.0" (IE11) or "MSIE"; EdgeHTML says "Edge/18…" (Chromium Edge says "Edg/"). */
export function isOldWebview(userAgent: string): boolean {
  return /Trident\/|MSIE |\sEdge\/\d/.test(userAgent);
}

/** The standalone page's address: this page without the host's query (Office adds _host_Info). */
export function standaloneAddress(location: { readonly protocol: string; readonly host: string; readonly pathname: string }): string {
  return `${location.protocol}//${location.host}${location.pathname}?standalone`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The message in plain HTML, Vietnamese first then English, with a link to the standalone page and its address as text (to copy into another browser). */
export function oldWebviewHtml(address: string): string {
  const url = escapeHtml(address);
  const block = (lang: "vi" | "en") => {
    const s = oldWebviewPage[lang];
    return (
      `<section lang="${lang}" style="margin:0 0 1.5em">` +
      `<h1 style="font-size:1.2em">${escapeHtml(s["oldWebview.title"])}</h1>` +
      `<p>${escapeHtml(s["oldWebview.problem"])}</p>` +
      `<p>${escapeHtml(s["oldWebview.instead"])}</p>` +
      `<p><a href="${url}" target="_blank">${escapeHtml(s["oldWebview.link"])}</a><br><code style="word-break:break-all">${url}</code></p>` +
      `</section>`
    );
  };
  return `<div id="old-webview" role="alert" style="font-family:'Segoe UI',Arial,sans-serif;padding:12px;max-width:40em">${block("vi")}${block("en")}</div>`;
}
