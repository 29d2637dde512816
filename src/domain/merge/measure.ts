/**
 * The measure of a merge: the definition plus the campaign, a custom campaign's whole spec included
 * (its tables, deadlines, title), behind one identity. The officer chooses it (or every file agrees on
 * it); each file is judged against it and never defines it. Two files naming the same campaign id with
 * different specs carry different measures: a copy edited in one file changes nothing for the others.
 */
import type { Definition } from "../definition/catalog";
import { campaignToJson, type Campaign } from "../definition/campaign";
import type { Localized } from "../definition/schema";
import { canonicalJson, definitionHash } from "../definition/definition-hash";
import { perObject } from "../memo";

export interface Measure {
  /** SHA-256 over the definition's hash and the campaign's canonical spec. */
  readonly id: string;
  readonly catalog: Definition;
  readonly campaign: Campaign;
}

/** What a measure is, as plain data (listed to the officer, passed between threads). */
export interface MeasureInfo {
  readonly id: string;
  readonly formId: string;
  readonly formVersion: number;
  readonly formTitle: Localized;
  readonly formHash: string;
  readonly campaignId: string;
  readonly campaignTitle: Localized;
  readonly custom: boolean;
  readonly tables: readonly string[];
  /** ISO deadlines by level, as the campaign states them. */
  readonly deadlines: Readonly<Record<string, string>>;
}

/** The campaign's spec, whatever level view of it is held (the level is the file's, not the campaign's). */
export const campaignSpec = perObject((campaign: Campaign): string => canonicalJson(JSON.parse(campaignToJson(campaign))));

/** Same campaign, spec and all: the id alone is what a forged copy keeps. */
export const sameCampaign = (a: Campaign, b: Campaign): boolean => a === b || campaignSpec(a) === campaignSpec(b);

export function measureOf(catalog: Definition, campaign: Campaign): Measure {
  return { id: definitionHash({ definition: catalog.form.hash, campaign: campaignSpec(campaign) }), catalog, campaign };
}

export function measureInfo(measure: Measure): MeasureInfo {
  const { catalog, campaign } = measure;
  return {
    id: measure.id,
    formId: catalog.form.id,
    formVersion: catalog.form.version,
    formTitle: catalog.form.title,
    formHash: catalog.form.hash,
    campaignId: campaign.id,
    campaignTitle: campaign.title,
    custom: campaign.custom,
    tables: [...campaign.tables],
    deadlines: { ...campaign.deadlines } as Record<string, string>,
  };
}

/** How many characters of a measure's id are shown and typed (`--measure 3fa2c1d8e0b4`). */
export const MEASURE_ID_SHOWN = 12;
export const shortMeasureId = (id: string): string => id.slice(0, MEASURE_ID_SHOWN);

/** The measures found among the files, with which files carry each, the most carried first. */
export interface MeasureGroup {
  readonly info: MeasureInfo;
  readonly files: readonly string[];
}

export function byCount(groups: Iterable<MeasureGroup>): MeasureGroup[] {
  return [...groups].sort((a, b) => b.files.length - a.files.length || (a.info.id < b.info.id ? -1 : 1));
}

/** The measure whose id starts with what the officer typed (at least 8 hex digits), or null. */
export function measureByPrefix<T extends { readonly info: MeasureInfo }>(groups: Iterable<T>, prefix: string): T | null {
  const wanted = prefix.trim().toLowerCase();
  if (!/^[0-9a-f]{8,64}$/.test(wanted)) return null;
  const found = [...groups].filter((g) => g.info.id.startsWith(wanted));
  return found.length === 1 ? found[0]! : null;
}
