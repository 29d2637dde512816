/**
 * Vietnamese folded to ASCII, in one place: file names, campaign ids and roster headers all drop the
 * marks the same way, so "Mã đơn vị" typed without marks ("Ma don vi") still matches.
 */

/** Marks dropped, đ → d, Đ → D, case kept: "Công đoàn Cơ sở" → "Cong doan Co so". */
export function asciiFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}
