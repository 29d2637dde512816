/**
 * A minimal Compound File Binary (OLE2) writer: version 3, 512-byte sectors, one FAT sector, one
 * directory sector, every stream padded to 4096 bytes so it lives in regular sectors (no mini
 * stream). Enough to make the two containers users send us by mistake:
 * - an encrypted OOXML package (Excel's "Encrypt with Password"): EncryptionInfo + EncryptedPackage;
 * - an old binary workbook (.xls): a "Workbook" stream starting with a BIFF8 BOF record.
 */

const SECTOR = 512;
const STREAM_BYTES = 4096; // the cut-off below which real files use the mini stream; at it, regular sectors
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export interface CfbStream {
  readonly name: string;
  readonly data: Uint8Array;
}

export function writeCfb(streams: readonly CfbStream[]): Uint8Array {
  if (streams.length > 3) throw new Error("cfb-kit: at most 3 streams (one directory sector)");
  const sectorsPerStream = STREAM_BYTES / SECTOR;
  const totalSectors = 2 + streams.length * sectorsPerStream; // FAT, directory, streams
  const out = new Uint8Array(SECTOR * (1 + totalSectors));
  const view = new DataView(out.buffer);

  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3
  view.setUint16(28, 0xfffe, true); // little-endian
  view.setUint16(30, 9, true); // sector shift: 512
  view.setUint16(32, 6, true); // mini sector shift: 64
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cut-off
  view.setUint32(60, ENDOFCHAIN, true); // no mini FAT
  view.setUint32(64, 0, true);
  view.setUint32(68, ENDOFCHAIN, true); // no DIFAT sectors
  view.setUint32(72, 0, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREESECT, true);

  const sectorOffset = (sector: number): number => (sector + 1) * SECTOR;

  // FAT (sector 0).
  const fat = (index: number, value: number): void => view.setUint32(sectorOffset(0) + index * 4, value, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREESECT);
  fat(0, FATSECT);
  fat(1, ENDOFCHAIN);
  streams.forEach((_, s) => {
    const first = 2 + s * sectorsPerStream;
    for (let k = 0; k < sectorsPerStream; k++) fat(first + k, k === sectorsPerStream - 1 ? ENDOFCHAIN : first + k + 1);
  });

  // Directory (sector 1): root, then the streams as a right-leaning chain of black siblings.
  const entry = (
    index: number,
    name: string,
    type: 1 | 2 | 5,
    left: number,
    right: number,
    child: number,
    start: number,
    size: number,
  ): void => {
    const at = sectorOffset(1) + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    view.setUint32(at + 68, left, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  for (let i = 0; i < 4; i++) {
    const at = sectorOffset(1) + i * 128;
    view.setUint32(at + 68, NOSTREAM, true);
    view.setUint32(at + 72, NOSTREAM, true);
    view.setUint32(at + 76, NOSTREAM, true);
  }
  entry(0, "Root Entry", 5, NOSTREAM, NOSTREAM, streams.length > 0 ? 1 : NOSTREAM, ENDOFCHAIN, 0);
  streams.forEach((stream, s) => {
    if (stream.data.length > STREAM_BYTES) throw new Error("cfb-kit: stream too large");
    const start = 2 + s * sectorsPerStream;
    entry(1 + s, stream.name, 2, NOSTREAM, s + 1 < streams.length ? s + 2 : NOSTREAM, NOSTREAM, start, STREAM_BYTES);
    out.set(stream.data, sectorOffset(start));
  });
  return out;
}

/** What Excel writes for "Encrypt with Password": agile EncryptionInfo XML and a package we never decrypt. */
export function encryptedWorkbook(): Uint8Array {
  const info = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
  );
  const versionedInfo = new Uint8Array(8 + info.length);
  versionedInfo.set([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00], 0); // version 4.4 (agile), flags 0x40
  versionedInfo.set(info, 8);
  const pkg = new Uint8Array(STREAM_BYTES);
  new DataView(pkg.buffer).setUint32(0, 5000, true); // declared plaintext size
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 2654435761) >>> 24; // ciphertext-looking bytes
  return writeCfb([
    { name: "EncryptionInfo", data: versionedInfo },
    { name: "EncryptedPackage", data: pkg },
  ]);
}

/** An Excel 97–2003 workbook as far as a sniffer can tell: a "Workbook" stream opening with a BIFF8 BOF record. */
export function xlsWorkbook(): Uint8Array {
  const bof = new Uint8Array([
    0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0x54, 0x38, 0xcd, 0x07, 0xc1, 0x80, 0x00, 0x00, 0x06, 0x03, 0x00, 0x00,
  ]);
  return writeCfb([{ name: "Workbook", data: bof }]);
}
