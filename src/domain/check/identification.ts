/**
 * The identification block (UR_ID_*): who sends the report. Text is NFC-normalised and trimmed; the
 * original (control characters and all) is kept in the submission, a cleaned copy goes into messages.
 * Nothing read here becomes a property name: lookups go through Maps and the catalog's field list.
 */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import type { IdentificationField, Level } from "../definition/schema";
import { identificationName } from "../definition/names";
import { levelLabel, parseLevel } from "../definition/levels";
import { LEVELS } from "../definition/schema";
import type { RawWorkbook } from "../raw";
import type { Identification } from "../submission";
import { cellText, namedCell } from "../named-cell";
import type { CheckIssue, Severity } from "./issue";
import { displayText, excerpt, hasControlCharacters } from "./text";
import { parseDateText, serialToIso } from "../dates";
import { keyed, perLanguage } from "../i18n/message";
import { foldFilterValue, isListedValue } from "../definition/filter-values";

/** Unit codes: letters (Vietnamese included), digits and . - _ /, starting with a letter or digit. */
export const UNIT_CODE = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u;

const normaliseForCompare = (text: string): string => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

export function readIdentification(
  catalog: Definition,
  raw: RawWorkbook,
  campaign: Campaign,
): { identification: Identification; issues: CheckIssue[] } {
  const issues: CheckIssue[] = [];
  const texts = new Map<string, string>();
  let level: Level | null = null;
  let datePrepared: string | null = null;

  for (const field of catalog.identification) {
    const label = field.label;
    const found = namedCell(raw, identificationName(field.key));
    const issue = (what: string, severity: Severity, message: CheckIssue["message"]): void => {
      issues.push({
        id: `id:${field.key}:${what}`,
        severity,
        category: "identification",
        cells: found ? [found.ref] : [],
        values: [],
        message,
        explained: false,
      });
    };
    if (!found) {
      if (field.required) issue("missing-name", "error", keyed("check.id.missingName", { label }));
      continue;
    }
    const { cell } = found;
    if (cell.value !== null && typeof cell.value === "object") {
      issue(
        "error",
        field.required ? "error" : "warning",
        keyed("check.id.error", {
          label,
          error: cell.value !== null && typeof cell.value === "object" ? cell.value.error.slice(0, 20) : "",
        }),
      );
      continue;
    }

    if (field.type === "date") {
      const date = readDate(cell.value, cell.isDate === true);
      if (date.iso) datePrepared = date.iso;
      else if (date.text !== null) issue("bad-date", "warning", keyed("check.id.badDate", { text: excerpt(date.text) }));
      else if (field.required) issue("required", "error", keyed("check.id.required", { label }));
      continue;
    }

    const text = cellText(cell);
    if (cell.formula !== undefined) issue("formula", "warning", keyed("check.id.formula", { label, text: excerpt(text ?? "") }));
    if (text === null) {
      if (field.required) issue("required", "error", keyed("check.id.required", { label }));
      continue;
    }
    texts.set(field.key, text);
    checkText(field, text, issue);
    // A sector typed by hand is matched by the definition's synonyms; a text none of them names is counted as "chưa rõ" at the merge: say so here, at its cell.
    if (
      field.choices &&
      !isListedValue(catalog, field.key, text) &&
      !field.choices.some((choice) => foldFilterValue(choice) === foldFilterValue(text))
    ) {
      issue("unknown-choice", "warning", keyed("uf.sector.unknown", { value: excerpt(text), allowed: field.choices.join("; ") }));
    }

    if (field.type === "level") {
      level = parseLevel(text, campaign.levelNames);
      if (level === null)
        issue(
          "bad-level",
          "error",
          keyed("check.id.badLevel", {
            text: excerpt(text),
            levels: perLanguage((lang) => LEVELS.map((l) => levelLabel(l, campaign.levelNames)[lang]).join(" | ")),
          }),
        );
    } else if (field.type === "code" && !UNIT_CODE.test(text)) {
      issue("bad-code", "error", keyed("check.id.badCode", { text: excerpt(text) }));
    } else if (field.type === "campaign" && !matchesCampaign(text, campaign)) {
      issue("campaign-mismatch", "warning", keyed("check.id.campaignMismatch", { text: excerpt(text), campaign: campaign.title }));
    }
  }

  const get = (key: string): string => texts.get(key) ?? "";
  return {
    identification: {
      unitName: get("UNIT_NAME"),
      unitCode: get("UNIT_CODE"),
      level,
      parent: get("PARENT"),
      campaignId: get("CAMPAIGN"),
      period: get("PERIOD"),
      preparer: get("PREPARER"),
      phone: get("PHONE"),
      datePrepared,
      head: get("HEAD"),
      ...otherFields(texts),
    },
    issues,
  };
}

/** The fields read that have no property of their own (LOAI_HINH): what a count filter looks at. Absent when none. */
const NAMED_FIELDS = new Set(["UNIT_NAME", "UNIT_CODE", "LEVEL", "PARENT", "CAMPAIGN", "PERIOD", "PREPARER", "PHONE", "DATE", "HEAD"]);
function otherFields(texts: ReadonlyMap<string, string>): Pick<Identification, "fields"> {
  const others = new Map([...texts].filter(([key]) => !NAMED_FIELDS.has(key)));
  return others.size > 0 ? { fields: others } : {};
}

/** Length and control characters; the limit counts characters as a user sees them (code points). */
function checkText(
  field: IdentificationField,
  text: string,
  issue: (what: string, severity: Severity, message: CheckIssue["message"]) => void,
): void {
  const length = [...text].length;
  if (length > field.maxLength)
    issue("too-long", "error", keyed("check.id.tooLong", { label: field.label, length: String(length), max: String(field.maxLength) }));
  if (hasControlCharacters(text))
    issue("control", "warning", keyed("check.id.control", { label: field.label, text: excerpt(displayText(text)) }));
}

/** The campaign cell is prefilled by the template: its id, its title, or a text naming the id. */
function matchesCampaign(text: string, campaign: Campaign): boolean {
  const t = normaliseForCompare(text);
  return (
    [campaign.id, campaign.title.vi, campaign.title.en].some((c) => t === normaliseForCompare(c)) || t.includes(campaign.id.toLowerCase())
  );
}

function readDate(value: unknown, isDate: boolean): { iso: string | null; text: string | null } {
  if (value === null) return { iso: null, text: null };
  if (typeof value === "number") {
    // A number in a date cell is a serial day; a bare number elsewhere is taken as one too only when the cell is date-formatted.
    const iso = isDate ? serialToIso(value) : null;
    return { iso, text: iso ? null : String(value) };
  }
  if (typeof value !== "string") return { iso: null, text: String(value) };
  const text = value.normalize("NFC").trim();
  if (text === "") return { iso: null, text: null };
  const iso = parseDateText(text);
  return { iso, text: iso ? null : text };
}
