/**
 * Office's document settings (Office.context.document.settings) behind a promise that rejects when
 * saveAsync fails: a lost save must reach the user, not vanish in a callback nobody reads.
 */
import type { DocumentSettings } from "./deps";
import { SettingsSaveError } from "../port";

export { SettingsSaveError };

export function documentSettings(settings: Office.Settings): DocumentSettings {
  return {
    get: (key) => settings.get(key) as unknown,
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) => {
          if (result && String(result.status).toLowerCase() === "failed") reject(new SettingsSaveError(result.error?.message ?? "unknown"));
          else resolve();
        }),
      ),
  };
}
