/**
 * The merging unit's code and name, checked as `validate` checks a unit's own identification, before a
 * merge reads or writes anything: the consolidated workbook carries them, and the level above rejects
 * a workbook whose code has a space or a formula in it.
 */
import type { Definition } from "../definition/catalog";
import { keyed, type Message } from "../i18n/message";
import { UNIT_CODE } from "./identification";
import { displayText, excerpt, hasControlCharacters } from "./text";

export function mergingUnitProblems(catalog: Definition, unit: { readonly code: string; readonly name: string }): Message[] {
  const problems: Message[] = [];
  for (const [key, text] of [
    ["UNIT_CODE", unit.code],
    ["UNIT_NAME", unit.name],
  ] as const) {
    const field = catalog.identification.find((f) => f.key === key);
    if (!field) continue;
    const length = [...text].length;
    if (length > field.maxLength)
      problems.push(keyed("check.id.tooLong", { label: field.label, length: String(length), max: String(field.maxLength) }));
    if (hasControlCharacters(text)) problems.push(keyed("check.id.control", { label: field.label, text: excerpt(displayText(text)) }));
    else if (key === "UNIT_CODE" && !UNIT_CODE.test(text)) problems.push(keyed("check.id.badCode", { text: excerpt(text) }));
    else if (key === "UNIT_NAME" && text.trim() === "") problems.push(keyed("check.id.required", { label: field.label }));
  }
  return problems;
}
