/**
 * Test fixtures: definitions with columns, as definition workbooks (DefinitionSheets) an officer types.
 * - B01, a sector matrix under "Chia ra": TONG = sum(HCSN, DNNN, NGOAI, FDI) computed, and a Ghi chú column;
 * - B02, plan / actual / % of plan: KH, TH, TL = TH / KH (a percentage), numbered "1 2 3=2/1".
 */
import type { DefinitionCell, DefinitionSheet, DefinitionSheets } from "../../src/domain/definition/definition-sheets";

export type Line = Readonly<Record<string, DefinitionCell>>;

/** A sheet from records: the header is every key used, in first-seen order. */
export function sheetOf(name: string, records: readonly Line[]): DefinitionSheet {
  const keys: string[] = [];
  for (const record of records) for (const key of Object.keys(record)) if (!keys.includes(key)) keys.push(key);
  return { name, rows: [keys, ...records.map((record) => keys.map((key) => record[key] ?? null))] };
}

export const MATRIX_COLUMNS: readonly Line[] = [
  { table: "B01", id: "TONG", label_vi: "Tổng số", label_en: "Total", role: "computed", formula: "sum(HCSN, DNNN, NGOAI, FDI)" },
  { table: "B01", id: "HCSN", label_vi: "Khu vực HCSN", group_vi: "Chia ra", group_en: "Of which", role: "input" },
  { table: "B01", id: "DNNN", label_vi: "DN nhà nước", group_vi: "Chia ra", group_en: "Of which", role: "input" },
  { table: "B01", id: "NGOAI", label_vi: "DN ngoài nhà nước", group_vi: "Chia ra", group_en: "Of which", role: "input" },
  { table: "B01", id: "FDI", label_vi: "DN có vốn ĐTNN", group_vi: "Chia ra", group_en: "Of which", role: "input" },
  { table: "B01", id: "GC", label_vi: "Ghi chú", role: "note" },
];

export const PLAN_COLUMNS: readonly Line[] = [
  { table: "B02", id: "KH", label_vi: "Kế hoạch năm", label_en: "Year plan", role: "input", number: "1" },
  { table: "B02", id: "TH", label_vi: "Thực hiện 6 tháng", label_en: "Done in 6 months", role: "input", number: "2" },
  { table: "B02", id: "TL", label_vi: "Tỷ lệ % so với KH", label_en: "% of plan", role: "computed", formula: "TH / KH", number: "3=2/1" },
];

export interface ColumnsDefinitionOptions {
  readonly columns?: readonly Line[];
  readonly rules?: readonly Line[];
  readonly indicators?: readonly Line[];
}

export const MATRIX_INDICATORS: readonly Line[] = [
  { table_id: "B01", tt: "1", code: "CS_TONG", label_vi: "Tổng số CĐCS", unit_vi: "đơn vị", type: "whole", kind: "stock" },
  { table_id: "B01", tt: "2", code: "DV_TONG", label_vi: "Tổng số đoàn viên", unit_vi: "người", type: "whole", kind: "stock" },
  {
    table_id: "B01",
    tt: "-",
    code: "DV_NU",
    label_vi: "Trong đó: nữ",
    name_vi: "Số đoàn viên nữ",
    unit_vi: "người",
    type: "whole",
    kind: "stock",
    parent: "DV_TONG",
  },
  {
    table_id: "B01",
    tt: "3",
    code: "TL_NU",
    label_vi: "Tỷ lệ đoàn viên nữ",
    unit_vi: "%",
    type: "percent",
    numerator: "DV_NU",
    denominator: "DV_TONG",
  },
];

export const PLAN_INDICATORS: readonly Line[] = [
  { table_id: "B02", tt: "1", code: "KN_DV", label_vi: "Kết nạp đoàn viên mới", unit_vi: "người", type: "whole", kind: "flow" },
  { table_id: "B02", tt: "2", code: "CS_MOI", label_vi: "Thành lập CĐCS mới", unit_vi: "đơn vị", type: "whole", kind: "flow" },
  {
    table_id: "B02",
    tt: "3",
    code: "KP_THU",
    label_vi: "Thu kinh phí công đoàn",
    unit_vi: "triệu đồng",
    type: "decimal",
    money_unit: "trieu_dong",
    kind: "flow",
  },
  { table_id: "B02", tt: "4", code: "Y_KIEN", label_vi: "Ý kiến đề xuất", type: "text" },
];

/** The two tables, their columns, one periodic campaign at the CĐCS and the level above. */
export function columnsDefinition(options: ColumnsDefinitionOptions = {}): DefinitionSheets {
  return {
    sheets: [
      sheetOf("settings", [{ form_id: "cot-mau", version: 1, title_vi: "Biểu mẫu có nhiều cột" }]),
      sheetOf("tables", [
        { table_id: "B01", number: "01", sheet_name: "Biểu 01", title_vi: "Tình hình CĐCS và đoàn viên theo khu vực" },
        { table_id: "B02", number: "02", sheet_name: "Biểu 02", title_vi: "Kết quả thực hiện chỉ tiêu" },
      ]),
      sheetOf("indicators", options.indicators ?? [...MATRIX_INDICATORS, ...PLAN_INDICATORS]),
      sheetOf("columns", options.columns ?? [...MATRIX_COLUMNS, ...PLAN_COLUMNS]),
      ...(options.rules ? [sheetOf("rules", options.rules)] : []),
      sheetOf("campaigns", [{ campaign_id: "cot-6t", kind: "periodic", title_vi: "Báo cáo 6 tháng năm {year}", as_of: "30/6" }]),
      sheetOf("campaign_levels", [
        { campaign_id: "cot-6t", level: "cdcs", deadline: "5/7", tables: "B01, B02" },
        { campaign_id: "cot-6t", level: "huyen", deadline: "15/7", tables: "B01, B02" },
      ]),
    ],
  };
}
