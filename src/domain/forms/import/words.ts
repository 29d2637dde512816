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

/**
 * Words that carry no meaning in a label, left out of codes and of name matching. Matched with their
 * marks: folded, "sở" (of "công đoàn cơ sở") would read as the filler "số". ("so" of "so với" and "do" are fillers too.)
 */
const FILLER = new Set([
  "số",
  "so",
  "do",
  "của",
  "các",
  "những",
  "là",
  "và",
  "trong",
  "đó",
  "một",
  "1",
  "cho",
  "với",
  "tại",
  "theo",
  "ở",
  "về",
  "đã",
  "được",
  "này",
  "tỷ",
  "tỉ",
  "lệ",
]);
/** The same words for a label typed without marks ("So cong doan"): there a folded word is all there is. */
const FOLDED_FILLER = new Set([...FILLER].map((word) => asciiFold(word)));
const MARKS = /[\u0300-\u036fđĐ]/;

/** The meaningful words of a label, folded: "Tổng số đoàn viên công đoàn" → ["tong", "doan", "vien", "cong", "doan"]. */
export function significantWords(text: string): string[] {
  const lower = text.normalize("NFC").toLowerCase();
  const marked = MARKS.test(lower.normalize("NFD"));
  return lower
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((word) => word !== "" && word !== "%" && !(marked ? FILLER.has(word) : FOLDED_FILLER.has(word)))
    .map((word) => looseKey(word))
    .filter((word) => word !== "");
}
