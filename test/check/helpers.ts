/**
 * Test helpers: RawWorkbooks built directly, as either adapter would hand them over.
 * `rawWorkbook({ NAME: value })` for a few cells; `templateWorkbook(...)` for a whole filled template
 * of a campaign (meta, identification, every input cell, notes), with overrides per cell.
 */
import {
  campaignToJson,
  cellName,
  identificationName,
  loadCatalog,
  metaName,
  noteName,
  resolveCampaign,
  type Campaign,
  type Definition,
} from "../../src/domain/definition";
import type { CellRef, RawCell, RawNamedRange, RawValue, RawWorkbook } from "../../src/domain/raw";
import { inputCells } from "../../src/domain/check";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";

export type CellInput = RawValue | RawCell;

const isRawCell = (v: CellInput): v is RawCell => v !== null && typeof v === "object" && "value" in v;
export const cellOf = (v: CellInput): RawCell => (isRawCell(v) ? v : { value: v });

export interface NamedInput {
  readonly cell: CellInput;
  readonly ref?: CellRef;
}

/** A RawWorkbook from name → value (or RawCell). Entries of a Map may carry a ref. */
export function rawWorkbook(
  cells: Iterable<readonly [string, CellInput | NamedInput]>,
  sheets: RawWorkbook["sheets"] = [{ name: "Biểu", state: "visible" }],
): RawWorkbook {
  const names = new Map<string, RawNamedRange>();
  let row = 1;
  for (const [name, input] of cells) {
    const named: NamedInput = input !== null && typeof input === "object" && "cell" in input ? input : { cell: input as CellInput };
    const ref = named.ref ?? { sheet: sheets[0]?.name ?? "Biểu", address: `A${row++}` };
    names.set(name.toUpperCase(), { name: name.toUpperCase(), sheet: ref.sheet, ref: ref.address, cells: [[cellOf(named.cell)]] });
  }
  return { names, sheets };
}

export const catalog: Definition = loadCatalog();

export function campaignById(id: string): Campaign {
  const result = resolveCampaign(catalog.campaignDefs, id);
  if (!result.ok) throw new Error(render("en", result.error));
  return result.value;
}

export const PERIODIC = campaignById("tk-3105-2026");
export const REVIEW = campaignById("sk5-nq20-2008-2012");
/** The year's report: the only periodic one with grading rows (grading is yearly). */
export const ANNUAL = campaignById("tk-3011-2026");

/** Column letters of the fake layout: where a figure of a column sits on its sheet. */
const COLUMN_LETTER: Readonly<Record<string, string>> = { value: "D", base: "D", end: "E", change: "F", cumulative: "G" };

export function refOf(campaign: Campaign, key: FigureKey): CellRef {
  const cell = inputCells(catalog, campaign).find((c) => c.key === key);
  if (!cell) throw new Error(`${key} is not an input cell of ${campaign.id}`);
  return { sheet: cell.table.sheetName, address: `${COLUMN_LETTER[cell.column]}${cell.table.rows.indexOf(cell.row) + 8}` };
}

export interface TemplateOptions {
  /** Figures by key; absent keys are blank cells. */
  readonly figures?: ReadonlyMap<FigureKey, CellInput> | Readonly<Record<string, CellInput>>;
  /** Identification by field key (UNIT_NAME, ...); defaults to a valid grassroots unit. */
  readonly identification?: Readonly<Record<string, CellInput>>;
  /** Notes (Ghi chú) by row code. */
  readonly notes?: Readonly<Record<string, string>>;
  /** Meta overrides (TEMPLATE_ID, TEMPLATE_VERSION, CAMPAIGN_ID, CAMPAIGN_DEF, KIND); null removes it. */
  readonly meta?: Readonly<Record<string, CellInput | undefined>>;
  /** Names to leave out, as if the user deleted them. */
  readonly omit?: readonly string[];
}

export const VALID_IDENTIFICATION: Readonly<Record<string, CellInput>> = {
  UNIT_NAME: "Công đoàn cơ sở Công ty May Điện Biên",
  UNIT_CODE: "CDCS-001",
  // An upper level's form (2-HĐCĐ) has every row, so every rule of the catalog can be exercised.
  LEVEL: "Công đoàn cấp trên trực tiếp cơ sở",
  PARENT: "LĐLĐ huyện Mường Ảng",
  PREPARER: "Nguyễn Thị Lan",
  PHONE: "0912 345 678",
  DATE: { value: 46188, isDate: true },
  HEAD: "Trần Văn Bình",
};

export function templateWorkbook(campaign: Campaign, options: TemplateOptions = {}): RawWorkbook {
  const entries: [string, NamedInput][] = [];
  const meta: Record<string, CellInput | undefined> = {
    TEMPLATE_ID: catalog.templateId,
    TEMPLATE_VERSION: catalog.version,
    CAMPAIGN_ID: campaign.id,
    CAMPAIGN_DEF: campaignToJson(campaign),
    KIND: "submission",
    ...options.meta,
  };
  for (const [key, value] of Object.entries(meta)) {
    if (value !== undefined)
      entries.push([metaName(key as Parameters<typeof metaName>[0]), { cell: value, ref: { sheet: "_meta", address: "B1" } }]);
  }
  const identification = { CAMPAIGN: campaign.id, PERIOD: campaign.periodLabel.vi, ...VALID_IDENTIFICATION, ...options.identification };
  catalog.identification.forEach((field, i) => {
    const value = identification[field.key as keyof typeof identification];
    entries.push([
      identificationName(field.key),
      { cell: value === undefined ? null : value, ref: { sheet: "Thông tin chung", address: `C${i + 4}` } },
    ]);
  });
  const figures =
    options.figures instanceof Map ? options.figures : new Map(Object.entries(options.figures ?? {}) as [FigureKey, CellInput][]);
  for (const input of inputCells(catalog, campaign)) {
    entries.push([cellName(input.row.code, input.column), { cell: figures.get(input.key) ?? null, ref: refOf(campaign, input.key) }]);
  }
  for (const table of catalog.tables.filter((t) => campaign.tables.includes(t.id))) {
    table.rows.forEach((row, i) => {
      const note = options.notes?.[row.code];
      entries.push([noteName(row.code), { cell: note ?? null, ref: { sheet: table.sheetName, address: `H${i + 8}` } }]);
    });
  }
  const omit = new Set(options.omit ?? []);
  return rawWorkbook(
    entries.filter(([name]) => !omit.has(name)),
    [
      { name: "Thông tin chung", state: "visible" },
      ...catalog.tables.filter((t) => campaign.tables.includes(t.id)).map((t) => ({ name: t.sheetName, state: "visible" as const })),
      { name: "_meta", state: "hidden" },
    ],
  );
}
