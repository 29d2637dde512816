/**
 * Vietnamese folded to ASCII, in one place: file names, generated codes and loose header matching all
 * need "Công đoàn" and "Cong doan" to meet, and two folds would drift (đ is not a combining mark).
 */

/** Vietnamese to ASCII: marks dropped, đ → d. "Công đoàn Cơ sở" → "Cong doan Co so". */
export function asciiFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}
