/**
 * What the Biểu mẫu view offers and how a choice becomes a campaign: the shipped definitions (periodic
 * ones with a year), or a review campaign of the user's own. Pure, so it is tested without a browser.
 */
import { concreteCampaign, customReviewCampaign, MAX_YEAR, MIN_YEAR, type Campaign, type Catalog, type Level } from "../../domain/catalog";
import type { Lang } from "../../domain/i18n/strings";
import type { Result } from "../../domain/errors";

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

export function campaignChoices(catalog: Catalog): CampaignChoice[] {
  return [...catalog.campaignDefs.map((def) => ({ value: def.id, kind: def.kind })), { value: CUSTOM, kind: "custom" as const }];
}

/** The option text: a periodic title with the chosen year (or "…" while the year is not valid). */
export function choiceLabel(catalog: Catalog, choice: CampaignChoice, year: number, lang: Lang, customLabel: string): string {
  if (choice.kind === "custom") return customLabel;
  const def = catalog.campaignDefs.find((d) => d.id === choice.value)!;
  const made = concreteCampaign(def, def.kind === "periodic" ? year : undefined);
  return made.ok ? made.value.title[lang] : def.title[lang].replace(/\{year\}/g, "…");
}

export const validYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

export function campaignFromChoice(catalog: Catalog, choice: string, year: number, custom: CustomForm): Result<Campaign> {
  if (choice === CUSTOM) {
    const deadlines = Object.fromEntries(Object.entries(custom.deadlines).filter(([, date]) => date));
    const review = catalog.campaignDefs.find((d) => d.kind === "review") ?? catalog.campaignDefs[0];
    return customReviewCampaign(
      { title: custom.title.normalize("NFC").trim(), baseYear: Number(custom.baseYear), endYear: Number(custom.endYear), deadlines },
      { tables: catalog.tables.map((table) => table.id), plausibility: review.plausibility },
    );
  }
  const def = catalog.campaignDefs.find((d) => d.id === choice);
  if (!def) return { ok: false, error: { code: "campaign.unknown", vi: `Không có kỳ báo cáo "${choice}".`, en: `No campaign "${choice}".` } };
  return concreteCampaign(def, def.kind === "periodic" ? year : undefined);
}
