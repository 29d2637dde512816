/**
 * The workbook's description of itself (UR_META_*): which template and version made it, for which
 * campaign. Without a known template and campaign nothing else can be read, so these come first.
 */
import { loadCatalog, type Definition } from "../definition/catalog";
import { carriedIdentity } from "../definition/carried-definition";
import { canonicalJson } from "../definition/definition-hash";
import { metaName } from "../definition/names";
import { campaignFromJson, resolveCampaign, type Campaign } from "../definition/campaign";
import type { RawWorkbook } from "../raw";
import { cellText, namedCell } from "../named-cell";
import type { CheckIssue } from "./issue";
import { keyed } from "../i18n/message";
import { perText } from "../memo";
import type { Result } from "../errors";

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
export function readMeta(definition: Definition, raw: RawWorkbook): { meta: WorkbookMeta | null; issues: CheckIssue[] } {
  const templateId = metaText(raw, "TEMPLATE_ID");
  if (templateId === null) return { meta: null, issues: [templateIssue("not-ours", keyed("check.template.notOurs"))] };
  if (templateId !== definition.templateId) {
    return {
      meta: null,
      issues: [templateIssue("unknown", keyed("check.template.unknown", { id: templateId.slice(0, 40), expected: definition.templateId }))],
    };
  }

  const versionText = metaText(raw, "TEMPLATE_VERSION");
  const version = versionText !== null && /^\d{1,6}$/.test(versionText) ? Number(versionText) : null;
  if (version === null) return { meta: null, issues: [templateIssue("version", keyed("check.template.versionMissing"))] };
  if (!definition.readableVersions.includes(version)) {
    const readable = definition.readableVersions.join(", ");
    const newer = version > Math.max(...definition.readableVersions);
    // Versions are passed as text: a number param would be grouped ("1.000").
    const message = keyed(newer ? "check.template.versionNewer" : "check.template.versionOlder", { version: String(version), readable });
    return { meta: null, issues: [templateIssue("version", message)] };
  }

  const fault = definitionFault(definition, raw);
  if (fault) return { meta: null, issues: [templateIssue("definition", fault)] };

  const campaign = readCampaign(definition, raw);
  if (!campaign.ok) return { meta: null, issues: [templateIssue("campaign", campaign.error)] };

  const kind = metaText(raw, "KIND") === "consolidated" ? "consolidated" : "submission";
  return { meta: { templateId, templateVersion: version, campaign: campaign.value, kind }, issues: [] };
}

/**
 * Every file of a merge stores the same campaign text: rebuild it once (zod and all), not per file.
 * The result is immutable data and a pure function of the text, so sharing it is safe (memo.ts).
 */
const storedCampaign = perText(32, campaignFromJson);

const formLabel = (id: string | null, version: number | null, hash: string | null): string =>
  `${id ?? "?"} v${version ?? "?"} #${(hash ?? "").slice(0, 8)}`;

/**
 * The workbook must have been made from the definition it is read with: the same hash. One made
 * before definitions travelled (no hash) was made from the shipped one.
 */
function definitionFault(definition: Definition, raw: RawWorkbook): CheckIssue["message"] | null {
  const carried = carriedIdentity(raw);
  const ours = formLabel(definition.form.id, definition.form.version, definition.form.hash);
  if (carried.hash === null) return definition.form.hash === loadCatalog().form.hash ? null : keyed("forms.carried.legacy", { ours });
  if (carried.hash === definition.form.hash) return null;
  return keyed("forms.carried.other", { theirs: formLabel(carried.id, carried.version, carried.hash), ours });
}

/**
 * The campaign comes from the definition, by id; the campaign text stored in the file must then say
 * the same (a file cannot shorten a campaign's tables or move its deadline). Only a user's own review
 * campaign, which no definition lists, is rebuilt from the stored text, over the definition's tables.
 */
function readCampaign(definition: Definition, raw: RawWorkbook): Result<Campaign> {
  const def = metaText(raw, "CAMPAIGN_DEF");
  const id = metaText(raw, "CAMPAIGN_ID")?.slice(0, 100) ?? null;
  if (id !== null) {
    const fromId = resolveCampaign(definition.campaignDefs, id);
    if (fromId.ok) {
      if (def === null) return { ok: true, value: fromId.value };
      const stored = storedCampaign(def);
      // Damaged text cannot change anything (the definition decides); text that reads as another campaign is a forgery.
      if (!stored.ok || canonicalJson(stored.value) === canonicalJson(fromId.value)) return { ok: true, value: fromId.value };
      return { ok: false, error: keyed("forms.carried.campaignAltered", { id: fromId.value.id }) };
    }
  }
  if (def !== null) {
    const fromDef = storedCampaign(def);
    if (!fromDef.ok) return { ok: false, error: keyed("check.template.noCampaign", { reason: fromDef.error }) };
    const custom = fromDef.value;
    const known = custom.tables.every((tableId) => definition.tables.some((table) => table.id === tableId));
    if (custom.custom && known && (id === null || id === custom.id)) return { ok: true, value: custom };
    return {
      ok: false,
      error: keyed("forms.carried.unknownCampaign", {
        id: custom.id,
        ours: formLabel(definition.form.id, definition.form.version, definition.form.hash),
      }),
    };
  }
  if (id !== null) {
    const fromId = resolveCampaign(definition.campaignDefs, id);
    if (!fromId.ok) return { ok: false, error: keyed("check.template.noCampaign", { reason: fromId.error }) };
  }
  return { ok: false, error: keyed("check.template.campaignMissing") };
}
