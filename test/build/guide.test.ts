/**
 * The user guide's page (scripts/guide.js → dist/huong-dan.html): every chapter of docs/huong-dan and the IT
 * pages in one self-contained page; links between chapters as anchors that exist; pictures inlined.
 */
import { existsSync } from "fs";
import { join, resolve } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHAPTERS, guideHtml, markdownToHtml } = require("../../scripts/guide.js") as {
  CHAPTERS: string[];
  guideHtml: (docs?: string) => string;
  markdownToHtml: (
    md: string,
    options: { link: (href: string) => string | null; image: (src: string) => string; anchor: string },
  ) => string;
};

const DOCS = resolve(__dirname, "..", "..", "docs");
const plain = { link: (href: string) => href, image: (src: string) => src, anchor: "a" };

describe("the user guide's page", () => {
  const html = guideHtml();

  it("holds every chapter, one per role, and the IT pages", () => {
    for (const file of CHAPTERS) expect(existsSync(join(DOCS, file))).toBe(true);
    for (const heading of [
      "1. Công đoàn cơ sở",
      "2. Công đoàn cấp trên trực tiếp cơ sở",
      "3. Liên đoàn Lao động tỉnh",
      "4. Tổng Liên đoàn",
      "Cài đặt bổ trợ",
      "Đặt trang Báo cáo Công đoàn trên máy chủ nội bộ",
    ]) {
      expect(html).toMatch(new RegExp(`<h1 id="[^"]+">${heading}`));
    }
  });

  it("links only to anchors it has, or to https addresses", () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) {
      if (href.startsWith("#")) expect(ids).toContain(href.slice(1));
      else expect(href).toMatch(/^https:\/\//);
    }
  });

  it("has its pictures inside, each a screenshot the browser test takes", () => {
    const pictures = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    expect(pictures.length).toBeGreaterThanOrEqual(3);
    for (const src of pictures) expect(src).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(html).not.toMatch(/<script|src="(?!data:)/);
  });

  it("reads the Markdown the guide uses: lists with continued lines, tables, code, emphasis, escaping", () => {
    const md = [
      "# Tiêu đề",
      "",
      "1. Bước **một** với `mã <x>`",
      "   tiếp dòng",
      "2. Bước hai",
      "",
      "| a | b |",
      "|---|---|",
      "| 1 | <2> |",
      "",
      "```",
      "x <y>",
      "```",
      "Đoạn *nghiêng* [liên kết](u.md).",
    ].join("\n");
    const out = markdownToHtml(md, plain);
    expect(out).toContain('<h1 id="a">Tiêu đề</h1>');
    expect(out).toContain("<ol><li>Bước <strong>một</strong> với <code>mã &lt;x&gt;</code> tiếp dòng</li><li>Bước hai</li></ol>");
    expect(out).toContain("<td>&lt;2&gt;</td>");
    expect(out).toContain("<pre><code>x &lt;y&gt;</code></pre>");
    expect(out).toContain('<p>Đoạn <em>nghiêng</em> <a href="u.md">liên kết</a>.</p>');
  });
});
