/**
 * What the template commands (campaigns, codes, template) share: reading their options, and turning
 * --campaign ID or --campaign-file CUSTOM.json into a campaign. Errors come back as text in the user's
 * language; the command prints them and returns 2 (nothing done).
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { customReviewCampaign, resolveCampaign, type Campaign, type Catalog } from "../../domain/catalog";
import { t, type Lang } from "../../domain/i18n/strings";

export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  /** Arguments that are not options (file names), in order; only when the spec allows them. */
  readonly positional: readonly string[];
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** "--name value", "--name=value", bare flags and, when `positional` is set, file names; anything else is an error naming it. */
export function parseArgs(argv: readonly string[], spec: { readonly flags: readonly string[]; readonly values: readonly string[]; readonly positional?: boolean }, lang: Lang): Parsed<ParsedArgs> {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (spec.flags.includes(name) && eq < 0) flags.add(name);
    else if (spec.values.includes(name)) {
      const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) return { ok: false, message: t(lang, "tplcli.missingValue", { name }) };
      values.set(name, value.normalize("NFC"));
    } else if (spec.positional === true && !arg.startsWith("-")) positional.push(arg); // a path as the file system spells it
    else return { ok: false, message: t(lang, "tplcli.badOption", { name: arg }) };
  }
  return { ok: true, value: { flags, values, positional } };
}

/** Defaults for a user's own review campaign: every table of the catalog, and the plausibility of the shipped reviews. */
function customDefaults(catalog: Catalog): { tables: string[]; plausibility: Catalog["campaignDefs"][number]["plausibility"] } {
  const review = catalog.campaignDefs.find((d) => d.kind === "review") ?? catalog.campaignDefs[0];
  return { tables: catalog.tables.map((table) => table.id), plausibility: review.plausibility };
}

export function campaignFromArgs(args: ParsedArgs, catalog: Catalog, cwd: string, lang: Lang): Parsed<Campaign> {
  const id = args.values.get("--campaign");
  const file = args.values.get("--campaign-file");
  if (id !== undefined && file !== undefined) return { ok: false, message: t(lang, "tplcli.bothCampaign") };
  if (id !== undefined) {
    const resolved = resolveCampaign(catalog.campaignDefs, id);
    return resolved.ok ? { ok: true, value: resolved.value } : { ok: false, message: resolved.error[lang] };
  }
  if (file === undefined) return { ok: false, message: t(lang, "tplcli.needCampaign") };
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    return { ok: false, message: t(lang, "tplcli.campaignFileUnreadable", { file, reason: error instanceof Error ? error.message : String(error) }) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, "")); // Notepad saves UTF-8 with a BOM
  } catch (error) {
    return { ok: false, message: t(lang, "tplcli.campaignFileJson", { file, reason: error instanceof Error ? error.message : String(error) }) };
  }
  const custom = customReviewCampaign(data, customDefaults(catalog));
  return custom.ok ? { ok: true, value: custom.value } : { ok: false, message: custom.error[lang] };
}
