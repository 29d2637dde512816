/**
 * How each plan style looks: one table that both renderers draw (the Office.js adapter inside Excel and
 * the .xlsx writer), so the workbook made in Excel and the downloaded one cannot drift apart.
 * Plain data; each renderer only translates it to its own API.
 */
import type { StyleName } from "./plan";

/** Union forms are typed in Times New Roman; it has every Vietnamese glyph on Windows, macOS and LibreOffice (Liberation Serif is metric-compatible). */
export const FONT = { name: "Times New Roman", size: 12 } as const;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fill?: string;
  readonly border?: boolean;
  readonly wrap?: boolean;
  readonly horizontal?: "Left" | "Center" | "Right";
  readonly vertical?: "Top" | "Center" | "Bottom";
  /** Indent level; needs ExcelApi 1.9, skipped below it. */
  readonly indent?: number;
  readonly numberFormat?: string;
}

const INPUT_FILL = "#FFF2CC"; // pale yellow: "type here", as union officers know from the paper-era Excel forms
const HEADER_FILL = "#DDEBF7";
const COMPUTED_FILL = "#F2F2F2";

export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, size: 14, horizontal: "Center", vertical: "Center", wrap: true },
  subtitle: { italic: true, horizontal: "Center", wrap: true },
  formCode: { italic: true, size: 10, horizontal: "Right" },
  header: { bold: true, fill: HEADER_FILL, border: true, wrap: true, horizontal: "Center", vertical: "Center" },
  tt: { border: true, horizontal: "Center", vertical: "Top" },
  label: { bold: true, border: true, wrap: true, vertical: "Top" },
  labelChild: { border: true, wrap: true, vertical: "Top", indent: 1 },
  unit: { border: true, horizontal: "Center", vertical: "Top" },
  inputInteger: { fill: INPUT_FILL, border: true, numberFormat: "#,##0", horizontal: "Right" },
  inputDecimal: { fill: INPUT_FILL, border: true, numberFormat: "#,##0.0##", horizontal: "Right" },
  inputPercent: { fill: INPUT_FILL, border: true, numberFormat: "0.0%", horizontal: "Right" },
  inputText: { fill: INPUT_FILL, border: true, numberFormat: "@", wrap: true },
  inputDate: { fill: INPUT_FILL, border: true, numberFormat: "dd/mm/yyyy", horizontal: "Right" },
  computedInteger: { fill: COMPUTED_FILL, border: true, numberFormat: "#,##0", horizontal: "Right" },
  computedDecimal: { fill: COMPUTED_FILL, border: true, numberFormat: "#,##0.0##", horizontal: "Right" },
  computedPercent: { fill: COMPUTED_FILL, border: true, numberFormat: "0.0%", horizontal: "Right" },
  note: { fill: INPUT_FILL, border: true, wrap: true, vertical: "Top" },
  notApplicable: { fill: "#D9D9D9", border: true },
  text: {},
  cell: { border: true, wrap: true, vertical: "Top" },
  paragraph: { wrap: true, vertical: "Top" },
  textBold: { bold: true },
  small: { italic: true, size: 9 },
  signatureTitle: { bold: true, horizontal: "Center" },
  signatureHint: { italic: true, horizontal: "Center" },
};
