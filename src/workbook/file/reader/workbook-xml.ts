/**
 * workbook.xml: the sheets in their order (name, visibility, relationship id), the defined names,
 * and the date system. Names of every prefix and scope are counted against the limit, because
 * a hostile file would otherwise make us hold them all; only ours are kept.
 */
import { NAME_PREFIX } from "../../../domain/raw";
import type { XlsxPackage } from "./package";
import { readerError, ReadAbort } from "./reader-error";
import type { SeenContent, XmlAttributes, XmlHandler } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface WorkbookSheet {
  readonly name: string;
  readonly state: SheetState;
  readonly relationshipId: string | undefined;
}

export interface DefinedName {
  readonly name: string;
  readonly formula: string;
}

export interface WorkbookXml {
  readonly sheets: readonly WorkbookSheet[];
  /** Workbook-scoped names with our prefix (case-insensitive), in file order. */
  readonly names: readonly DefinedName[];
  readonly date1904: boolean;
}

function sheetState(value: string | undefined): SheetState {
  if (value === "hidden") return "hidden";
  if (value === "veryHidden") return "veryHidden";
  return "visible";
}

export function readWorkbookXml(pkg: XlsxPackage, partName: string): WorkbookXml {
  // Files from one template by one program often share this part byte for byte: see PartMemo.
  return pkg.memory.workbookParts.read(pkg, partName, () => parseWorkbookXml(pkg, partName));
}

/**
 * The <definedNames> content last read, with what it gave: files saved by Excel each have their own
 * workbook part (window sizes), but those of one template share their names byte for byte.
 */
export type SeenDefinedNames = SeenContent & { readonly names: readonly DefinedName[]; readonly count: number };

function parseWorkbookXml(pkg: XlsxPackage, partName: string): WorkbookXml {
  const { memory } = pkg;
  const sheets: WorkbookSheet[] = [];
  const names: DefinedName[] = [];
  const maxNames = pkg.budget.limits.maxDefinedNames;
  let nameCount = 0;
  let date1904 = false;
  let current: { name: string; formula: string } | undefined;
  const prefix = NAME_PREFIX.toUpperCase();
  let namesAtOpen = 0;
  let countAtOpen = 0;
  const countNames = (count: number): void => {
    nameCount += count;
    if (nameCount > maxNames) throw new ReadAbort(readerError("reader.too-many-names", { limit: maxNames }));
  };

  const handler: XmlHandler = {
    reuse: {
      element: "definedNames",
      get last() {
        return memory.definedNames;
      },
      same() {
        const last = memory.definedNames!;
        countNames(last.count);
        for (const name of last.names) names.push(name);
      },
      seen(seen) {
        memory.definedNames = { ...seen, names: names.slice(namesAtOpen), count: nameCount - countAtOpen };
      },
    },
    get wantText() {
      return current !== undefined;
    },
    open(name: string, attributes: XmlAttributes) {
      if (name === "sheet") {
        sheets.push({
          name: attributes.get("name") ?? "",
          state: sheetState(attributes.get("state")),
          relationshipId: attributes.get("id"),
        });
      } else if (name === "definedNames") {
        namesAtOpen = names.length;
        countAtOpen = nameCount;
      } else if (name === "definedName") {
        countNames(1);
        const definedName = attributes.get("name") ?? "";
        // Sheet-scoped names (localSheetId) are the user's own; ours are always workbook-scoped.
        if (attributes.get("localSheetId") === undefined && definedName.toUpperCase().startsWith(prefix)) {
          current = { name: definedName, formula: "" };
        }
      } else if (name === "workbookPr") {
        const value = attributes.get("date1904");
        date1904 = value === "1" || value === "true";
      }
    },
    close(name: string) {
      if (name === "definedName" && current !== undefined) {
        names.push({ name: current.name, formula: current.formula.trim() });
        current = undefined;
      }
    },
    text(text: string) {
      if (current !== undefined) current.formula += text;
    },
  };
  pkg.readXml(partName, handler);
  return { sheets, names, date1904 };
}
