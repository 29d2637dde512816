/* global URL */
// Serves dist/ over https on localhost (default port 3000): what Excel on the web needs to load a sideloaded
// add-in, and the standalone page for users without add-in support. No dependency beyond Node.
"use strict";

const fs = require("fs");
const https = require("https");
const path = require("path");
const { httpsServerOptions } = require("./certs");

const DIST = path.resolve(__dirname, "..", "dist");
const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

async function serve({ port = Number(process.env.PORT || 3000), root = DIST } = {}) {
  const options = await httpsServerOptions();
  if (!options) throw new Error("no https certificate could be made; see docs/excel.md (Sideload for development)");
  const base = path.resolve(root);
  const server = https.createServer(options, (req, res) => {
    const url = new URL(req.url || "/", "https://localhost");
    let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
    if (file !== base && !file.startsWith(base + path.sep)) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) return res.writeHead(404).end("not found");
    // Office caches add-in pages hard; during development a stale page is worse than a slower one.
    res.writeHead(200, { "content-type": MIME[path.extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", resolve);
  });
  return server;
}

if (require.main === module) {
  serve().then(
    () => console.log(`serving ${DIST} at https://localhost:${process.env.PORT || 3000}/`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}

module.exports = { serve };
