/**
 * The one place that decides where the page runs — inside Excel, or standalone in a browser — and hands
 * the UI the matching workbook port (as Script Lab's officeJsHost does). No component calls Excel.run.
 *
 * office.js is loaded in <head> by officeLoader.ts, only when Office opened the page (officeHostInfo.ts,
 * as office.js decides), from our copy or Microsoft's CDN (OFFICE_JS_SOURCE at build time). A missing
 * or failing office.js only means "standalone".
 */
import { createContext, useContext } from "react";
import type { Lang } from "../domain/i18n/strings";
import type { WorkbookPort } from "../workbook/port";
import { createOfficeWorkbook } from "../workbook/office/officeWorkbook";
import { documentSettings } from "../workbook/office/documentSettings";
import { wantsOfficeJs } from "./officeHostInfo";

export type ThemeMode = "light" | "dark";

export type Host =
  | {
      readonly kind: "excel";
      /** The open workbook. */
      readonly workbook: WorkbookPort;
      /** Office's display language, mapped to ours. */
      readonly displayLanguage: Lang;
      /** Office's theme when the host tells it, else null (then the page follows the system). */
      readonly theme: ThemeMode | null;
      readonly platform: string;
    }
  | {
      /** A browser with no Office around it: the views work on .xlsx files the user opens (src/workbook/file). */
      readonly kind: "standalone";
      readonly workbook: null;
      readonly displayLanguage: null;
      readonly theme: null;
      readonly platform: "browser";
    };

export const STANDALONE: Host = { kind: "standalone", workbook: null, displayLanguage: null, theme: null, platform: "browser" };

export interface DetectOptions {
  /** How long Office.onReady may take before we settle on standalone. */
  readonly timeoutMs?: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve("timeout"), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      () => {
        window.clearTimeout(timer);
        resolve("timeout");
      },
    );
  });
}

export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** Office reports its theme as colours; a dark body background means a dark theme. */
export function themeOfBackground(hex: string | undefined): ThemeMode | null {
  const match = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => parseInt(h, 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? "dark" : "light";
}

export async function detectHost(options: DetectOptions = {}): Promise<Host> {
  // office.js was loaded, or not, by the head's loader (officeLoader.ts) before this code ran.
  if (!wantsOfficeJs(window) || typeof Office === "undefined" || typeof Office.onReady !== "function") return STANDALONE;
  // Generous: a cold Excel desktop can take seconds to answer, and giving up early would mean a wrong mode.
  const timeoutMs = options.timeoutMs ?? 10000;
  const info = await withTimeout(Office.onReady(), timeoutMs);
  if (info === "timeout" || info.host !== Office.HostType.Excel || typeof Excel === "undefined") return STANDALONE;

  let theme: ThemeMode | null = null;
  let displayLanguage: Lang = "vi";
  try {
    displayLanguage = languageOf(Office.context.displayLanguage);
    theme = themeOfBackground(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    // Older hosts lack officeTheme; the page then follows the system theme.
  }
  const settings = Office.context.document?.settings;
  const workbook = createOfficeWorkbook({
    run: (batch, options) => (options ? Excel.run({ ...options }, batch) : Excel.run(batch)),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    createWorkbook: async (base64) => Excel.createWorkbook(base64),
    settings: settings ? documentSettings(settings) : null,
  });
  return { kind: "excel", workbook, displayLanguage, theme, platform: String(info.platform ?? "") };
}

export const HostContext = createContext<Host>(STANDALONE);

/** The host the page runs in: `host.kind === "excel"` gives `host.workbook`; standalone views open files through src/workbook/file. */
export function useHost(): Host {
  return useContext(HostContext);
}
