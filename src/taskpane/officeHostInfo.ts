/**
 * Whether an Office host opened the page, decided the way office.js itself decides (its
 * _retrieveHostInfo): the host info the desktop sandbox returns from `window.external.GetHostInfo()`
 * (or `agaveHost.GetHostInfo()`), else `_host_Info` in the query string, else `hostInfo` in the JSON of
 * `window.name` (Office on the web), else what office.js kept in sessionStorage across in-pane navigation.
 * No React, no bundle: the head's loader (officeLoader.ts) runs it before anything else.
 */

/** The parts of `window` office.js reads, so the decision can be tested without a browser. */
export interface HostWindow {
  readonly location: { readonly search: string };
  readonly name: string;
  readonly external?: unknown;
  readonly agaveHost?: unknown;
  readonly sessionStorage?: { getItem(key: string): string | null };
}

function call(target: unknown, method: string): string | null {
  const fn = target && typeof target === "object" ? (target as Record<string, unknown>)[method] : undefined;
  if (typeof fn !== "function") return null;
  const value: unknown = fn.call(target);
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The host info string ("Excel$Win32$16.01$vi-VN$…"), or null in a plain browser tab. */
export function officeHostInfo(win: HostWindow): string | null {
  try {
    const sandbox = call(win.agaveHost, "GetHostInfo") ?? call(win.external, "GetHostInfo");
    if (sandbox) return sandbox.split("_host_Info=")[1] ?? sandbox;
  } catch {
    // Not in a desktop sandbox.
  }
  const query = win.location.search.split("_host_Info=")[1]?.split(/[&#]/)[0];
  if (query) return query;
  try {
    const fromName: unknown = JSON.parse(win.name);
    const hostInfo = fromName && typeof fromName === "object" ? (fromName as Record<string, unknown>).hostInfo : null;
    if (typeof hostInfo === "string" && hostInfo.length > 0) return hostInfo;
  } catch {
    // window.name is not JSON: not framed by Office on the web.
  }
  try {
    return win.sessionStorage?.getItem("hostInfoValue") || null;
  } catch {
    return null; // storage denied
  }
}

/**
 * Whether to load office.js: inside a host, or when asked (`?office`); never with `?standalone`.
 * Outside a host office.js only waits and frames Microsoft's telemetry, so a plain tab does without it.
 */
export function wantsOfficeJs(win: HostWindow): boolean {
  const params = new URLSearchParams(win.location.search);
  if (params.has("standalone")) return false;
  return params.has("office") || officeHostInfo(win) !== null;
}
