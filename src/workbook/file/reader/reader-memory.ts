/**
 * What the reader remembers from one file to the next, only to read the next one faster: the parts a
 * file shares byte for byte with the one before (PartMemo), the defined names and the plan of cells they
 * ask for, an inflate buffer, the element names the scanner has met. It never changes what a read
 * returns (read-plan.test.ts holds every read to what a read from scratch gives).
 *
 * One memory belongs to one WorkbookReader, which whoever reads a series of files creates and drops
 * with them (a merge, the CLI's validate); a read on its own gets a fresh one. So a call never depends
 * on another caller's earlier calls, and a merge's memory goes when the merge does.
 */
import type { ReadPlan } from "./read-workbook";
import type { Relationships } from "./relationships";
import type { DateStyles } from "./styles";
import type { SeenDefinedNames, WorkbookXml } from "./workbook-xml";
import { PartMemo } from "./part-memo";
import { ByteNameCache } from "./xml-bytes";
import { InflateScratch } from "./zip";

export class ReaderMemory {
  readonly workbookParts = new PartMemo<WorkbookXml>();
  /** A file reads two relationship parts, the package's and the workbook's. */
  readonly relationships = new PartMemo<Relationships>(2);
  readonly dateStyles = new PartMemo<DateStyles>();
  /** The <definedNames> content last read, with what it gave (see workbook-xml.ts). */
  definedNames: SeenDefinedNames | undefined;
  /** Which cells of which sheet the last file's names asked for (see read-workbook.ts). */
  plan: ReadPlan | undefined;
  readonly scratch = new InflateScratch();
  readonly elementNames = new ByteNameCache();
}
