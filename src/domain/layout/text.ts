/** The workbook is written in Vietnamese whatever the user interface language. */
import { t, type StringKey } from "../i18n/strings";

export const vi = (key: StringKey, params: Readonly<Record<string, string | number>> = {}): string => t("vi", key, params);
