// Two builds from one config: the task pane web page (also the standalone page) and the Node CLI.
// `webpack --mode production` for deployment; ADDIN_BASE_URL sets where dist/ will be served (see docs/deploying.md).
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinBaseUrl, deploymentBaseUrl, rewriteManifest } = require("./scripts/manifest");
const { httpsServerOptions } = require("./scripts/certs");

const DIST = path.resolve(__dirname, "dist");
const OFFICE_JS = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
const DEV_PORT = Number(process.env.DEV_SERVER_PORT || 3000);

// Where the task pane loads office.js from, one build setting (docs/deploying.md; docs/excel.md "Where office.js comes from"):
//   OFFICE_JS_SOURCE=local (default) — our copy in dist/office-js/: works on an intranet that blocks Microsoft's CDN;
//   OFFICE_JS_SOURCE=cdn — Microsoft's CDN: always current, what Microsoft 365 distribution (AppSource) expects.
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
function officeJsSource() {
  const source = process.env.OFFICE_JS_SOURCE || "local";
  if (source !== "local" && source !== "cdn") throw new Error(`OFFICE_JS_SOURCE must be "local" or "cdn", not "${source}"`);
  return source;
}

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
function contentSecurityPolicy(dev, source) {
  const connect = ["'self'", "blob:", "data:"];
  if (dev) connect.push(`wss://localhost:${DEV_PORT}`, `ws://localhost:${DEV_PORT}`); // dev-server live reload only
  const scripts = source === "cdn" ? ["'self'", OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.indexOf("/", "https://".length))] : ["'self'"];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
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

/** The first script of the page (src/taskpane/officeLoader.ts): writes office.js's tag into <head> inside Office. */
const OFFICE_LOADER = "office-loader.js";

/** What the loader runs in Office's old webviews (Trident/EdgeHTML): compiled to ES5, which they parse. */
const ES5_SOURCES = /[\\/]src[\\/]taskpane[\\/](officeLoader|officeHostInfo|oldWebview|strings[\\/]old-webview)\.ts$/;
const es5Rule = {
  test: ES5_SOURCES,
  use: { loader: "ts-loader", options: { instance: "es5", transpileOnly: true, compilerOptions: { target: "es5", sourceMap: true } } },
};

const tsRule = {
  test: /\.tsx?$/,
  exclude: [/node_modules/, /\.test\.tsx?$/, /[\\/]test[\\/]/, ES5_SOURCES],
  // Type checking runs once in `npm run lint` (tsc --noEmit); the bundler only strips types.
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: true } } },
};

function taskpane(env, argv) {
  const production = argv.mode === "production";
  // Production: ADDIN_BASE_URL, never localhost unless asked by name (--env local, npm run build:local). Issue 24 item 11.
  const baseUrl = production ? deploymentBaseUrl(process.env.ADDIN_BASE_URL, { local: Boolean(env.local) }) : addinBaseUrl();
  const source = officeJsSource();
  const page = (filename) =>
    new HtmlWebpackPlugin({
      filename,
      template: "src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      scriptLoading: "defer",
      inject: false, // the template places the tags: the policy first, then the office.js loader, then the page
      templateParameters: { officeJs: source === "cdn" ? OFFICE_JS_CDN : "office-js/office.js", officeLoader: OFFICE_LOADER },
      meta: { "Content-Security-Policy": { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy(!production, source) } },
    });
  return {
    name: "taskpane",
    target: "web",
    entry: { taskpane: "./src/taskpane/index.tsx", [OFFICE_LOADER.replace(/\.js$/, "")]: "./src/taskpane/officeLoader.ts" },
    output: {
      path: DIST,
      // The loader keeps a fixed name: the page template refers to it before webpack's own tags.
      filename: (data) =>
        data.chunk && data.chunk.name === OFFICE_LOADER.replace(/\.js$/, "")
          ? OFFICE_LOADER
          : production
            ? "[name].[contenthash:8].js"
            : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      // webpack's own wrapper in ES5 too (no arrow function), for the loader's sake; the bundle's code is as the sources compile.
      environment: {
        arrowFunction: false,
        const: false,
        destructuring: false,
        forOf: false,
        optionalChaining: false,
        templateLiteral: false,
      },
      clean: { keep: /^cli[\\/]/ },
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [es5Rule, tsRule] },
    performance: { hints: false },
    plugins: [
      page("taskpane.html"),
      page("index.html"), // the standalone page's short address: same page
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifest(content.toString("utf8"), baseUrl) : content),
          },
          ...(source === "local"
            ? [
                ...OFFICE_JS_FILES.map((file) => ({ from: path.join(OFFICE_JS, file), to: `office-js/${file}` })),
                { from: path.join(OFFICE_JS, "..", "LICENSE.md"), to: "office-js/LICENSE.md" }, // its licence asks for the notice to travel with it
              ]
            : []),
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

// ===== BEGIN single page (issue 25) ==========================================================================
// dist/bao-cao-cong-doan.html: the whole standalone page in one file (scripts, styles, icon inlined; no source map,
// no office.js), for an office that gets it by e-mail, on a USB stick or in a zip and opens it from disk. Two more
// builds, production only: the merge worker as one script (no chunks), then the page as one script that carries
// the worker's text and starts it from a blob: URL (start-worker.blob.ts replaces start-worker.ts).
const { SINGLE_PAGE, asciiOnly, singlePageHtml } = require("./scripts/single-page");
const SINGLE_CACHE = path.resolve(__dirname, "node_modules/.cache/single-page");
const SINGLE_WORKER_SOURCE = path.join(SINGLE_CACHE, "merge-worker.js");
const { GUIDE_PAGE, guideHtml } = require("./scripts/guide");
const GUIDE_SOURCE = path.resolve(__dirname, "node_modules/.cache/union-report-guide", GUIDE_PAGE);

/** dist/huong-dan.html, the user guide from docs/ (scripts/guide.js): "Hướng dẫn sử dụng" in the pane and the manifest's SupportUrl. */
function guidePagePlugin() {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("GuidePage", (compilation) => {
        compilation.hooks.processAssets.tap({ name: "GuidePage", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
          compilation.emitAsset(GUIDE_PAGE, new webpack.sources.RawSource(guideHtml()), { minimized: true });
        });
      });
    },
  };
}

function singleWorker() {
  return {
    name: "single-worker",
    target: "webworker",
    entry: { "merge-worker": "./src/taskpane/merge/merge.worker.ts" },
    output: { path: SINGLE_CACHE, filename: "[name].js", clean: true },
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      {
        // The page hands this text to a Blob, which would turn a lone surrogate into U+FFFD: ASCII survives as it is.
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("SingleWorker", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "SingleWorker", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
              (assets) => {
                for (const name of Object.keys(assets).filter((file) => file.endsWith(".js")))
                  compilation.updateAsset(name, new webpack.sources.RawSource(asciiOnly(assets[name].source().toString())), {
                    minimized: true,
                  });
              },
            );
          });
        },
      },
    ],
  };
}

function singlePage() {
  const bundle = SINGLE_PAGE.replace(/\.html$/, ".js");
  return {
    name: "single-page",
    dependencies: ["taskpane", "single-worker"], // after the page's build has cleaned dist/, and once the worker's text exists
    target: "web",
    entry: { [SINGLE_PAGE.replace(/\.html$/, "")]: "./src/taskpane/index.tsx" },
    output: { path: DIST, filename: bundle, publicPath: "", clean: false },
    devtool: false,
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { "union-report-merge-worker-source": SINGLE_WORKER_SOURCE, "union-report-guide-html": GUIDE_SOURCE },
    },
    // Matched by their place under .cache, not by full path: node_modules may be a symbolic link, and webpack
    // sees the real path (a miss would bundle the worker's code into the page instead of its text).
    module: {
      rules: [
        es5Rule,
        tsRule,
        { test: /[\\/]\.cache[\\/](single-page[\\/]merge-worker\.js|union-report-guide[\\/]huong-dan\.html)$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    // The page's policy allows its one inline script by hash: nothing may rewrite the script once it is inlined.
    optimization: { realContentHash: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.NormalModuleReplacementPlugin(/^\.\/start-worker$/, path.resolve(__dirname, "src/taskpane/merge/start-worker.blob.ts")),
      new webpack.NormalModuleReplacementPlugin(/^\.\/guide-href$/, path.resolve(__dirname, "src/taskpane/help/guide-href.blob.ts")),
      {
        apply(compiler) {
          // The guide goes inside the page too (guide-href.blob.ts opens it from a blob: URL): written when this build starts.
          compiler.hooks.beforeCompile.tap("SinglePage", () => {
            fs.mkdirSync(path.dirname(GUIDE_SOURCE), { recursive: true });
            fs.writeFileSync(GUIDE_SOURCE, guideHtml());
          });
          compiler.hooks.thisCompilation.tap("SinglePage", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "SinglePage", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
              (assets) => {
                const scripts = Object.keys(assets).filter((name) => name.endsWith(".js"));
                if (scripts.length !== 1) {
                  compilation.errors.push(new webpack.WebpackError(`${SINGLE_PAGE}: expected one script, got ${scripts.join(", ")}`));
                  return;
                }
                const licenceFiles = Object.keys(assets).filter((name) => name.endsWith(".LICENSE.txt"));
                // The notices of both bundles travel in the page: its own, and the worker's (exceljs and the rest).
                const workerLicences = `${SINGLE_WORKER_SOURCE}.LICENSE.txt`;
                const licences = [
                  ...licenceFiles.map((name) => assets[name].source().toString()),
                  fs.existsSync(workerLicences) ? fs.readFileSync(workerLicences, "utf8") : "",
                ].join("\n");
                const html = singlePageHtml({
                  js: assets[scripts[0]].source().toString(),
                  icon: fs.readFileSync(path.join(__dirname, "assets/icon-32.png")),
                  licences,
                });
                for (const name of [...scripts, ...licenceFiles]) compilation.deleteAsset(name);
                // Marked minimized: webpack's minimizer would otherwise rewrite the page after the script's hash was taken.
                compilation.emitAsset(SINGLE_PAGE, new webpack.sources.RawSource(html), { minimized: true });
              },
            );
          });
        },
      },
    ],
  };
}
// ===== END single page (issue 25) ============================================================================

module.exports = (env = {}, argv = {}) => {
  const page = () => {
    const config = taskpane(env, argv);
    config.plugins.push(guidePagePlugin()); // the user guide beside the page (issue 25)
    return config;
  };
  // `webpack serve` builds the page only; the CLI has no business on the dev server.
  if (env.WEBPACK_SERVE) return page();
  // Only what --config-name asks for: `npm run demo` builds the CLI alone, which needs no ADDIN_BASE_URL.
  const wanted = (name) => !argv.configName || argv.configName.includes(name);
  const builds = [];
  if (wanted("taskpane")) builds.push(page());
  if (wanted("cli")) builds.push(cli(env, argv));
  if (argv.mode === "production" && wanted("taskpane")) builds.push(singleWorker(), singlePage()); // single page (issue 25)
  return builds;
};
