/** The workbook is written in Vietnamese whatever the user interface language. */
import { t, type StringKey } from "../i18n/strings";

export const vi = (key: StringKey, params: Readonly<Record<string, string | number>> = {}): string => t("vi", key, params);

/** "2020-07-20" → "20/07/2020", the way dates are written in Vietnamese documents. */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An ISO date as an Excel serial day number (1900 date system), or null when it is not a real date. */
export function excelSerialDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000 + 25_569; // 25569 = serial of 1970-01-01
}
