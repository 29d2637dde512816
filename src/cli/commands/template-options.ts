/**
 * What the template commands (campaigns, codes, template) share: reading their options, and turning
 * --campaign ID or --campaign-file CUSTOM.json into a campaign. Errors come back as text in the user's
 * language; the command prints them and returns 2 (nothing done).
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { customReviewCampaign, resolveCampaign, type Campaign, type Definition } from "../../domain/definition";
import { t, type Lang } from "../strings";
import type { Parsed, ParsedArgs } from "../args";
import { render } from "../../domain/i18n/message";

/** Defaults for a user's own review campaign: every table of the definition, and the plausibility of the shipped reviews. */
function customDefaults(definition: Definition): { tables: string[]; plausibility: Definition["campaignDefs"][number]["plausibility"] } {
  const review = definition.campaignDefs.find((d) => d.kind === "review") ?? definition.campaignDefs[0];
  return { tables: definition.tables.map((table) => table.id), plausibility: review.plausibility };
}

export function campaignFromArgs(args: ParsedArgs, definition: Definition, cwd: string, lang: Lang): Parsed<Campaign> {
  const id = args.values.get("--campaign");
  const file = args.values.get("--campaign-file");
  if (id !== undefined && file !== undefined) return { ok: false, error: t(lang, "tplcli.bothCampaign") };
  if (id !== undefined) {
    const resolved = resolveCampaign(definition.campaignDefs, id);
    return resolved.ok ? { ok: true, value: resolved.value } : { ok: false, error: render(lang, resolved.error) };
  }
  if (file === undefined) return { ok: false, error: t(lang, "tplcli.needCampaign") };
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    return {
      ok: false,
      error: t(lang, "tplcli.campaignFileUnreadable", { file, reason: error instanceof Error ? error.message : String(error) }),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, "")); // Notepad saves UTF-8 with a BOM
  } catch (error) {
    return {
      ok: false,
      error: t(lang, "tplcli.campaignFileJson", { file, reason: error instanceof Error ? error.message : String(error) }),
    };
  }
  const custom = customReviewCampaign(data, customDefaults(definition));
  return custom.ok ? { ok: true, value: custom.value } : { ok: false, error: render(lang, custom.error) };
}
