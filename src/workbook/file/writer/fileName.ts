/**
 * File names for template workbooks (CLI rosters, standalone downloads): "<code>-<name folded to ASCII>.xlsx". Safe on Windows, where a
 * province's officers open them: no \ / : * ? " < > |, no control characters, no trailing dot or space,
 * none of the reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9), and short enough that a
 * deep folder still stays under Windows' 260-character path limit.
 */

import { asciiFold } from "../../../domain/ascii-fold";

const MAX_STEM = 80;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

function clean(text: string, separator: string): string {
  return asciiFold(text)
    .replace(/[^A-Za-z0-9._-]+/g, separator)
    .replace(new RegExp(`\\${separator}+`, "g"), separator)
    .replace(/^[._-]+|[._ -]+$/g, "");
}

export function templateFileName(code: string, name: string): string {
  const codePart = clean(code, "_") || "don-vi";
  const namePart = clean(name, "-").toLowerCase();
  let stem = namePart ? `${codePart}-${namePart}` : codePart;
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/[._ -]+$/g, "");
  if (RESERVED.test(stem)) stem = `${stem}_`;
  return `${stem}.xlsx`;
}

/** Keeps names unique within one folder, case-insensitively (Windows and macOS file systems): a clash gets "-2", "-3", … */
export function uniqueNames(): (fileName: string) => string {
  const used = new Set<string>();
  return (fileName) => {
    const stem = fileName.replace(/\.xlsx$/i, "");
    let candidate = fileName;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}.xlsx`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}
