/**
 * The add-in manifest, offline: the XSD (vendored in schemas/office-manifest/; xmllint required under CI)
 * and what the schema cannot check. The production copy in dist/ (URLs rewritten from ADDIN_BASE_URL)
 * is checked the same way.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";

const ROOT = resolve(__dirname, "..", "..");
const SCHEMA = join(ROOT, "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const SOURCE = join(ROOT, "manifest.xml");
const BUILT = join(ROOT, "dist", "manifest.xml");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, addinBaseUrl } = require("../../scripts/manifest.js") as {
  rewriteManifest: (xml: string, base?: string) => string;
  addinBaseUrl: (value?: string) => string;
};

type Node = Record<string, unknown>;

function parse(xml: string): Node {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  }).parse(xml) as Node;
}

/** Every object in the tree, depth first, with its element name. */
function* walk(node: unknown, name = ""): Generator<{ name: string; node: Node }> {
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item, name);
  } else if (node && typeof node === "object") {
    yield { name, node: node as Node };
    for (const [key, value] of Object.entries(node)) if (!key.startsWith("@")) yield* walk(value, key);
  }
}

function attr(node: Node, name: string): string | undefined {
  const value = node[`@${name}`];
  return typeof value === "string" ? value : undefined;
}

function xmllintAvailable(): boolean {
  return spawnSync("xmllint", ["--version"]).status === 0;
}

function schemaStep(file: string): void {
  if (!existsSync(SCHEMA) || !xmllintAvailable()) {
    const why = !existsSync(SCHEMA) ? `schemas not found at ${SCHEMA}` : "xmllint not installed (apt-get install libxml2-utils)";
    if (process.env.CI) throw new Error(`manifest schema validation is required under CI: ${why}`);
    console.warn(`SKIPPED manifest schema step for ${file}: ${why}`);
    return;
  }
  // Throws with xmllint's message when the manifest does not validate.
  execFileSync("xmllint", ["--noout", "--schema", SCHEMA, file], { stdio: "pipe" });
}

function checks(label: string, file: () => string, base: string) {
  describe(label, () => {
    let xml = "";
    let doc: Node = {};
    beforeAll(() => {
      xml = readFileSync(file(), "utf8");
      doc = parse(xml);
    });

    it("validates against the Office manifest schema (v1.1 with VersionOverrides)", () => {
      schemaStep(file());
    });

    it("has a GUID id, vi-VN as default locale, Workbook host, ReadWriteDocument and the ExcelApi 1.4 floor", () => {
      expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/i);
      expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
      expect(xml).toContain('<Host Name="Workbook"/>');
      expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
      expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.4"\/>/);
      expect(xml).toMatch(/<Override Locale="en-US"/);
    });

    it("defines every resid it references, each id at most 32 characters", () => {
      const defined = new Set<string>();
      const referenced = new Set<string>();
      for (const { name, node } of walk(doc)) {
        const id = attr(node, "id");
        if (id && ["Image", "Url", "String"].includes(name)) defined.add(id);
        const resid = attr(node, "resid");
        if (resid) referenced.add(resid);
      }
      expect(referenced.size).toBeGreaterThan(0);
      expect([...referenced].filter((r) => !defined.has(r))).toEqual([]);
      expect([...defined, ...referenced].filter((r) => r.length > 32)).toEqual([]);
    });

    it("keeps every short string within 125 characters and the ribbon labels within 32", () => {
      const short = xml.slice(xml.indexOf("<bt:ShortStrings>"), xml.indexOf("</bt:ShortStrings>"));
      const values = [...short.matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)].map((m) => m[1]);
      expect(values.length).toBeGreaterThan(0);
      expect(values.filter((v) => v.length > 32)).toEqual([]);
    });

    it("uses only https URLs, all under the one base", () => {
      const urls = [...xml.matchAll(/"(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)]
        .map((m) => m[1] ?? m[2])
        .filter((u) => !u.startsWith("http://schemas.microsoft.com") && !u.startsWith("http://www.w3.org"));
      expect(urls.length).toBeGreaterThan(5);
      expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
      const origin = new URL(base).origin;
      expect(urls.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    });

    it("points every icon at a PNG that exists in assets/", () => {
      const icons = [...xml.matchAll(/"(https:\/\/[^"]+\.png)"/g)].map((m) => m[1]);
      expect(icons.length).toBeGreaterThanOrEqual(5);
      for (const icon of icons) {
        expect(icon.startsWith(base)).toBe(true);
        const local = join(ROOT, icon.slice(base.length));
        expect(existsSync(local)).toBe(true);
        expect(readFileSync(local).subarray(1, 4).toString("ascii")).toBe("PNG");
      }
    });
  });
}

checks("manifest.xml (development)", () => SOURCE, "https://localhost:3000/");

describe("dist/manifest.xml (production build)", () => {
  it("exists: npm run build writes it", () => {
    expect(existsSync(BUILT)).toBe(true);
  });
});
checks("dist/manifest.xml (production build)", () => BUILT, addinBaseUrl());

describe("rewriting the manifest for a deployment", () => {
  const deployed = "https://baocao.ldld.example.vn/addin/";
  let file = "";
  beforeAll(() => {
    file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(file, rewriteManifest(readFileSync(SOURCE, "utf8"), addinBaseUrl(deployed)));
  });

  it("replaces every localhost URL and still validates", () => {
    const xml = readFileSync(file, "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`<SourceLocation DefaultValue="${deployed}taskpane.html"/>`);
    schemaStep(file);
  });

  it("refuses a base that is not https", () => {
    expect(() => addinBaseUrl("http://intranet/addin/")).toThrow(/https/);
  });
});
