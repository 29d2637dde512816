/**
 * What kind of file arrived, before we try to unzip it. Users rename files, e-mail systems mangle
 * them, and old tools save .xls or CSV: each gets a message that says what it is and what to do.
 */
import type { AppError } from "../../../domain/errors";
import { classifyCfb, isCfb } from "./cfb-sniff";
import { readerError } from "./reader-error";

export function isZipSignature(bytes: Uint8Array): boolean {
  // Local file header, or the end record of an empty archive.
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/** The error for bytes that are not a zip at all. */
export function classifyNonZip(bytes: Uint8Array): AppError {
  if (bytes.length === 0) return readerError("reader.empty-file");
  if (isCfb(bytes)) {
    const kind = classifyCfb(bytes);
    if (kind === "encrypted-ooxml") return readerError("reader.encrypted");
    if (kind === "xls") return readerError("reader.xls-binary");
    return readerError("reader.not-xlsx");
  }
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) return readerError("reader.zip-corrupt");
  // "%PDF-": a letter or a scan sent instead of the form.
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d)
    return readerError("reader.pdf");
  if (looksLikeText(bytes)) return readerError("reader.text");
  return readerError("reader.not-xlsx");
}

/** CSV, TSV, HTML-saved-as-.xls and other text: valid UTF-8 (or UTF-16 with a BOM) without control bytes. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const head = bytes.subarray(0, 4096);
  for (const b of head) {
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return false;
  }
  try {
    // stream: true so a character cut at the 4 KB boundary is not taken for invalid UTF-8.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}
