/**
 * The single page's guide-href.ts (webpack.config.js swaps it in for bao-cao-cong-doan.html): the guide's whole
 * page is inlined as text and opened from a blob: URL, since there is no file beside a page sent by e-mail.
 */
import html from "union-report-guide-html";
import { once } from "../../domain/memo";

/** One blob for the page's life. */
export const guideHref = once((): string => URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" })));
