// The user guide (docs/huong-dan/*.md, and the IT pages docs/cai-dat-bo-tro.md, docs/may-chu-noi-bo.md) as one
// HTML page, dist/huong-dan.html: what "Hướng dẫn sử dụng" in the pane opens, the manifest's SupportUrl, and
// the guide inside the single page. One self-contained file: its pictures are inlined, its links between
// chapters are anchors in the page. The Markdown is ours and simple, so a small reader of its few forms does.
"use strict";

const fs = require("fs");
const path = require("path");
const { htmlDocument } = require("./html-page");

const DOCS = path.resolve(__dirname, "..", "docs");
const GUIDE_PAGE = "huong-dan.html";

/** The chapters, in reading order, as paths under docs/. */
const CHAPTERS = [
  "huong-dan/README.md",
  "huong-dan/1-cong-doan-co-so.md",
  "huong-dan/2-cap-tren-truc-tiep.md",
  "huong-dan/3-lien-doan-tinh.md",
  "huong-dan/4-trung-uong.md",
  "cai-dat-bo-tro.md",
  "may-chu-noi-bo.md",
];

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A chapter's anchor in the page: its file name without the extension ("README" is the guide's start). */
const anchorOf = (file) => (path.basename(file, ".md") === "README" ? "muc-luc" : path.basename(file, ".md"));

/**
 * Inline Markdown: code, images, links, bold, italics. `link(href)` maps a target to the page's (an anchor for
 * a chapter, null for a file that is not in the page: then only the words remain); `image(src)` to a data: URL.
 */
function inline(text, { link, image }) {
  const codes = [];
  let html = escapeHtml(text).replace(/`([^`]+)`/g, (_, code) => {
    codes.push(`<code>${code}</code>`);
    return `\ue000${codes.length - 1}\ue000`;
  });
  html = html
    .replace(/!\[([^\]]*)\]\(([^)]+)\)/g, (_, alt, src) => `<img src="${image(src.replace(/&amp;/g, "&"))}" alt="${alt}" />`)
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, words, href) => {
      const target = link(href.replace(/&amp;/g, "&"));
      return target === null ? words : `<a href="${escapeHtml(target)}">${words}</a>`;
    })
    .replace(/&lt;(https:\/\/[^\s&]+)&gt;/g, (_, url) => `<a href="${url}">${url}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>");
  return html.replace(/\ue000(\d+)\ue000/g, (_, i) => codes[Number(i)]);
}

/** One chapter's Markdown as HTML: headings, paragraphs, lists (with indented continuation lines), tables, fenced code. */
function markdownToHtml(markdown, options) {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  let i = 0;
  const text = (s) => inline(s, options);
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
    } else if (line.startsWith("```")) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(" ");
      const words = line.slice(level + 1);
      const id = level === 1 ? ` id="${options.anchor}"` : "";
      out.push(`<h${level}${id}>${text(words)}</h${level}>`);
      i++;
    } else if (line.startsWith("|")) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i]);
      const cells = (row) =>
        row
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((c) => c.trim());
      const [head, , ...body] = rows;
      out.push(
        `<table><thead><tr>${cells(head)
          .map((c) => `<th>${text(c)}</th>`)
          .join("")}</tr></thead>` +
          `<tbody>${body
            .map(
              (r) =>
                `<tr>${cells(r)
                  .map((c) => `<td>${text(c)}</td>`)
                  .join("")}</tr>`,
            )
            .join("")}</tbody></table>`,
      );
    } else if (/^(- |\d+\. )/.test(line)) {
      const ordered = /^\d+\. /.test(line);
      const items = [];
      for (; i < lines.length && (/^(- |\d+\. )/.test(lines[i]) || /^ {2,}\S/.test(lines[i])); i++) {
        if (/^ {2,}\S/.test(lines[i]) && items.length > 0) items[items.length - 1] += ` ${lines[i].trim()}`;
        else items.push(lines[i].replace(/^(- |\d+\. )/, ""));
      }
      const tag = ordered ? "ol" : "ul";
      out.push(`<${tag}>${items.map((item) => `<li>${text(item)}</li>`).join("")}</${tag}>`);
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== "" && !/^(#|- |\d+\. |\||```)/.test(lines[i]); i++) para.push(lines[i].trim());
      out.push(`<p>${text(para.join(" "))}</p>`);
    }
  }
  return out.join("\n");
}

/** The whole guide page from the files under `docs` (a test passes its own folder). */
function guideHtml(docs = DOCS) {
  const inPage = new Set(CHAPTERS.map((file) => path.normalize(file)));
  const sections = CHAPTERS.map((file) => {
    const dir = path.dirname(file);
    const link = (href) => {
      if (/^https?:/.test(href)) return href;
      const [target, hash] = href.split("#");
      const resolved = path.normalize(path.join(dir, target));
      if (inPage.has(resolved)) return `#${hash || anchorOf(resolved)}`;
      return null; // a file beside the guide (a sample web.config): its name stays in the words
    };
    const image = (src) => {
      const file = path.join(docs, dir, src);
      return `data:image/png;base64,${fs.readFileSync(file).toString("base64")}`;
    };
    return `<section>\n${markdownToHtml(fs.readFileSync(path.join(docs, file), "utf8"), { link, image, anchor: anchorOf(file) })}\n</section>`;
  });
  return htmlDocument({
    // Nothing to run and nothing to fetch: its pictures are inside.
    csp: "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
    title: "Hướng dẫn sử dụng — Báo cáo Công đoàn",
    style: [
      'body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 16px/1.5 "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: #242424; }',
      "img { max-width: 100%; height: auto; border: 1px solid #d1d1d1; } pre { overflow-x: auto; background: #f5f5f5; padding: .5rem; }",
      "table { border-collapse: collapse; } th, td { border: 1px solid #d1d1d1; padding: .25rem .5rem; text-align: left; vertical-align: top; }",
      "section + section { border-top: 2px solid #d1d1d1; margin-top: 2rem; } h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; }",
      "@media (prefers-color-scheme: dark) { body { background: #292929; color: #fff; } a { color: #8ab4f8; } pre { background: #1f1f1f; } }",
    ],
    body: ["<main>", ...sections, "</main>"],
  });
}

module.exports = { CHAPTERS, GUIDE_PAGE, guideHtml, markdownToHtml };

if (require.main === module) process.stdout.write(guideHtml());
