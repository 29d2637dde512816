/**
 * Test helpers for the merge: submissions made the way the product makes them (the layout engine's
 * plan, read back through the check engine's reader), without touching files, so property tests run
 * fast and still cross the same contracts the pipeline crosses.
 */
import { loadCatalog, resolveCampaign, type Campaign, type Level } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { sheetCells, type WorkbookPlan } from "../../src/domain/layout";
import { address, parseAddress } from "../../src/domain/a1";
import { readSubmission } from "../../src/domain/check";
import type { RawCell, RawNamedRange, RawWorkbook } from "../../src/domain/raw";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import {
  breakdownOf,
  consolidatedPlan,
  inputFigureKeys,
  mergeSubmissions,
  type AcceptedFile,
  type MergeResult,
  type MergingUnit,
  type Roster,
} from "../../src/domain/merge";
import { render } from "../../src/domain/i18n/message";

export const catalog = loadCatalog();

export function campaign(id = "tk-3105-2026"): Campaign {
  const c = resolveCampaign(catalog.campaignDefs, id);
  if (!c.ok) throw new Error(render("en", c.error));
  return c.value;
}

/** A unit's template filled with `figures` and written by our writer: a submission as the merge receives it. */
export async function unitWorkbook(
  code: string,
  figures: ReadonlyMap<FigureKey, number | null>,
  options: { name?: string; date?: string; campaignId?: string } = {},
): Promise<Uint8Array> {
  const unit = {
    unitCode: code,
    unitName: options.name ?? `CĐCS ${code}`,
    level: "cdcs" as const,
    datePrepared: options.date ?? "2026-06-05",
    sector: "Doanh nghiệp ngoài nhà nước",
  };
  return writeWorkbook(buildTemplate({ catalog, campaign: campaign(options.campaignId), unit, figures }).plan);
}

/** What a reader would get from a workbook drawn from this plan: cached values as the plan states them. */
export function planToRaw(plan: WorkbookPlan): RawWorkbook {
  const sheets = new Map(plan.sheets.map((s) => [s.name, new Map(sheetCells(s).map((c) => [c.ref, c]))]));
  const names = new Map<string, RawNamedRange>();
  for (const n of plan.names) {
    const [from, to] = n.ref.split(":");
    const a = parseAddress(from);
    const b = to ? parseAddress(to) : a;
    const cells: RawCell[][] = [];
    for (let r = a.row; r <= b.row; r++) {
      const line: RawCell[] = [];
      for (let c = a.column; c <= b.column; c++) {
        const cell = sheets.get(n.sheet)?.get(address(c, r));
        line.push({
          value: cell?.value ?? null,
          ...(cell?.formula ? { formula: cell.formula } : {}),
          ...(cell?.style === "inputDate" ? { isDate: true } : {}),
        });
      }
      cells.push(line);
    }
    names.set(n.name.toUpperCase(), { name: n.name, sheet: n.sheet, ref: n.ref, cells });
  }
  return { names, sheets: plan.sheets.map((s) => ({ name: s.name, state: s.visibility === "hidden" ? "hidden" : "visible" })) };
}

export interface UnitSpec {
  readonly code: string;
  readonly name: string;
  readonly level?: Level;
  readonly date?: string;
  /** LOAI_HINH; absent: a private enterprise; null: left blank. */
  readonly sector?: string | null;
  readonly figures: ReadonlyMap<FigureKey, number | null>;
}

let fileCounter = 0;

/** A unit's filled template, as an accepted file of the merge. */
export function unitFile(unit: UnitSpec, c: Campaign = campaign(), name?: string, index?: number): AcceptedFile {
  // A CĐCS declares its sector (LOAI_HINH); one that does not is counted as "chưa rõ" with a warning.
  const sector = unit.sector === undefined ? "Doanh nghiệp ngoài nhà nước" : unit.sector;
  const { plan } = buildTemplate({
    catalog,
    campaign: c,
    unit: { unitCode: unit.code, unitName: unit.name, level: unit.level ?? "cdcs", datePrepared: unit.date, ...(sector ? { sector } : {}) },
    figures: unit.figures,
  });
  return fileFromPlan(plan, name ?? `${unit.code}.xlsx`, index ?? fileCounter++);
}

export function fileFromPlan(plan: WorkbookPlan, name: string, index: number): AcceptedFile {
  const raw = planToRaw(plan);
  const reading = readSubmission(catalog, raw);
  if (!reading.submission) throw new Error(`unreadable: ${JSON.stringify(reading.issues.map((i) => render("en", i.message)))}`);
  return {
    index,
    name,
    submission: reading.submission,
    breakdown: breakdownOf(raw.names, inputFigureKeys(catalog, reading.campaign!)),
    warnings: [],
  };
}

export function merge(
  files: readonly AcceptedFile[],
  unit: MergingUnit = DISTRICT,
  roster: Roster | null = null,
  c: Campaign = campaign(),
): MergeResult {
  return mergeSubmissions({ catalog, campaign: c, mergingUnit: unit, accepted: files, rejected: [], roster });
}

/** A merge result as the file the merging unit sends up. */
export function consolidatedFile(result: MergeResult, today: string, name: string, index: number): AcceptedFile {
  return fileFromPlan(consolidatedPlan(catalog, result, today).plan, name, index);
}

export const DISTRICT: MergingUnit = { code: "LDLD-MC", name: "LĐLĐ huyện Mường Chà", level: "huyen" };
export const PROVINCE: MergingUnit = { code: "LDLD-DB", name: "LĐLĐ tỉnh Điện Biên", level: "tinh" };

export const keysOf = (c: Campaign = campaign()): FigureKey[] => [...inputFigureKeys(catalog, c)];

/** Figures as plain sorted entries, for toEqual. */
export const figureEntries = (m: ReadonlyMap<FigureKey, number | null>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

/** A unit's staff and members (DV_TONG members, NU of them women; twice as many staff): DV_NU > DV_TONG is a rule error. */
export const memberFigures = (dv: number, nu: number): Map<FigureKey, number | null> =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["LD_NU@value", dv],
    ["DV_TONG@value", dv],
    ["DV_NU@value", nu],
  ]);
