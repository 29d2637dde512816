/**
 * Native data validation of input cells, with Vietnamese prompts: Excel, LibreOffice and WPS stop
 * a wrong entry at the keyboard, before the check engine ever sees it.
 */
import type { ValidationPlan } from "./plan";
import { vi } from "./text";

export function figureValidation(valueType: "integer" | "decimal"): ValidationPlan {
  if (valueType === "integer") {
    return {
      type: "whole",
      min: 0,
      prompt: { title: vi("tpl.val.integer.promptTitle"), text: vi("tpl.val.integer.prompt") },
      error: { title: vi("tpl.val.integer.errorTitle"), text: vi("tpl.val.integer.error") },
    };
  }
  return {
    type: "decimal",
    min: 0,
    prompt: { title: vi("tpl.val.decimal.promptTitle"), text: vi("tpl.val.decimal.prompt") },
    error: { title: vi("tpl.val.decimal.errorTitle"), text: vi("tpl.val.decimal.error") },
  };
}

export function levelValidation(items: readonly string[], range: string): ValidationPlan {
  return {
    type: "list",
    items,
    range,
    prompt: { title: vi("tpl.val.level.promptTitle"), text: vi("tpl.val.level.prompt") },
    error: { title: vi("tpl.val.level.errorTitle"), text: vi("tpl.val.level.error") },
  };
}

/** The sector, chosen from the definition's list (a blank is allowed: an upper level has none). */
export function choiceValidation(items: readonly string[], range: string): ValidationPlan {
  return {
    type: "list",
    items,
    range,
    prompt: { title: vi("uf.sector.promptTitle"), text: vi("uf.sector.prompt") },
    error: { title: vi("uf.sector.errorTitle"), text: vi("uf.sector.error") },
  };
}

export function dateValidation(): ValidationPlan {
  return {
    type: "date",
    prompt: { title: vi("tpl.val.date.promptTitle"), text: vi("tpl.val.date.prompt") },
    error: { title: vi("tpl.val.date.errorTitle"), text: vi("tpl.val.date.error") },
  };
}

export function textValidation(max: number): ValidationPlan {
  return {
    type: "textLength",
    max,
    prompt: { title: vi("tpl.val.text.promptTitle"), text: vi("tpl.val.text.prompt", { max }) },
    error: { title: vi("tpl.val.text.errorTitle"), text: vi("tpl.val.text.error", { max }) },
  };
}
