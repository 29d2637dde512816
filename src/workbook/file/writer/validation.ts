/**
 * Plan validations as ExcelJS data validations. Excel shows one title and one text per validation, so
 * the Vietnamese messages of the plan are the ones written; Excel caps titles at 32 characters and texts
 * at 255 (a longer one makes Excel "repair" the file), so they are clipped here as in the Office renderer.
 */
import type { DataValidation } from "exceljs";
import type { ValidationPlan } from "../../../domain/layout/plan";

const clip = (text: string, max: number): string => (text.length <= max ? text : text.slice(0, max));

/** The earliest date Excel's serial numbers can hold; a "date" validation only asks for a real date. */
// ExcelJS turns the Date into a serial number counting the phantom 29/2/1900, so 31/12/1899 comes out as
// serial 1, which Excel reads as 1/1/1900 (the "1900-01-01" the Office.js renderer writes).
const FIRST_DATE = new Date(Date.UTC(1899, 11, 31));

/** An Excel list written inline ("a,b,c") cannot hold an item with a comma or a double quote, and the whole list is limited to 255 characters. */
export function inlineListProblem(items: readonly string[]): string | null {
  const bad = items.find((item) => item.includes(",") || item.includes('"'));
  if (bad !== undefined) return `list item "${bad}" contains a comma or a double quote`;
  const length = items.join(",").length;
  if (length > 255) return `list of ${items.length} items is ${length} characters long, over Excel's 255`;
  return null;
}

export function excelValidation(v: ValidationPlan): DataValidation {
  const messages = {
    showInputMessage: true,
    promptTitle: clip(v.prompt.title, 32),
    prompt: clip(v.prompt.text, 255),
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: clip(v.error.title, 32),
    error: clip(v.error.text, 255),
  };
  switch (v.type) {
    case "whole":
    case "decimal":
      return v.max === undefined
        ? { type: v.type, operator: "greaterThanOrEqual", allowBlank: true, formulae: [v.min], ...messages }
        : { type: v.type, operator: "between", allowBlank: true, formulae: [v.min, v.max], ...messages };
    case "list": {
      // The plan's range holds the same items in the workbook; it is the only way to offer an item with a comma.
      if (v.range) return { type: "list", allowBlank: true, formulae: [v.range.replace(/^=/, "")], ...messages };
      const problem = inlineListProblem(v.items);
      // A defect of the plan, not of the user's data: the layout engine chooses the items.
      if (problem) throw new Error(`Cannot write list validation: ${problem}`);
      return { type: "list", allowBlank: true, formulae: [`"${v.items.join(",")}"`], ...messages };
    }
    case "date":
      return { type: "date", operator: "greaterThanOrEqual", allowBlank: true, formulae: [FIRST_DATE], ...messages };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", allowBlank: true, formulae: [v.max], ...messages };
  }
}
