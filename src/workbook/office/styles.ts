/**
 * How each plan style looks when drawn through Office.js. The .xlsx writer draws the same names; keep the
 * two tables in step (a comparison test of both renderers guards that).
 */
import type { StyleName } from "../../domain/layout/plan";

export interface OfficeStyle {
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

export const OFFICE_STYLES: Readonly<Record<StyleName, OfficeStyle>> = {
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
  inputText: { fill: INPUT_FILL, border: true, numberFormat: "@", wrap: true },
  inputDate: { fill: INPUT_FILL, border: true, numberFormat: "dd/mm/yyyy", horizontal: "Right" },
  computedInteger: { fill: COMPUTED_FILL, border: true, numberFormat: "#,##0", horizontal: "Right" },
  computedDecimal: { fill: COMPUTED_FILL, border: true, numberFormat: "#,##0.0##", horizontal: "Right" },
  computedPercent: { fill: COMPUTED_FILL, border: true, numberFormat: "0.0%", horizontal: "Right" },
  note: { fill: INPUT_FILL, border: true, wrap: true, vertical: "Top" },
  notApplicable: { fill: "#D9D9D9", border: true },
  text: {},
  paragraph: { wrap: true, vertical: "Top" },
  textBold: { bold: true },
  small: { italic: true, size: 9 },
  signatureTitle: { bold: true, horizontal: "Center" },
  signatureHint: { italic: true, horizontal: "Center" },
};

/** Excel column width in characters (what the plan says) to points (what Office.js sets): Calibri 11 is 7 px a character plus 5 px padding, 0.75 pt a pixel. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
