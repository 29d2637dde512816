/** The parts of styles.xml a test needs: each cell format (xf) with its font, fill, number format and lock. */
import { attr } from "./xlsxParts";

export interface CellFormat {
  readonly fontName: string;
  readonly bold: boolean;
  readonly fill: string | null;
  readonly numFmt: string;
  readonly locked: boolean;
  readonly border: boolean;
  readonly wrap: boolean;
}

const BUILTIN_FORMATS: Record<string, string> = { "0": "General", "49": "@", "3": "#,##0", "10": "0.00%", "14": "mm-dd-yy" };

export function cellFormats(stylesXml: string): CellFormat[] {
  const block = (tag: string): string => new RegExp(`<${tag}\\b[^>]*>(.*?)</${tag}>`, "s").exec(stylesXml)?.[1] ?? "";
  const numFmts = new Map<string, string>(Object.entries(BUILTIN_FORMATS));
  for (const m of block("numFmts").matchAll(/<numFmt\b[^>]*\/>/g)) numFmts.set(attr(m[0], "numFmtId")!, attr(m[0], "formatCode")!);
  const fonts = [...block("fonts").matchAll(/<font>(.*?)<\/font>/gs)].map((m) => ({
    name: attr(/<name\b[^>]*>/.exec(m[1])?.[0] ?? "", "val") ?? "",
    bold: /<b\/>/.test(m[1]),
  }));
  const fills = [...block("fills").matchAll(/<fill>(.*?)<\/fill>/gs)].map((m) => /fgColor rgb="([0-9A-F]+)"/.exec(m[1])?.[1] ?? null);
  const borders = [...block("borders").matchAll(/<border>(.*?)<\/border>/gs)].map((m) => /style="thin"/.test(m[1]));
  return [...block("cellXfs").matchAll(/<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/gs)].map((m) => {
    const xf = m[0];
    return {
      fontName: fonts[Number(attr(xf, "fontId") ?? 0)].name,
      bold: fonts[Number(attr(xf, "fontId") ?? 0)].bold,
      fill: fills[Number(attr(xf, "fillId") ?? 0)],
      numFmt: numFmts.get(attr(xf, "numFmtId") ?? "0") ?? `?${attr(xf, "numFmtId")}`,
      // Cells are locked unless the format says locked="0".
      locked: !/<protection\b[^>]*locked="0"/.test(xf),
      border: borders[Number(attr(xf, "borderId") ?? 0)],
      wrap: /wrapText="1"/.test(xf),
    };
  });
}
