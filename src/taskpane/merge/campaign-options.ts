/** Campaigns to pick from: every shipped review, and the periodic ones for this year and last. */
import type { Definition } from "../../domain/definition/catalog";
import { resolveCampaign } from "../../domain/definition/campaign";
import type { Lang } from "../../domain/i18n/strings";

export function campaignOptions(catalog: Definition, lang: Lang, year: number): { id: string; title: string }[] {
  const ids = catalog.campaignDefs.flatMap((d) => (d.kind === "periodic" ? [`${d.id}-${year}`, `${d.id}-${year - 1}`] : [d.id]));
  return ids.flatMap((id) => {
    const c = resolveCampaign(catalog.campaignDefs, id);
    return c.ok ? [{ id: c.value.id, title: c.value.title[lang] }] : [];
  });
}
