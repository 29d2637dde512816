/**
 * Just enough of the Compound File Binary format (the OLE container) to tell an old .xls from a
 * password-protected .xlsx: Office wraps an encrypted OOXML package in a CFB whose directory holds
 * "EncryptionInfo" and "EncryptedPackage" streams, while a .xls holds a "Workbook" (or "Book") stream.
 * We only list directory names; nothing is decrypted or executed. Every walk is bounded by the file size.
 */

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

export type CfbKind = "encrypted-ooxml" | "xls" | "other";

export function classifyCfb(bytes: Uint8Array): CfbKind {
  const names = directoryNames(bytes) ?? scanUtf16Names(bytes);
  if (names.has("EncryptionInfo") || names.has("EncryptedPackage")) return "encrypted-ooxml";
  if (names.has("Workbook") || names.has("Book")) return "xls";
  return "other";
}

/** Stream and storage names from the CFB directory, or undefined when the structure is not sound. */
export function directoryNames(bytes: Uint8Array): Set<string> | undefined {
  if (!isCfb(bytes)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const offsetOf = (sector: number): number => (sector + 1) * sectorSize;
  const inFile = (sector: number): boolean => sector < MAX_REGULAR_SECTOR && offsetOf(sector) + sectorSize <= bytes.length;

  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(76 + i * 4, true);
    if (inFile(s)) fatSectors.push(s);
  }
  let difat = view.getUint32(68, true);
  for (let hops = 0; inFile(difat) && hops < sectorCount; hops++) {
    const base = offsetOf(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = view.getUint32(base + i * 4, true);
      if (inFile(s)) fatSectors.push(s);
    }
    difat = view.getUint32(base + perSector * 4, true);
  }
  const next = (sector: number): number => {
    const perFat = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perFat)];
    if (fatSector === undefined) return END_OF_CHAIN;
    return view.getUint32(offsetOf(fatSector) + (sector % perFat) * 4, true);
  };

  const names = new Set<string>();
  let sector = view.getUint32(48, true);
  for (let hops = 0; sector !== END_OF_CHAIN; hops++) {
    if (!inFile(sector) || hops > sectorCount) return names.size > 0 ? names : undefined;
    const base = offsetOf(sector);
    for (let entry = 0; entry < sectorSize / 128; entry++) {
      const at = base + entry * 128;
      const nameBytes = view.getUint16(at + 64, true);
      const type = bytes[at + 66];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      // nameBytes counts the UTF-16 terminator.
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
      names.add(name);
    }
    sector = next(sector);
  }
  return names;
}

/** Fallback for a damaged directory: look for the tell-tale names as UTF-16LE anywhere in the file. */
function scanUtf16Names(bytes: Uint8Array): Set<string> {
  const found = new Set<string>();
  for (const name of ["EncryptionInfo", "EncryptedPackage", "Workbook"]) {
    const needle = new Uint8Array(name.length * 2);
    for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
    if (indexOfBytes(bytes, needle) >= 0) found.add(name);
  }
  return found;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
