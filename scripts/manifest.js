/* global URL */
// The one place that knows the development origin written in manifest.xml and how a deployment replaces it.
// As a command, writes the manifest for the address where dist/ is served (docs/deploying.md):
//   node scripts/manifest.js https://baocao.ldld-tinh.vn/addin/ [--out dist/manifest.xml]   (npm run manifest -- …)
"use strict";

const fs = require("fs");
const path = require("path");

const DEV_BASE_URL = "https://localhost:3000/";

/** ADDIN_BASE_URL from the environment (or the argument), normalised to end with "/"; https only, because Office loads add-ins over https. */
function addinBaseUrl(value = process.env.ADDIN_BASE_URL) {
  const raw = value && value.trim() !== "" ? value.trim() : DEV_BASE_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be an https URL, got ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Hosts only this machine reaches: a manifest naming them works for nobody else. */
function isLocalHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "::1" || host === "0.0.0.0";
}

/**
 * The base URL of a production build. `local`: this machine only (npm start, the tests), asked for by name
 * (npm run build:local); otherwise ADDIN_BASE_URL must be given and must not be this machine, so that a
 * manifest still pointing at localhost never leaves the build (it would show an empty pane to every user).
 */
function deploymentBaseUrl(value = process.env.ADDIN_BASE_URL, { local = false } = {}) {
  if (local) return DEV_BASE_URL;
  if (!value || value.trim() === "") {
    throw new Error(
      "Chưa đặt ADDIN_BASE_URL (địa chỉ https nơi đặt dist/), nên manifest sẽ trỏ tới localhost. " +
        "Ví dụ: ADDIN_BASE_URL=https://baocao.ldld-tinh.vn/addin/ npm run build. Chỉ dùng trên máy này (npm start, kiểm thử): npm run build:local.\n" +
        "ADDIN_BASE_URL is not set (the https address where dist/ is served), so the manifest would point at localhost. " +
        "For this machine only (npm start, tests): npm run build:local.",
    );
  }
  const base = addinBaseUrl(value);
  if (isLocalHost(new URL(base).hostname)) {
    throw new Error(
      `ADDIN_BASE_URL=${value} là địa chỉ của riêng máy này; máy khác không mở được. Hãy dùng địa chỉ của máy chủ (ví dụ https://baocao.ldld-tinh.vn/addin/), hoặc npm run build:local để dùng trên máy này.\n` +
        `ADDIN_BASE_URL=${value} is this machine only; use the server's address, or npm run build:local for this machine.`,
    );
  }
  return base;
}

/** Rewrites every development URL of the manifest to the deployment base. */
function rewriteManifest(xml, baseUrl = addinBaseUrl()) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/** The command: `node scripts/manifest.js <base-url> [--out <file>]`; returns the file written. */
function writeManifestFor(args, root = path.resolve(__dirname, "..")) {
  const at = args.indexOf("--out");
  const out = at >= 0 ? args[at + 1] : path.join(root, "dist", "manifest.xml");
  const base = args.find((arg, i) => !arg.startsWith("--") && (at < 0 || i !== at + 1));
  if (!out) throw new Error("--out needs a file name");
  const xml = rewriteManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), deploymentBaseUrl(base));
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, xml);
  return path.resolve(out);
}

if (require.main === module) {
  try {
    const file = writeManifestFor(process.argv.slice(2));
    console.log(`Đã ghi / Written: ${file}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

module.exports = { DEV_BASE_URL, addinBaseUrl, deploymentBaseUrl, isLocalHost, rewriteManifest, writeManifestFor };
