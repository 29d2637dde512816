/**
 * Names the definition gives things: the form id from the file name, and an Excel-valid sheet name for
 * each imported table (≤ 31 characters, none of [ ] : * ? / \ ', not "History", not a generic "Sheet1").
 */
import { asciiFold } from "../../ascii-fold";

const MAX_SHEET = 31;
const GENERIC = /^(sheet|trang tinh|trang|feuil|tabelle|hoja)\s*\d*$/i;

/** "BIỂU 01 - LĐLĐ Điện Biên.xlsx" → "bieu-01-ldld-dien-bien". */
export function formIdFromFileName(fileName: string): string {
  const stem = (fileName.split(/[\\/]/).pop() ?? "").replace(/\.[a-z0-9]{1,5}$/i, "");
  const id = asciiFold(stem.normalize("NFC").toLowerCase())
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  if (id === "") return "bieu-mau";
  return /^[a-z]/.test(id) ? id : `bm-${id}`;
}

export function tableSheetName(typed: string, number: string | undefined, index: number): string {
  const cleaned = typed.normalize("NFC").replace(/[[\]:*?/\\']/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_SHEET).trim();
  if (number !== undefined) return `Biểu ${number}`.replace(/[[\]:*?/\\']/g, "-").slice(0, MAX_SHEET);
  if (cleaned === "" || GENERIC.test(asciiFold(cleaned)) || cleaned.toLowerCase() === "history") return `Biểu ${String(index + 1).padStart(2, "0")}`;
  return cleaned;
}
