/**
 * The benchmark's matrix form (issue 22): one table of 40 indicators × 5 columns, 200 cells per CĐCS —
 * the plan (Kế hoạch năm), the actual split by sector under "Thực hiện, chia ra" (HCSN, DN nhà nước, DN
 * ngoài nhà nước) and the % of plan computed from them: (HCSN + DNNN + NGOAI) / KH. 160 input cells and
 * 40 computed ones, a ratio the merge recomputes over the units that reported every term. Written as a
 * definition workbook's sheets, as an officer types them, and loaded by the product's own loader.
 */
import { catalogOfDefinition, faultMessage, type Definition } from "../src/domain/definition";
import { loadDefinition } from "../src/domain/definition/load-definition";
import type { DefinitionCell, DefinitionSheet, DefinitionSheets } from "../src/domain/definition/definition-sheets";
import { render } from "../src/domain/i18n/message";

export const MATRIX_CAMPAIGN_ID = "mt-6t-2026";
export const MATRIX_ROWS = 40;
/** The input columns, in order, and the ratio's terms: TL = (HCSN + DNNN + NGOAI) / KH. */
export const MATRIX_INPUTS = ["KH", "HCSN", "DNNN", "NGOAI"] as const;
export const MATRIX_SECTORS = ["HCSN", "DNNN", "NGOAI"] as const;
export const matrixCode = (r: number): string => `CT_${String(r + 1).padStart(2, "0")}`;

type Line = Readonly<Record<string, DefinitionCell>>;

function sheetOf(name: string, records: readonly Line[]): DefinitionSheet {
  const keys: string[] = [];
  for (const record of records) for (const key of Object.keys(record)) if (!keys.includes(key)) keys.push(key);
  return { name, rows: [keys, ...records.map((record) => keys.map((key) => record[key] ?? null))] };
}

export function matrixDefinitionSheets(): DefinitionSheets {
  const group = { group_vi: "Thực hiện 6 tháng, chia ra", group_en: "Done in 6 months, by sector" };
  return {
    sheets: [
      sheetOf("settings", [
        { form_id: "bench-ma-tran", version: 1, title_vi: "Biểu ma trận (đo hiệu năng)", title_en: "Matrix form (benchmark)" },
      ]),
      sheetOf("tables", [{ table_id: "B01", number: "01", sheet_name: "Biểu 01", title_vi: "Kết quả thực hiện theo khu vực" }]),
      sheetOf(
        "indicators",
        Array.from({ length: MATRIX_ROWS }, (_, r) => ({
          table_id: "B01",
          tt: String(r + 1),
          code: matrixCode(r),
          label_vi: `Chỉ tiêu số ${r + 1}`,
          label_en: `Indicator ${r + 1}`,
          unit_vi: "người",
          unit_en: "persons",
          type: "whole",
          kind: "flow",
        })),
      ),
      sheetOf("columns", [
        { id: "KH", label_vi: "Kế hoạch năm", label_en: "Year plan", role: "input", number: "1" },
        { id: "HCSN", label_vi: "Khu vực HCSN", label_en: "Public service", role: "input", number: "2", ...group },
        { id: "DNNN", label_vi: "DN nhà nước", label_en: "State enterprises", role: "input", number: "3", ...group },
        { id: "NGOAI", label_vi: "DN ngoài nhà nước", label_en: "Private enterprises", role: "input", number: "4", ...group },
        {
          id: "TL",
          label_vi: "Tỷ lệ % so với KH",
          label_en: "% of plan",
          role: "computed",
          formula: "(HCSN + DNNN + NGOAI) / KH",
          number: "5=(2+3+4)/1",
        },
      ]),
      sheetOf("campaigns", [{ campaign_id: "mt-6t", kind: "periodic", title_vi: "Báo cáo 6 tháng năm {year}", as_of: "30/6" }]),
      sheetOf(
        "campaign_levels",
        (["cdcs", "huyen", "tinh", "tw"] as const).map((level, i) => ({
          campaign_id: "mt-6t",
          level,
          deadline: `${5 + 5 * i}/7`,
          tables: "B01",
        })),
      ),
    ],
  };
}

export function matrixCatalog(): Definition {
  const loaded = loadDefinition(matrixDefinitionSheets());
  if (!loaded.definition) throw new Error(`matrix definition: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  const built = catalogOfDefinition(loaded.definition);
  if (!built.ok) throw new Error(render("en", faultMessage(built.error)));
  return built.value;
}
