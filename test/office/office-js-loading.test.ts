/**
 * office.js is loaded only where Office opened the page, recognised from the same sources office.js
 * reads (its _retrieveHostInfo), and from our copy or Microsoft's CDN by one build setting.
 */
import { officeHostInfo, wantsOfficeJs, type HostWindow } from "../../src/taskpane/officeHostInfo";

const INFO = "Excel$Win32$16.01$vi-VN$$$$0";

function page(parts: Partial<HostWindow> & { search?: string; stored?: string }): HostWindow {
  return {
    location: { search: parts.search ?? "" },
    name: parts.name ?? "",
    external: parts.external,
    agaveHost: parts.agaveHost,
    sessionStorage: { getItem: (key) => (key === "hostInfoValue" ? (parts.stored ?? null) : null) },
  };
}

describe("recognising the Office host as office.js does", () => {
  it("reads the desktop sandbox's GetHostInfo (window.external or agaveHost)", () => {
    expect(officeHostInfo(page({ external: { GetHostInfo: () => `https://x/taskpane.html?_host_Info=${INFO}` } }))).toBe(INFO);
    expect(officeHostInfo(page({ agaveHost: { GetHostInfo: () => INFO } }))).toBe(INFO);
  });

  it("reads _host_Info from the query string, up to the next parameter", () => {
    expect(officeHostInfo(page({ search: `?_host_Info=${INFO}&api=1.7` }))).toBe(INFO);
  });

  it("reads hostInfo from the JSON of window.name (Office on the web's frame)", () => {
    expect(officeHostInfo(page({ name: JSON.stringify({ hostInfo: "Excel|Web|16.00|vi-VN|x" }) }))).toBe("Excel|Web|16.00|vi-VN|x");
  });

  it("reads what office.js kept in sessionStorage after an in-pane navigation", () => {
    expect(officeHostInfo(page({ stored: INFO }))).toBe(INFO);
  });

  it("finds nothing in a plain browser tab, framed or not, and survives hostile values", () => {
    expect(officeHostInfo(page({}))).toBeNull();
    expect(
      officeHostInfo(
        page({
          name: "not json",
          external: {
            GetHostInfo: () => {
              throw new Error("denied");
            },
          },
        }),
      ),
    ).toBeNull();
    expect(officeHostInfo(page({ name: JSON.stringify({ hostInfo: 42 }) }))).toBeNull();
  });

  it("loads office.js inside a host or with ?office, never with ?standalone", () => {
    expect(wantsOfficeJs(page({ search: `?_host_Info=${INFO}` }))).toBe(true);
    expect(wantsOfficeJs(page({ search: "?office" }))).toBe(true);
    expect(wantsOfficeJs(page({ search: `?standalone&_host_Info=${INFO}` }))).toBe(false);
    expect(wantsOfficeJs(page({}))).toBe(false);
  });
});

describe("OFFICE_JS_SOURCE, the build setting for where office.js comes from", () => {
  type Plugin = {
    constructor: { name: string };
    userOptions?: { templateParameters: { officeJs: string }; meta: Record<string, { content: string }> };
    patterns?: { to: string }[];
  };
  const build = (source: string | undefined) => {
    const before = process.env.OFFICE_JS_SOURCE;
    if (source === undefined) delete process.env.OFFICE_JS_SOURCE;
    else process.env.OFFICE_JS_SOURCE = source;
    try {
      jest.resetModules();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const [taskpane] = require("../../webpack.config.js")({ local: true }, { mode: "production" }) as { plugins: Plugin[] }[];
      const html = taskpane.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin")!.userOptions!;
      const copied = taskpane.plugins.find((p) => p.constructor.name === "CopyPlugin")!.patterns!.map((p) => p.to);
      return { officeJs: html.templateParameters.officeJs, policy: html.meta["Content-Security-Policy"].content, copied };
    } finally {
      if (before === undefined) delete process.env.OFFICE_JS_SOURCE;
      else process.env.OFFICE_JS_SOURCE = before;
    }
  };

  it("by default serves our own copy and allows scripts from our origin only", () => {
    const local = build(undefined);
    expect(local.officeJs).toBe("office-js/office.js");
    expect(local.copied).toContain("office-js/office.js");
    expect(local.policy).toContain("script-src 'self';");
  });

  it("with cdn loads Microsoft's CDN, ships no copy, and allows that one origin for scripts", () => {
    const cdn = build("cdn");
    expect(cdn.officeJs).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(cdn.copied.some((to) => to.startsWith("office-js/"))).toBe(false);
    expect(cdn.policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  });

  it("refuses a value it does not know", () => {
    expect(() => build("both")).toThrow(/OFFICE_JS_SOURCE/);
  });
});
