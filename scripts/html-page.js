// The frame of the self-contained pages the build writes (bao-cao-cong-doan.html, huong-dan.html): Vietnamese,
// UTF-8, their own Content-Security-Policy in a <meta>, a viewport for the pane's width.
"use strict";

/** A whole page: `head` (extra tags), `style` (CSS lines) and `body` (lines) are written as given. */
function htmlDocument({ csp, title, head = [], style = [], body = [] }) {
  return [
    "<!doctype html>",
    '<html lang="vi">',
    "<head>",
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title}</title>`,
    ...head,
    "<style>",
    ...style,
    "</style>",
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

module.exports = { htmlDocument };
