/**
 * From bytes to an opened workbook: classify what arrived, open the zip, find the workbook part
 * through the package relationships, and learn its sheets and names. Shared by both entry points.
 */
import type { ReadBudget } from "./limits";
import { bytesToMb } from "./limits";
import { XlsxPackage } from "./package";
import type { ReaderMemory } from "./reader-memory";
import { readerError, ReadAbort } from "./reader-error";
import { readRelationships, type Relationships } from "./relationships";
import { classifyNonZip, isZipSignature } from "./sniff";
import { readWorkbookXml, type WorkbookSheet, type WorkbookXml } from "./workbook-xml";

export interface OpenedWorkbook {
  readonly pkg: XlsxPackage;
  readonly workbook: WorkbookXml;
  readonly relationships: Relationships;
  /** A VBA project is present (.xlsm). It is never run; callers warn about it. */
  readonly macros: boolean;
}

const ODF_MIMETYPE = "application/vnd.oasis.opendocument";

export function openWorkbook(bytes: Uint8Array, budget: ReadBudget, memory: ReaderMemory): OpenedWorkbook {
  const { limits } = budget;
  if (bytes.length > limits.maxFileBytes) {
    throw new ReadAbort(readerError("reader.too-large", { size: bytesToMb(bytes.length), limit: bytesToMb(limits.maxFileBytes) }));
  }
  if (!isZipSignature(bytes)) throw new ReadAbort(classifyNonZip(bytes));
  const pkg = new XlsxPackage(bytes, budget, memory);

  // An OpenDocument file names its kind in a first, uncompressed "mimetype" entry.
  const mimetype = pkg.readBytes("mimetype", 128);
  if (mimetype !== undefined && new TextDecoder().decode(mimetype).startsWith(ODF_MIMETYPE)) {
    throw new ReadAbort(readerError("reader.ods"));
  }

  const office = readRelationships(pkg, "").firstOfKind("officeDocument");
  let workbookPart = office?.partName;
  // A Word or PowerPoint file also has an officeDocument (word/document.xml): it is not a workbook at all,
  // and must be told so rather than read as an empty workbook that is "not our template".
  if (workbookPart !== undefined && pkg.has(workbookPart) && !/(^|\/)workbook[^/]*\.xml$/i.test(workbookPart)) {
    throw new ReadAbort(readerError(/^word\//i.test(workbookPart) ? "reader.docx" : "reader.no-workbook"));
  }
  if (workbookPart === undefined || !pkg.has(workbookPart)) workbookPart = "xl/workbook.xml";
  if (!pkg.has(workbookPart)) throw new ReadAbort(readerError("reader.no-workbook"));

  let macros = false;
  for (const key of pkg.directory.entries.keys()) if (key.endsWith("vbaproject.bin")) macros = true;

  const workbook = readWorkbookXml(pkg, workbookPart);
  const relationships = readRelationships(pkg, workbookPart);
  return { pkg, workbook, relationships, macros };
}

/** Sheet names are matched as Excel does, case-insensitively, and NFC-normalised (a name typed on a Mac may arrive decomposed). */
export const sheetKey = (name: string): string => name.normalize("NFC").toLowerCase();

/** The worksheet part of a sheet; an error when the workbook names a part the zip does not have. */
export function worksheetPart(opened: OpenedWorkbook, sheet: WorkbookSheet): string | undefined {
  const rel = sheet.relationshipId === undefined ? undefined : opened.relationships.byId.get(sheet.relationshipId);
  // Chart sheets and dialog sheets have no cells to read.
  if (rel === undefined || rel.partName === undefined || rel.kind !== "worksheet") return undefined;
  if (!opened.pkg.has(rel.partName)) throw new ReadAbort(readerError("reader.part-missing", { part: rel.partName }));
  return rel.partName;
}
