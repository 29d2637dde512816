// Two builds from one config: the task pane web page (also the standalone page) and the Node CLI.
// `webpack --mode production` for deployment; ADDIN_BASE_URL sets where dist/ will be served (see README).
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinBaseUrl, rewriteManifest } = require("./scripts/manifest");
const { httpsServerOptions } = require("./scripts/certs");

const DIST = path.resolve(__dirname, "dist");
const OFFICE_JS = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
const DEV_PORT = Number(process.env.DEV_SERVER_PORT || 3000);

// Only what office.js loads for Excel: itself, the Office 2013-style loader table it fetches when the page
// is not (yet) inside a host, the Excel host files per platform, telemetry sink, and the locale strings we
// ship (other locales fall back to en-us). The whole package is 86 MB; this is about 7 MB.
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "telemetry/oteljs_agave.js",
  "excel-web-16.00.js",
  "excel-win32-16.00.js",
  "excel-win32-16.01.js",
  "excel-mac-16.00.js",
  "excel-ios-16.00.js",
  "excel-android-16.00.js",
  "en-us/office_strings.js",
  "vi-vn/office_strings.js",
];

/** The page's Content-Security-Policy: our own origin only. Griffel (Fluent UI) injects <style> tags, hence 'unsafe-inline' for styles; blob: for downloads and workers. */
function contentSecurityPolicy(dev) {
  const connect = ["'self'", "blob:", "data:"];
  if (dev) connect.push(`wss://localhost:${DEV_PORT}`, `ws://localhost:${DEV_PORT}`); // dev-server live reload only
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: [/node_modules/, /\.test\.tsx?$/, /[\\/]test[\\/]/],
  // Type checking runs once in `npm run lint` (tsc --noEmit); the bundler only strips types.
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: true } } },
};

function taskpane(env, argv) {
  const production = argv.mode === "production";
  const baseUrl = addinBaseUrl();
  const page = (filename) =>
    new HtmlWebpackPlugin({
      filename,
      template: "src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      scriptLoading: "defer",
      meta: { "Content-Security-Policy": { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy(!production) } },
    });
  return {
    name: "taskpane",
    target: "web",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: DIST,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: { keep: /^cli[\\/]/ },
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    performance: { hints: false },
    plugins: [
      page("taskpane.html"),
      page("index.html"), // the standalone page's short address: same page
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => (production ? rewriteManifest(content.toString("utf8"), baseUrl) : content) },
          ...OFFICE_JS_FILES.map((file) => ({ from: path.join(OFFICE_JS, file), to: `office-js/${file}` })),
          { from: path.join(OFFICE_JS, "..", "LICENSE.md"), to: "office-js/LICENSE.md" }, // its licence asks for the notice to travel with it
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      static: false,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      devMiddleware: { writeToDisk: false },
      server: async () => {
        const options = await httpsServerOptions();
        return options ? { type: "https", options } : { type: "https" };
      },
    },
  };
}

function cli(env, argv) {
  const production = argv.mode === "production";
  return {
    name: "cli",
    target: "node20",
    // bin.ts runs main.ts's run() on process.argv; merge-worker.ts is the merge's second thread.
    entry: { "union-report": "./src/cli/bin.ts", "merge-worker": "./src/cli/merge-worker.ts" },
    output: { path: path.join(DIST, "cli"), filename: "[name].js", clean: true },
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    performance: { hints: false },
    optimization: { minimize: false }, // readable stack traces from the field matter more than size here
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      {
        apply(compiler) {
          compiler.hooks.afterEmit.tap("ExecutableCli", () => {
            const file = path.join(DIST, "cli", "union-report.js");
            if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
          });
        },
      },
    ],
  };
}

module.exports = (env = {}, argv = {}) => {
  // `webpack serve` builds the page only; the CLI has no business on the dev server.
  if (env.WEBPACK_SERVE) return taskpane(env, argv);
  return [taskpane(env, argv), cli(env, argv)];
};
