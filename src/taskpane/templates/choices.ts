/**
 * What the Biểu mẫu view offers and how a choice becomes a campaign: the shipped definitions (periodic
 * ones with a year), or a review campaign of the user's own. Pure, so it is tested without a browser.
 */
import {
  concreteCampaign,
  customReviewCampaign,
  MAX_YEAR,
  MIN_YEAR,
  type Campaign,
  type Definition,
  type Level,
} from "../../domain/definition";
import { customCampaignInputSchema } from "../../domain/definition/campaign";
import type { Lang } from "../../domain/i18n/strings";
import type { Result } from "../../domain/errors";
import { message } from "../../domain/i18n/message";

export const CUSTOM = "custom";

export interface CampaignChoice {
  readonly value: string;
  readonly kind: "periodic" | "review" | "custom";
}

export interface CustomForm {
  readonly title: string;
  readonly baseYear: string;
  readonly endYear: string;
  /** ISO dates from <input type="date">, "" when not given. */
  readonly deadlines: Readonly<Partial<Record<Level, string>>>;
}

export function campaignChoices(catalog: Definition): CampaignChoice[] {
  return [...catalog.campaignDefs.map((def) => ({ value: def.id, kind: def.kind })), { value: CUSTOM, kind: "custom" as const }];
}

/** The option text: a periodic title with the chosen year (or "…" while the year is not valid). */
export function choiceLabel(catalog: Definition, choice: CampaignChoice, year: number, lang: Lang, customLabel: string): string {
  if (choice.kind === "custom") return customLabel;
  const def = catalog.campaignDefs.find((d) => d.id === choice.value)!;
  const made = concreteCampaign(def, def.kind === "periodic" ? year : undefined);
  return made.ok ? made.value.title[lang] : def.title[lang].replace(/\{year\}/g, "…");
}

export const validYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

/** A field of the custom-campaign form that a message is shown beside. */
export type CustomField = "title" | "baseYear" | "endYear" | `deadline.${Level}`;
export interface FieldProblem {
  readonly key:
    | "tplui.custom.err.title"
    | "tplui.custom.err.year"
    | "tplui.custom.err.endYear"
    | "tplui.custom.err.deadlineRequired"
    | "tplui.custom.err.date";
  readonly params?: Readonly<Record<string, string>>;
}

function customInput(custom: CustomForm) {
  const deadlines = Object.fromEntries(Object.entries(custom.deadlines).filter(([, date]) => date));
  return { title: custom.title.normalize("NFC").trim(), baseYear: Number(custom.baseYear), endYear: Number(custom.endYear), deadlines };
}

/**
 * What is wrong with the custom-campaign form, field by field, in the catalog's words: the same schema
 * the campaign is made with decides, and each of its issues is named by the field it is about.
 */
export function customFormProblems(custom: CustomForm): ReadonlyMap<CustomField, FieldProblem> {
  const parsed = customCampaignInputSchema.safeParse(customInput(custom));
  const problems = new Map<CustomField, FieldProblem>();
  if (parsed.success) return problems;
  const years = { min: String(MIN_YEAR - 20), max: String(MAX_YEAR) };
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path.map(String);
    const field: CustomField | null =
      first === "title" || first === "baseYear" || first === "endYear"
        ? first
        : first === "deadlines" && (second === "cdcs" || second === "huyen" || second === "tinh")
          ? `deadline.${second}`
          : null;
    if (!field || problems.has(field)) continue;
    const problem: FieldProblem =
      field === "title"
        ? { key: "tplui.custom.err.title" }
        : field === "endYear" && issue.code === "custom"
          ? { key: "tplui.custom.err.endYear" }
          : field === "baseYear" || field === "endYear"
            ? { key: "tplui.custom.err.year", params: years }
            : field === "deadline.cdcs" && !custom.deadlines.cdcs
              ? { key: "tplui.custom.err.deadlineRequired" }
              : { key: "tplui.custom.err.date" };
    problems.set(field, problem);
  }
  return problems;
}

export function campaignFromChoice(catalog: Definition, choice: string, year: number, custom: CustomForm): Result<Campaign> {
  if (choice === CUSTOM) {
    const review = catalog.campaignDefs.find((d) => d.kind === "review") ?? catalog.campaignDefs[0];
    return customReviewCampaign(customInput(custom), {
      tables: catalog.tables.map((table) => table.id),
      plausibility: review.plausibility,
    });
  }
  const def = catalog.campaignDefs.find((d) => d.id === choice);
  if (!def) return { ok: false, error: message("campaign.unknown", "campaign.unknownChoice", { id: choice }) };
  return concreteCampaign(def, def.kind === "periodic" ? year : undefined);
}
