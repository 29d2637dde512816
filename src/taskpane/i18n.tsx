/**
 * The language of the task pane, from the one string catalog (the domain's tables and the pane's own, ./strings). Views call `useI18n()` and never hold text of their own.
 * The user's choice is remembered in the browser; without one, Excel's display language wins, then Vietnamese.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { LANGS, type Lang } from "../domain/i18n/strings";
import { t as translate, type PaneKey } from "./strings";

const STORAGE_KEY = "union-report.lang";

export interface I18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: (key: PaneKey, params?: Readonly<Record<string, string | number>>) => string;
}

const I18nContext = createContext<I18n>({ lang: "vi", setLang: () => undefined, t: (key, params) => translate("vi", key, params) });

function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

function storedLang(): Lang | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null; // storage blocked (private mode, some Office webviews)
  }
}

export function I18nProvider({ hostLanguage, children }: { readonly hostLanguage: Lang | null; readonly children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => storedLang() ?? hostLanguage ?? "vi");
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered; still switched
    }
  }, []);
  useEffect(() => {
    // Screen readers pick their voice from the document language.
    document.documentElement.lang = lang;
    document.title = translate(lang, "app.name");
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
