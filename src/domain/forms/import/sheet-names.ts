/**
 * Names the definition gives things: the form and campaign id from the form's title, and an Excel-valid sheet name for
 * each imported table (≤ 31 characters, none of [ ] : * ? / \ ', not "History", not a generic "Sheet1").
 */
import { asciiFold } from "../../ascii-fold";
import { sheetNameFault } from "../../definition/load-definition";

const MAX_SHEET = 31;
const GENERIC = /^(sheet|trang tinh|trang|feuil|tabelle|hoja)\s*\d*$/i;

/** The id a form without a title gets, with a todo: a file name ("a.xlsx", "Copy of BIEU (2).xlsx") is what a computer called it, not the form. */
export const UNTITLED_ID = "bieu-mau";
const MAX_ID = 40;

/** "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ" → "bao-cao-hoat-dong-cong-doan-co-so": lower-case ASCII and dashes, cut at a word. */
export function idFromTitle(title: string): string {
  const slug = asciiFold(title.normalize("NFC").toLowerCase())
    .replace(/\{year\}/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let id = slug;
  if (id.length > MAX_ID) {
    const cut = id.slice(0, MAX_ID + 1);
    id = cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut.slice(0, MAX_ID);
  }
  if (id.length < 2) return UNTITLED_ID;
  return /^[a-z]/.test(id) ? id : `bm-${id}`;
}

/** What "Biểu 01" shows as the table's number: ASCII letters, digits, dots and dashes, at most 8 ("1-HĐCĐ" → "1-HDCD"). */
export function tableNumber(typed: string | undefined, index: number): string {
  const folded = asciiFold(typed ?? "")
    .replace(/[^0-9A-Za-z.-]+/g, "")
    .slice(0, 8);
  return folded !== "" ? folded : String(index + 1).padStart(2, "0");
}

export function tableSheetName(typed: string, number: string | undefined, index: number): string {
  const fallback = `Biểu ${tableNumber(number, index)}`;
  if (number !== undefined) return sheetNameFault(fallback) === null ? fallback : `Biểu ${String(index + 1).padStart(2, "0")}`;
  const cleaned = typed.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_SHEET).trim();
  if (GENERIC.test(asciiFold(cleaned)) || sheetNameFault(cleaned) !== null) return fallback;
  return cleaned;
}
