/**
 * The workbook's description of itself (UR_META_*): which template and version made it, for which
 * campaign. Without a known template and campaign nothing else can be read, so these come first.
 */
import type { Catalog } from "../catalog/load";
import { metaName } from "../catalog/names";
import { campaignFromJson, resolveCampaign, type Campaign } from "../catalog/campaign";
import type { RawWorkbook } from "../raw";
import { cellText, namedCell } from "./cells";
import type { CheckIssue } from "./issue";
import { localized } from "./text";

export interface WorkbookMeta {
  readonly templateId: string;
  readonly templateVersion: number;
  readonly campaign: Campaign;
  readonly kind: "submission" | "consolidated";
}

function templateIssue(id: string, message: CheckIssue["message"], cells: CheckIssue["cells"] = []): CheckIssue {
  return { id: `template:${id}`, severity: "error", category: "template", cells, values: [], message, explained: false };
}

function metaText(raw: RawWorkbook, key: Parameters<typeof metaName>[0]): string | null {
  const found = namedCell(raw, metaName(key));
  return found ? cellText(found.cell) : null;
}

/** Reads and checks the meta; null with the issues saying why when the workbook cannot be read as ours. */
export function readMeta(catalog: Catalog, raw: RawWorkbook): { meta: WorkbookMeta | null; issues: CheckIssue[] } {
  const templateId = metaText(raw, "TEMPLATE_ID");
  if (templateId === null) return { meta: null, issues: [templateIssue("not-ours", localized("check.template.notOurs"))] };
  if (templateId !== catalog.templateId) {
    return { meta: null, issues: [templateIssue("unknown", localized("check.template.unknown", { id: templateId.slice(0, 40), expected: catalog.templateId }))] };
  }

  const versionText = metaText(raw, "TEMPLATE_VERSION");
  const version = versionText !== null && /^\d{1,6}$/.test(versionText) ? Number(versionText) : null;
  if (version === null) return { meta: null, issues: [templateIssue("version", localized("check.template.versionMissing"))] };
  if (!catalog.readableVersions.includes(version)) {
    const readable = catalog.readableVersions.join(", ");
    const newer = version > Math.max(...catalog.readableVersions);
    // Versions are passed as text: a number param would be grouped ("1.000").
    const message = localized(newer ? "check.template.versionNewer" : "check.template.versionOlder", { version: String(version), readable });
    return { meta: null, issues: [templateIssue("version", message)] };
  }

  const campaign = readCampaign(catalog, raw);
  if (!campaign.ok) return { meta: null, issues: [templateIssue("campaign", campaign.message)] };

  const kind = metaText(raw, "KIND") === "consolidated" ? "consolidated" : "submission";
  return { meta: { templateId, templateVersion: version, campaign: campaign.value, kind }, issues: [] };
}

/**
 * Every file of a merge stores the same campaign text: rebuild it once (zod and all), not per file.
 * The result is immutable data, so sharing it is safe; the cache is bounded against hostile variety.
 */
const storedCampaigns = new Map<string, ReturnType<typeof campaignFromJson>>();
function storedCampaign(text: string): ReturnType<typeof campaignFromJson> {
  let result = storedCampaigns.get(text);
  if (result === undefined) {
    result = campaignFromJson(text);
    if (storedCampaigns.size >= 32) storedCampaigns.clear();
    storedCampaigns.set(text, result);
  }
  return result;
}

/** The stored definition first (it rebuilds custom campaigns), then the id against the shipped ones. */
function readCampaign(catalog: Catalog, raw: RawWorkbook): { ok: true; value: Campaign } | { ok: false; message: CheckIssue["message"] } {
  const def = metaText(raw, "CAMPAIGN_DEF");
  const id = metaText(raw, "CAMPAIGN_ID");
  let firstFailure: CheckIssue["message"] | null = null;
  if (def !== null) {
    const fromDef = storedCampaign(def);
    if (fromDef.ok) return { ok: true, value: fromDef.value };
    firstFailure = localized("check.template.noCampaign", (lang) => ({ reason: fromDef.error[lang] }));
  }
  if (id !== null) {
    const fromId = resolveCampaign(catalog.campaignDefs, id.slice(0, 100));
    if (fromId.ok) return { ok: true, value: fromId.value };
    firstFailure ??= localized("check.template.noCampaign", (lang) => ({ reason: fromId.error[lang] }));
  }
  return { ok: false, message: firstFailure ?? localized("check.template.campaignMissing") };
}
