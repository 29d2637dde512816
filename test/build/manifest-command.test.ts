/**
 * The manifest for a deployment (scripts/manifest.js; issue 24 item 11): one command writes it for a base URL;
 * a production build without ADDIN_BASE_URL, or with this machine's address, stops instead of shipping
 * localhost; SupportUrl is the user guide's page, not the app.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deploymentBaseUrl, isLocalHost, writeManifestFor } = require("../../scripts/manifest.js") as {
  deploymentBaseUrl: (value?: string, options?: { local?: boolean }) => string;
  isLocalHost: (host: string) => boolean;
  writeManifestFor: (args: string[], root?: string) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GUIDE_PAGE } = require("../../scripts/guide.js") as { GUIDE_PAGE: string };

const ROOT = resolve(__dirname, "..", "..");
type Config = { name: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string; configName?: string[] },
) => Config | Config[];

function withBaseUrl<T>(value: string | undefined, body: () => T): T {
  const before = process.env.ADDIN_BASE_URL;
  if (value === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = value;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = before;
  }
}

describe("the manifest of a deployment", () => {
  it("refuses no address, this machine's address, and http; takes the server's, ending with /", () => {
    expect(() => deploymentBaseUrl(undefined)).toThrow(/ADDIN_BASE_URL/);
    expect(() => deploymentBaseUrl("  ")).toThrow(/npm run build:local/);
    for (const local of ["https://localhost:3000/", "https://127.0.0.1/addin/", "https://[::1]:8443/", "https://app.localhost/"])
      expect(() => deploymentBaseUrl(local)).toThrow(/máy này/);
    expect(() => deploymentBaseUrl("http://baocao.ldld-tinh.vn/addin/")).toThrow(/https/);
    expect(deploymentBaseUrl("https://baocao.ldld-tinh.vn/addin")).toBe("https://baocao.ldld-tinh.vn/addin/");
    expect(deploymentBaseUrl(undefined, { local: true })).toBe("https://localhost:3000/");
    expect(isLocalHost("baocao.localhost.vn")).toBe(false);
  });

  it("is written for a base URL by one command, with no localhost left and the guide as SupportUrl", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-cmd-"));
    try {
      const out = join(dir, "Bổ trợ", "manifest.xml");
      expect(writeManifestFor(["https://baocao.ldld-tinh.vn/addin/", "--out", out], ROOT)).toBe(out);
      const xml = readFileSync(out, "utf8");
      expect(xml).not.toMatch(/localhost/);
      expect(xml).toContain(`<SupportUrl DefaultValue="https://baocao.ldld-tinh.vn/addin/${GUIDE_PAGE}"/>`);
      expect(xml).toContain('<SourceLocation DefaultValue="https://baocao.ldld-tinh.vn/addin/taskpane.html"/>');
      expect(() => writeManifestFor(["https://localhost:3000/", "--out", out], ROOT)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("points SupportUrl and Learn more at the user guide, not at the app", () => {
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(xml).toMatch(new RegExp(`<SupportUrl DefaultValue="https://localhost:3000/${GUIDE_PAGE}"/>`));
    expect(xml).toMatch(new RegExp(`id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/${GUIDE_PAGE}"`));
  });

  it("stops a production build without ADDIN_BASE_URL or with localhost; builds for this machine only when asked by name", () => {
    expect(() => withBaseUrl(undefined, () => webpackConfig({}, { mode: "production" }))).toThrow(/ADDIN_BASE_URL/);
    expect(() => withBaseUrl("https://localhost:3000/", () => webpackConfig({}, { mode: "production" }))).toThrow(/máy này/);
    const names = (configs: Config | Config[]) => (Array.isArray(configs) ? configs : [configs]).map((c) => c.name);
    expect(names(withBaseUrl("https://baocao.ldld-tinh.vn/addin/", () => webpackConfig({}, { mode: "production" })))).toEqual([
      "taskpane",
      "cli",
      "single-worker",
      "single-page",
    ]);
    expect(names(withBaseUrl(undefined, () => webpackConfig({ local: true }, { mode: "production" })))).toContain("taskpane");
    // npm run demo builds the CLI alone: no manifest, nothing to ask.
    expect(names(withBaseUrl(undefined, () => webpackConfig({}, { mode: "production", configName: ["cli"] })))).toEqual(["cli"]);
    // Development (npm start's dev server) keeps the development manifest.
    expect(names(withBaseUrl(undefined, () => webpackConfig({}, { mode: "development" })))).toEqual(["taskpane", "cli"]);
  });
});
