/**
 * Which cell styles are date formats. A date in a cell is a serial day number with a date format;
 * the format is found through the cell's style index (s) → cellXfs → numFmtId → built-in id or
 * a custom format code.
 */
import { isDateFormatCode } from "../../../domain/number-format";
import type { XlsxPackage } from "./package";
import type { XmlAttributes, XmlHandler } from "./xml";

/** Built-in date and time formats: 14–22 (d/m/yy, h:mm, ...) and 45–47 (mm:ss, [h]:mm:ss, mmss.0). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

export interface DateStyles {
  isDate(styleIndex: number): boolean;
}

export const NO_DATE_STYLES: DateStyles = { isDate: () => false };

export function readDateStyles(pkg: XlsxPackage, partName: string | undefined): DateStyles {
  if (partName === undefined) return NO_DATE_STYLES;
  // Files from one template often share their styles part byte for byte (see PartMemo).
  return pkg.memory.dateStyles.read(pkg, partName, () => parseDateStyles(pkg, partName));
}

function parseDateStyles(pkg: XlsxPackage, partName: string): DateStyles {
  const customCodes = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  const handler: XmlHandler = {
    wantText: false,
    open(name: string, attributes: XmlAttributes) {
      if (name === "numFmt") {
        const id = Number(attributes.get("numFmtId"));
        if (Number.isInteger(id)) customCodes.set(id, attributes.get("formatCode") ?? "");
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfFormats.push(Number(attributes.get("numFmtId") ?? 0));
    },
    close(name: string) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  };
  if (!pkg.readXml(partName, handler)) return NO_DATE_STYLES;
  const dateStyles = xfFormats.map((id) => {
    const custom = customCodes.get(id);
    return custom !== undefined ? isDateFormatCode(custom) : isBuiltInDate(id);
  });
  return { isDate: (styleIndex) => dateStyles[styleIndex] === true };
}
