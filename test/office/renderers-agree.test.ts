/**
 * One sheet plan, two renderers: the workbook the Office.js adapter draws inside Excel (here the
 * in-memory Excel of fakeExcel.ts) and the .xlsx the file writer produces (read back with ExcelJS) hold
 * the same sheets, cells, formulas, defined names, locks, validations and protection.
 */
import ExcelJS from "exceljs";
import { loadCatalog, resolveCampaign } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { figureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { columnLetter } from "../../src/domain/a1";
import { splitReference } from "../writer/xlsxParts";
import { API_LEVELS, FakeExcel, type FakeCell } from "./fakeExcel";
import { render } from "../../src/domain/i18n/message";
import { consolidatedPlan } from "../../src/domain/merge";
import { BREAKDOWN_ROWS, breakdownSheetName } from "../../src/domain/merge/breakdown-sheet";
import { merge, unitFile, DISTRICT } from "../merge/support";
import { campaignOf, catalogOf } from "../columns/catalog";

interface Cell {
  value: string | number | boolean | null;
  formula: string | null;
  locked: boolean;
  /** Number format of a numeric or formula cell (text cells are "@" in Excel by design, see the adapter). */
  numberFormat: string | null;
}

interface Validation {
  type: string;
  operator: string;
  values: string[];
  prompt: [string, string];
  error: [string, string];
}

interface Drawn {
  sheets: { name: string; visible: boolean; protected: boolean; hiddenRows: number[] }[];
  names: Map<string, string>;
  cells: Map<string, Cell>;
  validations: Map<string, Validation>;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const OPERATORS: Record<string, string> = {
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  Between: "between",
  LessThanOrEqualTo: "lessThanOrEqual",
};
const RULE_TYPES: Record<string, string> = {
  wholeNumber: "whole",
  decimal: "decimal",
  list: "list",
  date: "date",
  textLength: "textLength",
};

function fromFake(excel: FakeExcel): Drawn {
  const drawn: Drawn = { sheets: [], names: new Map(), cells: new Map(), validations: new Map() };
  for (const sheet of excel.sheets.filter((s) => !s.deleted)) {
    drawn.sheets.push({
      name: sheet.name,
      visible: sheet.visibility === "Visible",
      protected: sheet.protectedWith !== null,
      hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    });
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      const ref = `${sheet.name}!${columnLetter(col + 1)}${row + 1}`;
      const value = cell.value === "" ? null : cell.value;
      const formula = cell.formula ? cell.formula.replace(/^=/, "") : null;
      if (value !== null || formula !== null || !cell.locked) {
        const numeric = formula !== null || typeof value === "number";
        drawn.cells.set(ref, {
          value: formula !== null ? null : value,
          formula,
          locked: cell.locked,
          numberFormat: numeric ? cell.numberFormat : null,
        });
      }
      if (cell.validation) drawn.validations.set(ref, fakeValidation(cell));
    }
  }
  for (const [name, target] of excel.names) drawn.names.set(name, `${target.sheet}!${target.ref.replace(/\$/g, "")}`);
  return drawn;
}

function fakeValidation(cell: FakeCell): Validation {
  const [[kind, rule]] = Object.entries(
    cell.validation as Record<string, { formula1?: unknown; formula2?: unknown; operator?: string; source?: string }>,
  );
  const prompt = cell.validationPrompt as { title: string; message: string };
  const error = cell.validationError as { title: string; message: string };
  const type = RULE_TYPES[kind];
  const values =
    type === "list"
      ? [String(rule.source).replace(/^=/, "").replace(/\$/g, "")]
      : type === "date"
        ? []
        : [rule.formula1, rule.formula2].filter((v) => v !== undefined).map(String);
  return {
    type,
    operator: type === "list" ? "" : OPERATORS[rule.operator!],
    values,
    prompt: [prompt.title, prompt.message],
    error: [error.title, error.message],
  };
}

async function fromFile(bytes: Uint8Array): Promise<Drawn> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const drawn: Drawn = { sheets: [], names: new Map(), cells: new Map(), validations: new Map() };
  workbook.eachSheet((sheet) => {
    const hiddenRows: number[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => void (row.hidden && hiddenRows.push(row.number)));
    drawn.sheets.push({
      name: sheet.name,
      visible: sheet.state === "visible",
      protected: Boolean((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
      hiddenRows,
    });
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // ExcelJS reports the top-left value for every cell of a merged range: only the top-left one is drawn.
        if (cell.isMerged && cell.master !== cell) return;
        const ref = `${sheet.name}!${cell.address}`;
        const raw = cell.value as ExcelJS.CellValue;
        const formula = raw && typeof raw === "object" && "formula" in raw ? (raw as ExcelJS.CellFormulaValue).formula : null;
        let value: Cell["value"] = formula !== null || raw === undefined || raw === "" ? null : (raw as Cell["value"]);
        if (raw instanceof Date) value = (raw.getTime() - EXCEL_EPOCH) / 86_400_000;
        const locked = cell.protection?.locked !== false;
        if (value !== null || formula !== null || !locked) {
          const numeric = formula !== null || typeof value === "number";
          drawn.cells.set(ref, { value, formula, locked, numberFormat: numeric ? (cell.numFmt ?? "General") : null });
        }
        const dv = cell.dataValidation;
        if (dv) {
          const values =
            dv.type === "list" ? [String(dv.formulae[0]).replace(/\$/g, "")] : dv.type === "date" ? [] : dv.formulae.map(String);
          drawn.validations.set(ref, {
            type: dv.type,
            operator: dv.type === "list" ? "" : (dv.operator ?? ""),
            values,
            prompt: [dv.promptTitle ?? "", dv.prompt ?? ""],
            error: [dv.errorTitle ?? "", dv.error ?? ""],
          });
        }
      }),
    );
  });
  for (const { name, ranges } of workbook.definedNames.model) {
    const target = splitReference(ranges[0]);
    drawn.names.set(name, `${target.sheet}!${target.ref}`);
  }
  return drawn;
}

const catalog = loadCatalog();

const cases = ["tk-3105-2026", "tk10-nq6a-2011-2020"].flatMap((campaignId) => API_LEVELS.map((api) => [campaignId, api] as const));

describe.each(cases)("the %s template drawn inside Excel at ExcelApi %s and written to a file", (campaignId, api) => {
  let office: Drawn;
  let file: Drawn;

  beforeAll(async () => {
    const campaign = resolveCampaign(catalog.campaignDefs, campaignId);
    if (!campaign.ok) throw new Error(render("en", campaign.error));
    const column = campaign.value.kind === "periodic" ? "value" : "end";
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign.value,
      unit: {
        unitName: '=HYPERLINK("http://x","CĐCS Trường Tiểu học Mường Thanh")',
        unitCode: "DB-017",
        level: "cdcs",
        parent: "LĐLĐ huyện Điện Biên",
        datePrepared: "2026-06-05",
      },
      figures: new Map([
        [figureKey("LD_TONG", column), 1100],
        [figureKey("DV_TONG", column), 1000],
        [figureKey("SK_GIATRI", campaign.value.kind === "periodic" ? "value" : "cumulative"), 12.345],
      ]),
      notes: new Map([["DV_TONG", "Có 12 đoàn viên chuyển đến"]]),
    });
    const excel = new FakeExcel(api);
    const outcome = await createOfficeWorkbook(excel.deps()).writePlan(plan, { confirmReplace: async () => true });
    expect(outcome.written).toBe(true);
    office = fromFake(excel);
    file = await fromFile(await writeWorkbook(plan));
  });

  it("has the same sheets in the same order, hidden and protected alike", () => {
    expect(office.sheets).toEqual(file.sheets);
  });

  it("has the same defined names pointing at the same cells", () => {
    expect(office.names.size).toBeGreaterThan(50);
    expect(new Map([...office.names].sort())).toEqual(new Map([...file.names].sort()));
  });

  it("has the same values, formulas, locks and number formats in every cell", () => {
    expect(office.cells.size).toBeGreaterThan(100);
    expect(new Map([...office.cells].sort())).toEqual(new Map([...file.cells].sort()));
  });

  it("writes a unit name that looks like a formula as text in both", () => {
    const texts = [...office.cells.values(), ...file.cells.values()].filter(
      (c) => typeof c.value === "string" && c.value.startsWith("=HYPERLINK"),
    );
    expect(texts.length).toBe(2);
    expect(texts.every((c) => c.formula === null)).toBe(true);
  });

  it("has the same data validations with the same Vietnamese messages (none inside an Excel without ExcelApi 1.8)", () => {
    if (!new FakeExcel(api).supports(8)) {
      expect(office.validations.size).toBe(0);
      return;
    }
    expect(office.validations.size).toBeGreaterThan(20);
    expect(new Map([...office.validations].sort())).toEqual(new Map([...file.validations].sort()));
  });
});

describe.each(API_LEVELS)("the consolidated workbook drawn inside Excel at ExcelApi %s and written to a file", (api) => {
  it("has the same sheets, hidden rows (the register's row of codes) and defined names", async () => {
    const units = ["A", "B"].map((code, i) =>
      unitFile(
        { code, name: `CĐCS ${code}`, date: "2026-06-05", figures: new Map([[figureKey("LD_TONG", "value"), 10 * (i + 1)]]) },
        undefined,
        `${code}.xlsx`,
        i,
      ),
    );
    const { plan } = consolidatedPlan(catalog, merge(units, DISTRICT), "2026-06-15");
    const excel = new FakeExcel(api);
    await createOfficeWorkbook(excel.deps()).writePlan(plan, { confirmReplace: async () => true });
    const office = fromFake(excel);
    const file = await fromFile(await writeWorkbook(plan));
    expect(office.sheets).toEqual(file.sheets);
    expect(office.sheets.find((sheet) => sheet.name === breakdownSheetName())?.hiddenRows).toEqual([BREAKDOWN_ROWS.keys]);
    expect(office.names).toEqual(file.names);
  });
});

describe.each(API_LEVELS)("a template with a definition's own columns drawn inside Excel at ExcelApi %s and written to a file", (api) => {
  it("has the same sheets, names (UR_CODE.COL), cells, formulas, locks and validations", async () => {
    const columns = catalogOf();
    const { plan } = buildTemplate({
      catalog: columns,
      campaign: campaignOf(columns),
      unit: { unitName: "CĐCS Trường Tiểu học Kim Đồng", unitCode: "KD-01", level: "cdcs", datePrepared: "2026-07-01" },
      figures: new Map([
        [figureKey("DV_TONG", "HCSN"), 120],
        [figureKey("KN_DV", "KH"), 40],
        [figureKey("KN_DV", "TH"), 25],
      ]),
    });
    const excel = new FakeExcel(api);
    const outcome = await createOfficeWorkbook(excel.deps()).writePlan(plan, { confirmReplace: async () => true });
    expect(outcome.written).toBe(true);
    const office = fromFake(excel);
    const file = await fromFile(await writeWorkbook(plan));
    expect(office.sheets).toEqual(file.sheets);
    expect([...office.names.keys()]).toEqual(expect.arrayContaining(["UR_KN_DV.TL", "UR_DV_TONG.HCSN"]));
    expect(new Map([...office.names].sort())).toEqual(new Map([...file.names].sort()));
    expect(new Map([...office.cells].sort())).toEqual(new Map([...file.cells].sort()));
    expect([...file.cells.values()].some((c) => c.formula?.includes("SUM(") && c.locked)).toBe(true);
    if (new FakeExcel(api).supports(8)) expect(new Map([...office.validations].sort())).toEqual(new Map([...file.validations].sort()));
  });
});
