/**
 * Names the definition gives things: the form id from the file name, and an Excel-valid sheet name for
 * each imported table (≤ 31 characters, none of [ ] : * ? / \ ', not "History", not a generic "Sheet1").
 */
import { asciiFold } from "../../ascii-fold";
import { sheetNameFault } from "../load-definition";

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

/** What "Biểu 01" shows as the table's number: ASCII letters, digits, dots and dashes, at most 8 ("1-HĐCĐ" → "1-HDCD"). */
export function tableNumber(typed: string | undefined, index: number): string {
  const folded = asciiFold(typed ?? "").replace(/[^0-9A-Za-z.-]+/g, "").slice(0, 8);
  return folded !== "" ? folded : String(index + 1).padStart(2, "0");
}

export function tableSheetName(typed: string, number: string | undefined, index: number): string {
  const fallback = `Biểu ${tableNumber(number, index)}`;
  if (number !== undefined) return sheetNameFault(fallback) === null ? fallback : `Biểu ${String(index + 1).padStart(2, "0")}`;
  const cleaned = typed.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_SHEET).trim();
  if (GENERIC.test(asciiFold(cleaned)) || sheetNameFault(cleaned) !== null) return fallback;
  return cleaned;
}
