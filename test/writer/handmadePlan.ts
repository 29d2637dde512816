/**
 * A small plan made by hand, shaped like the layout engine's: an identification sheet, one table with
 * inputs, a sum-free percentage and a change column, and a hidden meta sheet. Used where a test needs a
 * plan it can reason about cell by cell, independent of the catalog.
 */
import type { CellPlan, WorkbookPlan } from "../../src/domain/layout/plan";

const msg = (title: string, text: string) => ({ title, text });
const whole = {
  type: "whole" as const,
  min: 0,
  prompt: msg("Nhập số nguyên", "Số nguyên không âm, để trống nếu không báo cáo."),
  error: msg("Số không hợp lệ", "Chỉ nhập số nguyên từ 0 trở lên."),
};
const decimal = {
  type: "decimal" as const,
  min: 0,
  prompt: msg("Nhập số", "Số không âm, tối đa 3 chữ số thập phân."),
  error: msg("Số không hợp lệ", "Chỉ nhập số từ 0 trở lên."),
};

export const TABLE = "Biểu 01";
export const ID_SHEET = "Thông tin chung";
export const META_SHEET = "_meta";

function inputRow(row: number, tt: string, label: string, unit: string, kind: "stock" | "flow", child = false, dec = false): CellPlan[] {
  const style = dec ? "inputDecimal" : "inputInteger";
  const validation = dec ? decimal : whole;
  const cells: CellPlan[] = [
    { ref: `A${row}`, value: tt, style: "tt" },
    { ref: `B${row}`, value: label, style: child ? "labelChild" : "label" },
    { ref: `C${row}`, value: unit, style: "unit" },
  ];
  if (kind === "stock") {
    cells.push(
      { ref: `D${row}`, style, locked: false, validation },
      { ref: `E${row}`, style, locked: false, validation },
      { ref: `F${row}`, formula: `IF(OR(D${row}="",E${row}=""),"",E${row}-D${row})`, style: "computedInteger" },
    );
  } else {
    cells.push({ ref: `G${row}`, style, locked: false, validation });
  }
  cells.push({ ref: `H${row}`, style: "note", locked: false });
  return cells;
}

export function handmadePlan(unitName = "Công đoàn cơ sở Công ty May Điện Biên & Cộng sự"): WorkbookPlan {
  const tableCells: CellPlan[] = [
    { ref: "A1", value: "Mẫu 1-HĐCĐ", style: "formCode" },
    { ref: "A2", value: "ĐOÀN VIÊN CÔNG ĐOÀN", style: "title" },
    { ref: "A3", value: "Giai đoạn 2011–2020", style: "subtitle" },
    ...["TT", "Nội dung", "Đơn vị tính", "Đầu kỳ, năm 2011", "Cuối kỳ, năm 2020", "Tăng/giảm", "Lũy kế 2011–2020", "Ghi chú"].map(
      (v, i): CellPlan => ({ ref: `${"ABCDEFGH"[i]}5`, value: v, style: "header" }),
    ),
    ...inputRow(6, "1", "Tổng số CNVCLĐ tại các đơn vị có tổ chức công đoàn", "người", "stock"),
    ...inputRow(7, "2", "Tổng số đoàn viên công đoàn", "người", "stock"),
    ...inputRow(8, "", "Trong đó: nữ", "người", "stock", true),
    ...inputRow(9, "3", "Số đoàn viên kết nạp mới", "người", "flow"),
    ...inputRow(10, "4", "Giá trị làm lợi", "triệu đồng", "flow", false, true),
    { ref: "A11", value: "5", style: "tt" },
    { ref: "B11", value: "Tỷ lệ đoàn viên / CNVCLĐ", style: "label" },
    { ref: "C11", value: "%", style: "unit" },
    { ref: "D11", formula: 'IF(OR(D6="",D6=0,D7=""),"",D7/D6)', style: "computedPercent" },
    { ref: "E11", formula: 'IF(OR(E6="",E6=0,E7=""),"",E7/E6)', style: "computedPercent" },
    // A text that looks like a formula stays text.
    { ref: "B13", value: '=HYPERLINK("http://example.com","bấm")', style: "small" },
    { ref: "B15", value: "Người lập biểu", style: "signatureTitle" },
    { ref: "F15", value: "Thủ trưởng đơn vị", style: "signatureTitle" },
    { ref: "B16", value: "(Ký, ghi rõ họ tên)", style: "signatureHint" },
  ];
  const levelList = {
    type: "list" as const,
    items: ["Công đoàn cơ sở", "Công đoàn cấp trên trực tiếp cơ sở", "LĐLĐ tỉnh - thành phố", "Tổng Liên đoàn Lao động Việt Nam"],
    prompt: msg("Chọn cấp", "Chọn cấp của đơn vị trong danh sách."),
    error: msg("Cấp không hợp lệ", "Hãy chọn một cấp trong danh sách."),
  };
  const idCells: CellPlan[] = [
    { ref: "A1", value: "THÔNG TIN CHUNG", style: "title" },
    { ref: "A3", value: "Tên đơn vị", style: "label" },
    {
      ref: "B3",
      value: unitName,
      style: "inputText",
      locked: false,
      validation: {
        type: "textLength",
        max: 255,
        prompt: msg("Tên đơn vị", "Tên đầy đủ của đơn vị."),
        error: msg("Quá dài", "Tối đa 255 ký tự."),
      },
    },
    { ref: "A4", value: "Mã đơn vị", style: "label" },
    { ref: "B4", value: "007", style: "inputText", locked: false },
    { ref: "A5", value: "Cấp", style: "label" },
    { ref: "B5", value: "Công đoàn cơ sở", style: "inputText", locked: false, validation: levelList },
    { ref: "A6", value: "Ngày lập", style: "label" },
    {
      ref: "B6",
      style: "inputDate",
      locked: false,
      validation: {
        type: "date",
        prompt: msg("Ngày lập", "Nhập ngày dạng dd/mm/yyyy."),
        error: msg("Ngày không hợp lệ", "Nhập một ngày."),
      },
    },
  ];
  const metaCells: CellPlan[] = [
    { ref: "A1", value: "TEMPLATE_ID" },
    { ref: "B1", value: "BCCD" },
    { ref: "A2", value: "TEMPLATE_VERSION" },
    { ref: "B2", value: 1 },
    { ref: "A3", value: "CAMPAIGN_ID" },
    { ref: "B3", value: "tk10-nq6a-2011-2020" },
  ];
  return {
    sheets: [
      {
        name: ID_SHEET,
        role: "identification",
        cells: idCells,
        merges: ["A1:D1"],
        columnWidths: [28, 50],
        protect: true,
        visibility: "visible",
        print: { paper: "A4", orientation: "portrait", fitToWidth: true, header: unitName },
      },
      {
        name: TABLE,
        role: "table",
        tableId: "B01",
        cells: tableCells,
        merges: ["A2:H2", "A3:H3", "B16:C16"],
        columnWidths: [6, 48, 10, 12, 12, 12, 12, 20],
        freeze: { rows: 5, columns: 3 },
        protect: true,
        print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: 5, last: 5 }, header: unitName },
        visibility: "visible",
        tabColor: "4472C4",
      },
      { name: META_SHEET, role: "meta", cells: metaCells, merges: [], columnWidths: [20, 40], protect: true, visibility: "hidden" },
    ],
    names: [
      { name: "UR_ID_UNIT_NAME", sheet: ID_SHEET, ref: "B3" },
      { name: "UR_ID_UNIT_CODE", sheet: ID_SHEET, ref: "B4" },
      { name: "UR_ID_LEVEL", sheet: ID_SHEET, ref: "B5" },
      { name: "UR_LD_TONG_DAU", sheet: TABLE, ref: "D6" },
      { name: "UR_LD_TONG_CUOI", sheet: TABLE, ref: "E6" },
      { name: "UR_LD_TONG_TD", sheet: TABLE, ref: "F6" },
      { name: "UR_DV_TONG_DAU", sheet: TABLE, ref: "D7" },
      { name: "UR_DV_TONG_CUOI", sheet: TABLE, ref: "E7" },
      { name: "UR_DV_TONG_TD", sheet: TABLE, ref: "F7" },
      { name: "UR_DV_NU_DAU", sheet: TABLE, ref: "D8" },
      { name: "UR_DV_NU_CUOI", sheet: TABLE, ref: "E8" },
      { name: "UR_DV_MOI_LK", sheet: TABLE, ref: "G9" },
      { name: "UR_SK_GIATRI_LK", sheet: TABLE, ref: "G10" },
      { name: "UR_DV_TYLE_DAU", sheet: TABLE, ref: "D11" },
      { name: "UR_DV_TYLE_CUOI", sheet: TABLE, ref: "E11" },
      { name: "UR_META_TEMPLATE_ID", sheet: META_SHEET, ref: "B1" },
      { name: "UR_META_TEMPLATE_VERSION", sheet: META_SHEET, ref: "B2" },
      { name: "UR_META_CAMPAIGN_ID", sheet: META_SHEET, ref: "B3" },
      { name: "UR_TABLE_BLOCK", sheet: TABLE, ref: "D6:E8" },
    ],
    properties: {
      title: "Tổng kết 10 năm thực hiện Nghị quyết 6a/NQ-TLĐ",
      subject: "Biểu mẫu báo cáo công đoàn",
      creator: "Báo cáo Công đoàn",
      keywords: "BCCD v1 tk10-nq6a-2011-2020",
    },
  };
}
