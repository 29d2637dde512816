/**
 * The officer's measure (definition + campaign): what is fixed before any file is read, and, when the files
 * were judged each by its own, the one decided at the end. Never "the first file's".
 */
import type { Definition } from "../../domain/definition/catalog";
import { resolveCampaign, type Campaign } from "../../domain/definition/campaign";
import { acceptsOlder, claimsEarlierVersion } from "../../domain/definition/definition-versions";
import { keyed, type Message } from "../../domain/i18n/message";
import {
  byCount,
  measureByPrefix,
  measureInfo,
  measureOf,
  shortMeasureId,
  type Measure,
  type MeasureGroup,
} from "../../domain/merge/measure";

/** What the officer chose before the merge (the command's options, the page's fields). */
export interface MeasureChoice {
  /** The campaign id chosen (--campaign, the page). Null or absent: the files must agree, or one of their measures is picked. */
  readonly campaignId?: string | null;
  /** A whole campaign spec chosen (--campaign-file): files are judged against it, spec and all. */
  readonly campaign?: Campaign | null;
  /** The definition chosen (--forms, the page's definition). */
  readonly definition?: Definition | null;
}

/** The measure as far as it is fixed upfront: made once per merge, the one definition every file is judged by. */
export interface ChosenMeasure {
  /** The definition fixed upfront (chosen, or implied by a shipped campaign id or a campaign spec); null: each file's own, until the files agree. */
  readonly definition: Definition | null;
  /** The whole measure when fixed upfront: every file is judged against it as it comes. */
  readonly measure: Measure | null;
  /** The campaign id chosen without the rest of the measure: files naming another are rejected. */
  readonly wanted: string | null;
}

/**
 * The measure is fixed upfront when both its parts are known: a definition (chosen, or `shipped` for a
 * campaign id it knows or for a campaign spec) and a campaign (a spec, or the id resolved in that definition).
 * `shipped` is the release's own definition (loadCatalog(); a test may give another release's): it is looked
 * at here only, and only when no definition was chosen.
 */
export function chooseMeasure(shipped: Definition, choice: MeasureChoice): ChosenMeasure {
  const wanted = choice.campaignId?.trim() || choice.campaign?.id || null;
  const shippedId = wanted !== null && resolveCampaign(shipped.campaignDefs, wanted).ok;
  const definition = choice.definition ?? (choice.campaign || shippedId ? shipped : null);
  const resolved = !choice.campaign && wanted && definition ? resolveCampaign(definition.campaignDefs, wanted) : null;
  const campaign = choice.campaign ?? (resolved?.ok ? resolved.value : null);
  return { definition, measure: definition && campaign ? measureOf(definition, campaign) : null, wanted };
}

/** A measure decided at the end, fixed for judging again the files of its earlier versions. */
export const fixedMeasure = (measure: Measure): ChosenMeasure => ({ definition: measure.catalog, measure, wanted: measure.campaign.id });

/** The measures met among the files, with the files carrying each. */
export type SeenMeasures = ReadonlyMap<string, { readonly measure: Measure; readonly files: readonly string[] }>;

/** The merge's measure, or why there is none (with every measure found, the most carried first, when the officer must pick). */
export type Decision =
  { readonly ok: true; readonly value: Measure } | { readonly ok: false; readonly error: Message; readonly measures?: MeasureGroup[] };

/**
 * The merge's measure: the one fixed upfront; else the one the officer picked among those found; else
 * the one every readable file carries (earlier versions that it accepts counted with it). Several and
 * no choice: the merge stops, listing them, the most carried first. Never "the first file's".
 */
export function decideMeasure(chosen: ChosenMeasure, seen: SeenMeasures, measureId: string | null): Decision {
  if (chosen.measure) return { ok: true, value: chosen.measure };
  const all = [...seen.values()];
  const groups = byCount(all.map((g) => ({ info: measureInfo(g.measure), files: g.files })));
  // A measure whose definition accepts another's as its earlier version, for the same campaign, answers for it.
  const answered = (g: (typeof all)[number]) =>
    all.some(
      (other) =>
        other !== g && other.measure.campaign.id === g.measure.campaign.id && acceptsOlder(other.measure.catalog, g.measure.catalog),
    );
  const tops = all.filter((g) => !answered(g));
  if (measureId !== null) {
    const picked = measureByPrefix(
      all.map((g) => ({ info: measureInfo(g.measure), g })),
      measureId,
    );
    if (!picked) return { ok: false, error: keyed("merge.outcome.measureNotFound", { id: measureId }), measures: groups };
    return { ok: true, value: picked.g.measure };
  }
  if (tops.length === 1) return { ok: true, value: tops[0]!.measure };
  if (tops.length === 0) return { ok: false, error: keyed("merge.outcome.noCampaign") };
  return { ok: false, error: keyed("merge.outcome.measuresDisagree", { count: tops.length }), measures: groups };
}

/** Why a file whose measure is not the merge's is rejected: another campaign, the same campaign altered, or another definition. */
export function otherMeasureReason(theirs: Measure, ours: Measure): Message {
  if (theirs.campaign.id !== ours.campaign.id)
    return keyed("merge.reject.campaign", {
      theirs: theirs.campaign.title,
      theirsId: theirs.campaign.id,
      expected: ours.campaign.title,
      expectedId: ours.campaign.id,
    });
  if (theirs.catalog.form.hash === ours.catalog.form.hash)
    return keyed("merge.reject.campaignAltered", {
      id: ours.campaign.id,
      theirs: shortMeasureId(theirs.id),
      ours: shortMeasureId(ours.id),
    });
  if (claimsEarlierVersion(ours.catalog, theirs.catalog))
    return keyed("merge.reject.undeclaredVersion", { theirs: formHashText(theirs.catalog), ours: formHashText(ours.catalog) });
  return keyed("merge.reject.otherMeasure", { theirs: formText(theirs.catalog), ours: formText(ours.catalog), id: ours.campaign.id });
}

export const formText = (catalog: Definition): string => `${catalog.form.id} v${catalog.form.version}`;
export const formHashText = (catalog: Definition): string => `${formText(catalog)} #${catalog.form.hash.slice(0, 8)}`;
