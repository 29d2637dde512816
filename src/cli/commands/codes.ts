/**
 * `union-report codes --campaign ID [--level LEVEL] [--json]`: every cell of a campaign's template that has a name —
 * figures (input and computed), notes, identification and the file's own information — where it sits
 * and what it holds. The text output is tab-separated so it pastes into a spreadsheet as columns.
 */
import {
  campaignForLevel,
  findColumn,
  FORM_DEF_NAME,
  parseLevel,
  type Campaign,
  type Definition,
  type Level,
} from "../../domain/definition";
import { figureKey } from "../../domain/submission";
import { t, type Lang } from "../strings";
import { buildTemplate } from "../../domain/layout";
import type { Command, CommandContext } from "../commands";
import { commandArgs } from "../args";
import { campaignFromArgs } from "./template-options";
import { catalogForCommand } from "./forms-file";

export interface CodeListing {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  /** Row code for figures and notes, field key for identification and meta. */
  readonly code: string;
  /** value/base/end/change/cumulative or the definition's own column id (KH, HCSN) for figures; note, identification or meta otherwise. */
  readonly column: string;
  /** Figures: the cell's code, "DV_MOI@KH", as rules and the merge name it. */
  readonly cell?: string;
  /** Figures: the column's label (the definition's, as its header prints it; the catalog's word for a built-in column). */
  readonly columnLabel?: { readonly vi: string; readonly en: string };
  readonly valueType: "integer" | "decimal" | "percent" | "text";
  readonly role: "input" | "computed" | "prefilled" | "meta";
  readonly label: { readonly vi: string; readonly en: string };
}

/** `level`: the cells of that level's form (a CĐCS's 1-HĐCĐ has fewer rows, so its cells sit higher); none: every row, as a consolidated workbook holds. */
export function listCodes(catalog: Definition, campaign: Campaign, level?: Level): CodeListing[] {
  const built = buildTemplate({ catalog, campaign: campaignForLevel(campaign, level), ...(level ? { unit: { level } } : {}) });
  const rowLabel = (code: string) => catalog.rowsByCode.get(code)!.row.label;
  return [
    ...built.identificationCells.map((c): CodeListing => ({
      name: c.name,
      sheet: c.sheet,
      address: c.address,
      code: c.key,
      column: "identification",
      valueType: "text",
      role: c.prefilled ? "prefilled" : "input",
      label: c.label,
    })),
    ...built.cells.map((c): CodeListing => ({
      name: c.name,
      sheet: c.sheet,
      address: c.address,
      code: c.code,
      column: c.column,
      cell: figureKey(c.code, c.column),
      columnLabel: findColumn(catalog.rowsByCode.get(c.code)!.table, c.column)?.label ?? { vi: c.column, en: c.column },
      valueType: c.valueType,
      role: c.input ? "input" : "computed",
      label: c.label,
    })),
    ...built.noteCells.map((c): CodeListing => ({
      name: c.name,
      sheet: c.sheet,
      address: c.address,
      code: c.code,
      column: "note",
      valueType: "text",
      role: "input",
      label: rowLabel(c.code),
    })),
    ...built.metaCells.map((c): CodeListing => ({
      name: c.name,
      sheet: c.sheet,
      address: c.address,
      code: c.key,
      column: "meta",
      valueType: "text",
      role: "meta",
      label: { vi: c.key, en: c.key },
    })),
    ...built.plan.names
      .filter((n) => n.name === FORM_DEF_NAME)
      .map((n): CodeListing => ({
        name: n.name,
        sheet: n.sheet,
        address: n.ref,
        code: "FORM_DEF",
        column: "meta",
        valueType: "text",
        role: "meta",
        label: { vi: "FORM_DEF", en: "FORM_DEF" },
      })),
  ];
}

function columnText(column: string, lang: Lang): string {
  if (column === "note" || column === "identification" || column === "meta") return t(lang, `tplcli.column.${column}`);
  return column;
}

export async function runCodes(argv: readonly string[], context: CommandContext): Promise<number> {
  const { lang, io } = context;
  const args = commandArgs(
    argv,
    { flags: ["--json"], values: ["--campaign", "--campaign-file", "--forms", "--level"] },
    context,
    `${t(lang, "tplcli.codes.usage")}\n`,
  );
  if (typeof args === "number") return args;
  const levelText = args.values.get("--level");
  const level = levelText === undefined ? undefined : parseLevel(levelText);
  if (level === null) {
    io.stderr(`${t(lang, "tplcli.badLevel", { value: levelText ?? "" })}\n`);
    return 2;
  }
  const catalog = catalogForCommand(args.values.get("--forms"), io, lang);
  if (!catalog) return 2;
  const campaign = campaignFromArgs(args, catalog, io.cwd, lang);
  if (!campaign.ok) {
    io.stderr(`${campaign.error}\n`);
    return 2;
  }
  const listing = listCodes(catalog, campaign.value, level);
  if (args.flags.has("--json")) {
    io.stdout(
      `${JSON.stringify({ campaign: campaign.value.id, ...(level ? { level } : {}), templateId: catalog.templateId, version: catalog.version, cells: listing }, null, 2)}\n`,
    );
    return 0;
  }
  const lines = listing.map((c) =>
    [
      c.name,
      c.sheet,
      c.address,
      c.code,
      columnText(c.column, lang),
      t(lang, `tplcli.type.${c.valueType}`),
      t(lang, `tplcli.codes.${c.role}`),
      c.label[lang].replace(/\s+/g, " "),
    ].join("\t"),
  );
  io.stdout(`${t(lang, "tplcli.codes.header")}\n${lines.join("\n")}\n`);
  return 0;
}

export const codes: Command = {
  name: "codes",
  summary: { vi: t("vi", "tplcli.codes.summary"), en: t("en", "tplcli.codes.summary") },
  run: (args, context) => runCodes(args, context),
};
