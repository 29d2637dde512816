/**
 * Campaigns: one reporting exercise each. The catalog ships campaign definitions; a periodic one
 * becomes a concrete campaign once a year is chosen ("tk-3105" + 2026 → "tk-3105-2026"), a review one
 * is concrete as shipped. A user can also define a review campaign of their own; its definition then
 * travels inside every workbook made for it (meta CAMPAIGN_DEF), so a merge can rebuild it.
 */
import { z } from "zod";
import {
  campaignDefSchema,
  isoDaySchema,
  LEVELS,
  type CampaignDef,
  type DateSpec,
  type FormHeading,
  type Level,
  type Localized,
  type Plausibility,
} from "./schema";
import type { Result } from "../errors";
import { fail, ok } from "../errors";
import { asciiFold } from "../ascii-fold";
import { fillPlaceholders, paramOf } from "../i18n/placeholders";
import { displayDate, isoDate, isoParts } from "../dates";
import type { CampaignKind } from "./columns";
import { keyed, perLanguage } from "../i18n/message";
import { t } from "../i18n/strings";
import { PARENT_LEVEL, type LevelNames } from "./levels";

export interface Campaign {
  /** Concrete id, as written into workbooks and typed on the command line. */
  readonly id: string;
  readonly defId: string;
  readonly kind: CampaignKind;
  readonly title: Localized;
  /** "Số liệu tính đến 31/5/2026" or "Giai đoạn 2011–2020". */
  readonly periodLabel: Localized;
  readonly source?: Localized;
  /** Periodic: the day figures are counted at (ISO). */
  readonly asOf?: string;
  readonly baseYear?: number;
  readonly endYear?: number;
  /** ISO dates by level of the unit that sends. */
  readonly deadlines: Readonly<Partial<Record<Level, string>>>;
  /** The deadlines worded as the plan words them, where the definition gives the wording. */
  readonly deadlineTexts?: Readonly<Partial<Record<Level, string>>>;
  /**
   * The dates beside each level's own report-by date: a report-by date to another level than the one
   * directly above (`reportsTo`), and finish-by dates (`finish`), each with the plan's words.
   */
  readonly otherDeadlines?: readonly OtherDeadline[];
  /** The levels' names as the campaign's plan writes them, where they differ from today's (a district-era review). */
  readonly levelNames?: LevelNames;
  /** Each level's official form (number, whom it is for, title), where the definition names one: see formHeadingFor. */
  readonly forms?: Readonly<Partial<Record<Level, FormHeading>>>;
  readonly tables: readonly string[];
  readonly plausibility: Plausibility;
  readonly custom: boolean;
  /** The level whose form this view is (campaignForLevel); absent: every row, as a consolidated workbook holds. */
  readonly level?: Level;
}

export interface OtherDeadline {
  readonly level: Level;
  /** ISO day. */
  readonly date: string;
  readonly text?: string;
  readonly reportsTo?: Level;
  readonly finish?: true;
}

/** A level's own report-by date: not a finish-by date, and to the level directly above. */
const ownDeadline = (d: CampaignDef["deadlines"][number]): boolean =>
  !d.finish && (d.reportsTo === undefined || d.reportsTo === PARENT_LEVEL[d.level]);

/** The deadline a unit of `level` sending to `reportsTo` has: the plan's date for that pair, else its level's own. */
export function deadlineFor(campaign: Campaign, level: Level, reportsTo?: Level | null): string | null {
  const other = reportsTo ? campaign.otherDeadlines?.find((d) => !d.finish && d.level === level && d.reportsTo === reportsTo) : undefined;
  return other?.date ?? campaign.deadlines[level] ?? null;
}

/**
 * The official form a sheet of this campaign is printed as, where the definition names one: a level's own
 * form; a consolidated workbook, or a level without a form of its own (the national level sends to no
 * one), the form of the nearest level at or below it — never the CĐCS's, which is a unit's own report.
 */
export function formHeadingFor(campaign: Campaign, consolidated: boolean): FormHeading | null {
  const forms = campaign.forms;
  if (!forms) return null;
  const level = campaign.level;
  if (!consolidated && level === "cdcs") return forms.cdcs ?? null;
  const start = level && level !== "cdcs" ? LEVELS.indexOf(level) : LEVELS.length - 1;
  for (let i = start; i > LEVELS.indexOf("cdcs"); i--) {
    const form = forms[LEVELS[i]!];
    if (form) return form;
  }
  return null;
}

/** One object per (campaign, level), so what is worked out per campaign object is worked out once. */
const levelViews = new WeakMap<Campaign, Map<Level, Campaign>>();
const viewOf = new WeakMap<Campaign, Campaign>();

/**
 * The campaign as one level fills it: a CĐCS's form (1-HĐCĐ) leaves out the rows an upper level's
 * form (2-HĐCĐ) has (counted units, percentages, wages by sector). Which rows: the definition's `levels`.
 */
export function campaignForLevel(campaign: Campaign, level: Level | null | undefined): Campaign {
  if (!level || campaign.level === level) return campaign;
  const base = viewOf.get(campaign) ?? campaign;
  let views = levelViews.get(base);
  if (!views) levelViews.set(base, (views = new Map()));
  let view = views.get(level);
  if (!view) {
    views.set(level, (view = { ...base, level }));
    viewOf.set(view, base);
  }
  return view;
}

/** A deadline in the campaign's year, or null when that year has no such day (29/2 of 2027). */
function resolveDate(spec: DateSpec, year: number): string | null {
  return typeof spec === "string" ? spec : isoDate(year + spec.yearOffset, spec.month, spec.day);
}

/**
 * Every level's deadline in the campaign's year, or the error naming a day that year does not have, or a
 * fixed date before the day the figures are counted at (`asOf`: the loader compares day/month deadlines
 * itself, but a fixed date only once the year is chosen).
 */
function resolveDeadlines(def: CampaignDef, year: number, asOf?: string): Result<Partial<Record<Level, string>>> {
  const deadlines: Partial<Record<Level, string>> = {};
  for (const d of def.deadlines.filter(ownDeadline)) {
    const date = resolveDate(d.date, year);
    if (date === null) {
      const params =
        typeof d.date === "string"
          ? { day: d.date, year: String(year) }
          : { day: `${d.date.day}/${d.date.month}`, year: String(year + d.date.yearOffset) };
      return fail(keyed("campaign.deadline.noDay", { ...params, campaign: def.id }));
    }
    if (asOf !== undefined && typeof d.date === "string" && date < asOf)
      return fail(keyed("campaign.deadline.beforeAsOf", { campaign: def.id, date: displayDate(date), asOf: displayDate(asOf) }));
    deadlines[d.level] = date;
  }
  return ok(deadlines);
}

/** The campaign's own level names and forms, carried only when the definition gives some. */
const levelNames = (def: CampaignDef): Pick<Campaign, "levelNames" | "forms"> => ({
  ...(def.levelNames && Object.keys(def.levelNames).length > 0 ? { levelNames: def.levelNames } : {}),
  ...(def.forms && Object.keys(def.forms).length > 0 ? { forms: def.forms } : {}),
});

function fill(text: string, params: Record<string, number>): string {
  return fillPlaceholders(text, (key) => {
    const value = paramOf(params, key);
    return value === undefined ? undefined : String(value);
  });
}

function localizedFill(text: Localized, params: Record<string, number>): Localized {
  return { vi: fill(text.vi, params), en: fill(text.en, params) };
}

function deadlineTexts(def: CampaignDef): Pick<Campaign, "deadlineTexts"> {
  const texts: Partial<Record<Level, string>> = {};
  for (const d of def.deadlines) if (d.text && ownDeadline(d)) texts[d.level] = d.text;
  return Object.keys(texts).length > 0 ? { deadlineTexts: texts } : {};
}

/** The finish-by dates and the report-by dates to another level, in the campaign's year (a day the year lacks is left out: resolveDeadlines names it for the own dates). */
function otherDeadlines(def: CampaignDef, year: number): Pick<Campaign, "otherDeadlines"> {
  const others = def.deadlines
    .filter((d) => !ownDeadline(d))
    .flatMap((d): OtherDeadline[] => {
      const date = resolveDate(d.date, year);
      return date === null
        ? []
        : [
            {
              level: d.level,
              date,
              ...(d.text ? { text: d.text } : {}),
              ...(d.reportsTo ? { reportsTo: d.reportsTo } : {}),
              ...(d.finish ? { finish: true as const } : {}),
            },
          ];
    });
  return others.length > 0 ? { otherDeadlines: others } : {};
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * Makes a concrete campaign from a definition (and, for periodic ones, a year). `fromWorkbook`: the campaign
 * a workbook already carries — rebuilt as made, never refused for a deadline its definition then allowed.
 */
export function concreteCampaign(def: CampaignDef, year?: number, custom = false, fromWorkbook = false): Result<Campaign> {
  if (def.kind === "periodic") {
    if (year === undefined || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      return fail(keyed("campaign.year", { id: def.id, min: String(MIN_YEAR), max: String(MAX_YEAR) }));
    }
    const asOf = def.asOf!;
    const asOfDate = isoDate(year, asOf.month, asOf.day);
    if (asOfDate === null) {
      const params = { day: `${asOf.day}/${asOf.month}`, year: String(year), campaign: def.id };
      return fail(keyed("campaign.asOf.noDay", params));
    }
    const deadlines = resolveDeadlines(def, year, fromWorkbook ? undefined : asOfDate);
    if (!deadlines.ok) return deadlines;
    return ok({
      ...deadlineTexts(def),
      ...otherDeadlines(def, year),
      ...levelNames(def),
      id: `${def.id}-${year}`,
      defId: def.id,
      kind: "periodic",
      title: localizedFill(def.title, { year }),
      periodLabel: {
        vi: t("vi", "campaign.period.asOf", { date: displayDate(asOfDate) }),
        en: t("en", "campaign.period.asOf", { date: asOfDate }),
      },
      source: def.source,
      asOf: asOfDate,
      deadlines: deadlines.value,
      tables: def.tables,
      plausibility: def.plausibility,
      custom,
    });
  }
  const baseYear = def.baseYear!;
  const endYear = def.endYear!;
  const deadlines = resolveDeadlines(def, endYear);
  if (!deadlines.ok) return deadlines;
  return ok({
    ...deadlineTexts(def),
    ...otherDeadlines(def, endYear),
    ...levelNames(def),
    id: def.id,
    defId: def.id,
    kind: "review",
    title: localizedFill(def.title, { baseYear, endYear }),
    periodLabel: {
      vi: t("vi", "campaign.period.review", { baseYear: String(baseYear), endYear: String(endYear) }),
      en: t("en", "campaign.period.review", { baseYear: String(baseYear), endYear: String(endYear) }),
    },
    source: def.source,
    baseYear,
    endYear,
    deadlines: deadlines.value,
    tables: def.tables,
    plausibility: def.plausibility,
    custom,
  });
}

/** Resolves a campaign id typed by a user or read from a workbook: "tk-3105-2026", "tk10-nq6a-2011-2020". */
export function resolveCampaign(defs: readonly CampaignDef[], id: string): Result<Campaign> {
  const wanted = id.normalize("NFC").trim().toLowerCase();
  const exact = defs.find((d) => d.kind === "review" && d.id === wanted);
  if (exact) return concreteCampaign(exact);
  const match = /^(.*)-(\d{4})$/.exec(wanted);
  if (match) {
    const def = defs.find((d) => d.kind === "periodic" && d.id === match[1]);
    if (def) return concreteCampaign(def, Number(match[2]));
  }
  const known = perLanguage((lang) =>
    defs.map((d) => (d.kind === "periodic" ? `${d.id}-${t(lang, "campaign.yearPlaceholder")}` : d.id)).join(", "),
  );
  return fail(keyed("campaign.unknown", { id, known }));
}

export const customCampaignInputSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    baseYear: z
      .number()
      .int()
      .min(MIN_YEAR - 20)
      .max(MAX_YEAR),
    endYear: z
      .number()
      .int()
      .min(MIN_YEAR - 20)
      .max(MAX_YEAR),
    /** ISO dates per level; at least the grassroots one. */
    deadlines: z.object({ cdcs: isoDaySchema, huyen: isoDaySchema.optional(), tinh: isoDaySchema.optional() }).strict(),
    tables: z
      .array(z.string().regex(/^[A-Z][A-Z0-9_]{0,15}$/))
      .min(1)
      .optional(),
  })
  .strict()
  .refine((v) => v.endYear > v.baseYear, { path: ["endYear"], message: "endYear must be after baseYear" });
export type CustomCampaignInput = z.infer<typeof customCampaignInputSchema>;

/** A stable id from the title and years, ASCII only (Vietnamese letters lose their marks). */
export function customCampaignId(title: string, baseYear: number, endYear: number): string {
  const slug = asciiFold(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return `rv-${slug || "review"}-${baseYear}-${endYear}`;
}

/** A review campaign of the user's own: title, baseline and end years, deadlines. */
export function customReviewCampaign(
  input: unknown,
  defaults: { tables: readonly string[]; plausibility: Plausibility },
): Result<Campaign> {
  const parsed = customCampaignInputSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(gốc)"}: ${i.message}`).join("; ");
    return fail(keyed("campaign.custom.invalid", { detail }));
  }
  const v = parsed.data;
  const def: CampaignDef = {
    id: customCampaignId(v.title, v.baseYear, v.endYear),
    kind: "review",
    title: { vi: v.title, en: v.title },
    tables: [...(v.tables ?? defaults.tables)],
    baseYear: v.baseYear,
    endYear: v.endYear,
    deadlines: (["cdcs", "huyen", "tinh"] as const).flatMap((level) => (v.deadlines[level] ? [{ level, date: v.deadlines[level]! }] : [])),
    plausibility: defaults.plausibility,
  };
  return concreteCampaign(def, undefined, true);
}

/** The definition written into a workbook's meta, from which `campaignFromJson` rebuilds the campaign. */
export function campaignToJson(campaign: Campaign): string {
  const asOf = campaign.asOf ? isoParts(campaign.asOf) : null;
  const def: CampaignDef = {
    id: campaign.kind === "periodic" ? campaign.defId : campaign.id,
    kind: campaign.kind,
    title: campaign.title,
    source: campaign.source,
    tables: [...campaign.tables],
    asOf: asOf ? { month: asOf.month, day: asOf.day } : undefined,
    baseYear: campaign.baseYear,
    endYear: campaign.endYear,
    deadlines: [
      ...Object.entries(campaign.deadlines).map(([level, date]) => {
        const text = campaign.deadlineTexts?.[level as Level];
        return { level: level as Level, date: date as string, ...(text ? { text } : {}) };
      }),
      ...(campaign.otherDeadlines ?? []).map((d) => ({ ...d })),
    ],
    ...(campaign.levelNames ? { levelNames: campaign.levelNames } : {}),
    ...(campaign.forms ? { forms: campaign.forms } : {}),
    plausibility: campaign.plausibility,
  };
  return JSON.stringify({ def, year: asOf?.year, custom: campaign.custom });
}

const storedCampaignSchema = z.object({ def: campaignDefSchema, year: z.number().int().optional(), custom: z.boolean() }).strict();

export function campaignFromJson(text: string): Result<Campaign> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(keyed("campaign.stored.json"));
  }
  const parsed = storedCampaignSchema.safeParse(data);
  if (!parsed.success) return fail(keyed("campaign.stored.invalid"));
  return concreteCampaign(parsed.data.def, parsed.data.year, parsed.data.custom, true);
}
