// https for the dev server. Office only loads add-ins over https, and Excel on the web refuses a page whose
// certificate the browser does not trust; so prefer the Office dev CA (office-addin-dev-certs) and say what to trust.
"use strict";

const fs = require("fs");
const path = require("path");

const CERT_DIR = path.join(__dirname, "..", ".certs");
const files = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};
const MAX_AGE_MS = 25 * 24 * 3600 * 1000; // the dev certificates live 30 days

function fresh() {
  return Object.values(files).every((f) => fs.existsSync(f) && Date.now() - fs.statSync(f).mtimeMs < MAX_AGE_MS);
}

/**
 * Returns { ca, cert, key } buffers, or null when no certificate could be made (the caller then lets
 * webpack-dev-server make its own self-signed one).
 * Windows/mac: the Office dev CA, installed into the user's trust store (may ask once).
 * Linux: the same kind of CA, generated into .certs/ but not installed (that needs root): trust .certs/ca.crt in the browser.
 */
async function httpsServerOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    return null;
  }
  try {
    if (process.platform === "win32" || process.platform === "darwin") {
      return await devCerts.getHttpsServerOptions();
    }
    if (!fresh()) {
      fs.mkdirSync(CERT_DIR, { recursive: true });
      await devCerts.generateCertificates(files.ca, files.cert, files.key, 30);
    }
    return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
  } catch (error) {
    console.warn(`[certs] could not make the Office dev certificate (${error && error.message}); using a self-signed one.`);
    return null;
  }
}

module.exports = { httpsServerOptions, CERT_DIR, files };
