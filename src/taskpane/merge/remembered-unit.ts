/**
 * The consolidating unit of the last merge, remembered in this browser so the officer does not type it
 * every time — and so nothing is ever filled in silently: the view shows that it was remembered.
 * Storage can be missing or refused (private mode, a locked-down intranet): then nothing is remembered.
 */
import type { Level } from "../../domain/definition/schema";
import { LEVELS } from "../../domain/definition/schema";

export interface RememberedUnit {
  readonly code: string;
  readonly name: string;
  readonly level: Level | "";
}

const KEY = "union-report.merge.unit";

export function recallUnit(): RememberedUnit | null {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? "null");
    if (!parsed || typeof parsed !== "object") return null;
    const { code, name, level } = parsed as Record<string, unknown>;
    if (typeof code !== "string" || typeof name !== "string" || !code.trim() || !name.trim()) return null;
    return { code, name, level: typeof level === "string" && (LEVELS as readonly string[]).includes(level) ? (level as Level) : "" };
  } catch {
    return null;
  }
}

export function rememberUnit(unit: RememberedUnit): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(unit));
  } catch {
    // Not remembered: the officer types it next time.
  }
}
