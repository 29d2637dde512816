/* global URL */
// The one place that knows the development origin written in manifest.xml and how a deployment replaces it.
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/** ADDIN_BASE_URL from the environment (or the argument), normalised to end with "/"; https only, because Office loads add-ins over https. */
function addinBaseUrl(value = process.env.ADDIN_BASE_URL) {
  const raw = value && value.trim() !== "" ? value.trim() : DEV_BASE_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be an https URL, got ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites every development URL of the manifest to the deployment base. */
function rewriteManifest(xml, baseUrl = addinBaseUrl()) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, addinBaseUrl, rewriteManifest };
