/** Typed forms as real .xlsx files, made with ExcelJS the way an officer would lay them out in Excel. */
import ExcelJS from "exceljs";

export interface TypedSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** "A1:E1" */
  readonly merges?: readonly string[];
  /** "B12" → indent level */
  readonly indents?: Readonly<Record<string, number>>;
  readonly bold?: readonly string[];
  readonly hidden?: boolean;
  /** "B20" → a formula and its cached result (a label, or a typed "=E11/D11*100") */
  readonly formulas?: Readonly<Record<string, { formula: string; result: string | number }>>;
}

export async function typedXlsx(sheets: readonly TypedSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const typed of sheets) {
    const sheet = workbook.addWorksheet(typed.name, { state: typed.hidden ? "hidden" : "visible" });
    typed.rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
    for (const range of typed.merges ?? []) sheet.mergeCells(range);
    for (const [address, indent] of Object.entries(typed.indents ?? {})) sheet.getCell(address).alignment = { indent };
    for (const address of typed.bold ?? []) sheet.getCell(address).font = { bold: true };
    for (const [address, value] of Object.entries(typed.formulas ?? {})) sheet.getCell(address).value = value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** mẫu 1-HĐCĐ's opening, typed with merged title cells, an empty column C between TT and Nội dung merged over, indents and bold. */
export const TYPED_FORM: TypedSheet = {
  name: "Mẫu 1",
  rows: [
    ["LĐLĐ TỈNH ĐIỆN BIÊN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Mẫu 1-HĐCĐ"],
    ["BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ"],
    ["(Tính đến ngày 31/5/2026)"],
    [],
    ["TT", "Nội dung", null, "Đơn vị tính", "Số lượng", "Ghi chú"],
    ["I", "Tình hình lao động"],
    ["1", "Lao động"],
    [null, "Tổng số lao động", null, "người"],
    [null, "Trong đó: nữ", null, "người"],
    ["2", "Việc làm"],
    [null, "Số lao động thiếu việc làm", null, "người"],
    [null, "- Trong đó: nữ", null, "người"],
    ["3", "Tiền lương"],
    [null, "Tiền lương bình quân tháng của 1 người lao động", null, "đồng"],
    [null, "+ Số người được tính", null, "người"],
    ["II", "Tổ chức công đoàn"],
    ["1", "Tổng số đoàn viên", null, "người"],
    ["2", "Số đoàn viên kết nạp mới", null, "người"],
    ["3", "Tỷ lệ đoàn viên so với tổng số lao động", null, "%"],
    [null, null, null, "người"],
  ],
  merges: ["A3:F3", "A4:F4", "B6:C6", "B7:C7", "B9:C9"],
  indents: { B10: 1 },
  bold: ["A3", "B7", "B17"],
  formulas: { B21: { formula: '"Số "&"hội nghị"', result: "Số hội nghị" } },
};
