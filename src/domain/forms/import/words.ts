/**
 * Loose matching of what officers type: "Đơn vị tính", "ĐƠN VỊ TÍNH" and "Don vi  tinh" are one header.
 * Folding goes through the project's one ASCII fold.
 */
import { asciiFold } from "../../ascii-fold";

/** Lower-case ASCII, punctuation turned to spaces, single spaces: "Trong đó: nữ" → "trong do nu". */
export function looseKey(text: string): string {
  return asciiFold(text.normalize("NFC").toLowerCase())
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** Words that carry no meaning in a label, left out of codes and of name matching. */
const FILLER = new Set(["so", "cua", "cac", "nhung", "la", "va", "trong", "do", "mot", "1", "cho", "voi", "tai", "theo", "o", "ve", "da", "duoc", "nay", "ty", "le"]);

/** The meaningful words of a label, folded: "Tổng số đoàn viên công đoàn" → ["tong", "doan", "vien", "cong", "doan"]. */
export function significantWords(text: string): string[] {
  return looseKey(text)
    .split(" ")
    .filter((word) => word !== "" && word !== "%" && !FILLER.has(word));
}
