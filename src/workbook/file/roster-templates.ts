/**
 * Templates for every unit of a roster: which roster lines get one (and why the others do not), and
 * the workbooks themselves, one at a time. One owner for the CLI's `template --roster` (which writes
 * them into a folder) and the pane's Biểu mẫu (which puts them in a .zip).
 */
import { zipSync, type Zippable } from "fflate";
import type { Campaign, Definition } from "../../domain/definition";
import { LEVEL_LABELS } from "../../domain/definition/levels";
import { buildTemplate, type UnitIdentification } from "../../domain/layout";
import { keyed, type Message } from "../../domain/i18n/message";
import type { Result } from "../../domain/errors";
import { t } from "../../domain/i18n/strings";
import { proposeCodes, writeCsv, ROSTER_LINE_WARNINGS } from "../../domain/merge";
import { loadRoster } from "../merge/roster-file";
import { writeWorkbook } from "./writer";
import { templateFileName, uniqueNames } from "./writer/fileName";

export type RosterUnit = UnitIdentification & { unitCode: string; unitName: string };

/** The roster units a template can be made for, and the lines that cannot. */
export interface RosterPlan {
  readonly units: readonly { readonly line: number; readonly unit: RosterUnit }[];
  /** The roster's own line warnings and the lines skipped, each a message to show as is. */
  readonly problems: readonly Message[];
  /** The roster with the codes proposed for its lines without one (header first), to keep for next time; null when every line had a code. */
  readonly withCodes: readonly (readonly (string | number)[])[] | null;
}

/** Next to the templates: the roster with the proposed codes, for the officer to keep and merge by next time. */
export const ROSTER_WITH_CODES = "danh-sach-co-ma.csv";

function fieldMax(catalog: Definition, key: string): number {
  return catalog.identification.find((f) => f.key === key)?.maxLength ?? 255;
}

/** Reads a roster (.csv, or the first sheet of an .xlsx) into the units to write; a bad line is reported, not fatal. */
export function rosterPlan(fileName: string, bytes: Uint8Array, catalog: Definition, parent?: string): Result<RosterPlan> {
  const loaded = loadRoster(fileName, bytes);
  if (!loaded.ok) return loaded;
  const roster = loaded.value;
  // A line without a code is not an error here: it gets a proposed code (the merge matches such lines by name).
  const problems: Message[] = roster.warnings.filter((w) => w.code !== ROSTER_LINE_WARNINGS.noCode);
  const proposed = proposeCodes(roster.units);
  // rosterFromRows keeps a unit whose level it cannot read (a merge can live with it); a template cannot: skip it.
  const badLevelLines = new Set(roster.warnings.filter((w) => w.code === ROSTER_LINE_WARNINGS.badLevel).map((w) => Number(w.params?.line)));
  const maxCode = fieldMax(catalog, "UNIT_CODE");
  const maxName = fieldMax(catalog, "UNIT_NAME");
  const units: RosterPlan["units"][number][] = [];
  for (const u of roster.units) {
    const code = u.code || proposed.get(u.key)!;
    const at = { line: String(u.line), code };
    if (badLevelLines.has(u.line)) problems.push(keyed("rosterTpl.badLevel", at));
    else if (!u.name) problems.push(keyed("rosterTpl.noName", at));
    else if (code.length > maxCode) problems.push(keyed("rosterTpl.tooLong", { ...at, max: String(maxCode) }));
    else
      units.push({
        line: u.line,
        unit: {
          unitCode: code,
          unitName: u.name.slice(0, maxName),
          level: u.level ?? undefined,
          parent,
          ...(u.sector ? { sector: u.sector } : {}),
        },
      });
  }
  const withCodes =
    proposed.size === 0
      ? null
      : [
          [t("vi", "merge.col.no"), t("vi", "merge.col.unitCode"), t("vi", "merge.col.unitName"), t("vi", "merge.col.level")],
          ...roster.units.map((u, i) => [i + 1, u.code || proposed.get(u.key)!, u.name, u.level ? LEVEL_LABELS[u.level].vi : ""]),
        ];
  return { ok: true, value: { units, problems, withCodes } };
}

/**
 * Each unit's pre-identified template workbook with its file name (unique within the set), made one
 * at a time so that only one workbook is held while the caller writes or zips it.
 */
export async function* rosterTemplateFiles(
  catalog: Definition,
  campaign: Campaign,
  units: RosterPlan["units"],
): AsyncGenerator<{ readonly name: string; readonly bytes: Uint8Array }> {
  const unique = uniqueNames();
  for (const { unit } of units) {
    const name = unique(templateFileName(unit.unitCode, unit.unitName));
    yield { name, bytes: await writeWorkbook(buildTemplate({ catalog, campaign, unit }).plan) };
  }
}

/**
 * Every unit's template in one .zip (the pane's download), with the roster and its proposed codes when
 * some line had none. Workbooks are already deflated inside: stored as they are.
 */
export async function rosterTemplatesZip(
  catalog: Definition,
  campaign: Campaign,
  plan: RosterPlan,
  onProgress?: (done: number, total: number) => void,
): Promise<{ readonly zip: Uint8Array; readonly files: number }> {
  const entries: Zippable = {};
  let files = 0;
  onProgress?.(0, plan.units.length);
  for await (const { name, bytes } of rosterTemplateFiles(catalog, campaign, plan.units)) {
    entries[name] = [bytes, { level: 0 }];
    onProgress?.(++files, plan.units.length);
  }
  if (plan.withCodes) entries[ROSTER_WITH_CODES] = new TextEncoder().encode(writeCsv(plan.withCodes));
  return { zip: zipSync(entries), files };
}
