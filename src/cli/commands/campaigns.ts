/**
 * `union-report campaigns [--json] [--year YEAR]`: the campaigns a template can be made for. Periodic
 * definitions become one campaign per year; they are listed for the current and the next year, and the
 * id pattern (tk-3105-<year>) is printed for any other.
 */
import { concreteCampaign, LEVELS, loadCatalog, type Campaign, type Definition, type Level } from "../../domain/definition";
import { catalogForCommand } from "./forms-file";
import { t, type Lang } from "../strings";
import type { Command, CommandContext } from "../commands";
import { displayDate } from "../../domain/dates";
import { commandArgs } from "../args";

export interface CampaignListing {
  readonly id: string;
  readonly definition: string;
  readonly kind: Campaign["kind"];
  readonly title: Campaign["title"];
  readonly period: Campaign["periodLabel"];
  readonly asOf?: string;
  readonly baseYear?: number;
  readonly endYear?: number;
  readonly deadlines: Campaign["deadlines"];
  readonly tables: readonly string[];
  readonly source?: Campaign["source"];
  /** Report-by dates to another level than the one above, and finish-by dates (Campaign.otherDeadlines). */
  readonly otherDeadlines?: Campaign["otherDeadlines"];
  /** The levels' names as the campaign's plan writes them (a 2012 review: "LĐLĐ huyện, thị xã; công đoàn ngành"). */
  readonly levelNames?: Campaign["levelNames"];
  /** Periodic definitions: how to name the campaign of any year. */
  readonly pattern?: string;
}

export function listCampaigns(years: readonly number[], catalog: Definition = loadCatalog()): CampaignListing[] {
  return catalog.campaignDefs.flatMap((def) =>
    (def.kind === "periodic" ? years : [undefined]).flatMap((year) => {
      const made = concreteCampaign(def, year);
      if (!made.ok) return [];
      const c = made.value;
      return [
        {
          id: c.id,
          definition: def.id,
          kind: c.kind,
          title: c.title,
          period: c.periodLabel,
          asOf: c.asOf,
          baseYear: c.baseYear,
          endYear: c.endYear,
          deadlines: c.deadlines,
          tables: c.tables,
          source: c.source,
          ...(c.levelNames ? { levelNames: c.levelNames } : {}),
          ...(c.otherDeadlines ? { otherDeadlines: c.otherDeadlines } : {}),
          pattern: def.kind === "periodic" ? `${def.id}-<year>` : undefined,
        },
      ];
    }),
  );
}

function describe(c: CampaignListing, lang: Lang): string {
  const deadlines = LEVELS.filter((level) => c.deadlines[level]).map(
    (level) => `${c.levelNames?.[level]?.[lang] ?? t(lang, `tplcli.level.${level}`)} ${displayDate(c.deadlines[level]!)}`,
  );
  const lines = [
    `${c.id}  ${c.title[lang]}`,
    `    ${t(lang, "tplcli.campaign.kind")}: ${t(lang, `tplcli.kind.${c.kind}`)} · ${c.period[lang]} · ${t(lang, "tplcli.campaign.tables")}: ${c.tables.join(", ")}`,
    `    ${t(lang, "tplcli.campaign.deadlines")}: ${deadlines.length > 0 ? deadlines.join("; ") : t(lang, "tplcli.campaign.noDeadline")}`,
  ];
  const name = (level: Level) => c.levelNames?.[level]?.[lang] ?? t(lang, `tplcli.level.${level}`);
  for (const d of c.otherDeadlines ?? []) {
    lines.push(
      `    ${d.finish ? t(lang, "mdate.campaign.finish", { level: name(d.level), date: displayDate(d.date) }) : t(lang, "mdate.campaign.reportsTo", { level: name(d.level), parent: name(d.reportsTo!), date: displayDate(d.date) })}`,
    );
  }
  if (c.source) lines.push(`    ${t(lang, "tplcli.campaign.source")}: ${c.source[lang]}`);
  return lines.join("\n");
}

export async function runCampaigns(argv: readonly string[], context: CommandContext, now: Date = new Date()): Promise<number> {
  const { lang, io } = context;
  const args = commandArgs(argv, { flags: ["--json"], values: ["--year", "--forms"] }, context, `${t(lang, "tplcli.campaigns.usage")}\n`);
  if (typeof args === "number") return args;
  const yearText = args.values.get("--year");
  const year = yearText === undefined ? now.getFullYear() : Number(yearText);
  if (!/^\d{4}$/.test(String(year)) || !Number.isInteger(year)) {
    io.stderr(`${t(lang, "tplcli.badYear", { value: yearText ?? "" })}\n`);
    return 2;
  }
  const years = yearText === undefined ? [year, year + 1] : [year];
  const catalog = catalogForCommand(args.values.get("--forms"), io, lang);
  if (!catalog) return 2;
  const listing = listCampaigns(years, catalog);
  if (listing.length === 0) {
    io.stderr(`${t(lang, "tplcli.badYear", { value: String(year) })}\n`);
    return 2;
  }
  if (args.flags.has("--json")) {
    io.stdout(`${JSON.stringify(listing, null, 2)}\n`);
    return 0;
  }
  const patterns = [
    ...new Set(listing.flatMap((c) => (c.pattern ? [c.pattern.replace("<year>", t(lang, "campaign.yearPlaceholder"))] : []))),
  ];
  io.stdout(`${listing.map((c) => describe(c, lang)).join("\n\n")}\n`);
  if (patterns.length > 0) io.stdout(`\n${t(lang, "tplcli.campaigns.otherYears", { patterns: patterns.join(", ") })}\n`);
  return 0;
}

export const campaigns: Command = {
  name: "campaigns",
  summary: { vi: t("vi", "tplcli.campaigns.summary"), en: t("en", "tplcli.campaigns.summary") },
  run: (args, context) => runCampaigns(args, context),
};
