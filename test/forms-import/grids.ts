/** Typed forms as plain grids, written the way officers type them, for the domain tests. */
import type { GridCell, TypedGrid } from "../../src/domain/forms/import";

type Typed = string | number | null | { text: string; indent?: number; bold?: boolean; formula?: boolean };

export function grid(sheet: string, rows: readonly (readonly Typed[])[]): TypedGrid {
  const cell = (typed: Typed): GridCell | null => {
    if (typed === null || typed === "") return null;
    if (typeof typed === "object") return { value: typed.text, indent: typed.indent, bold: typed.bold, formula: typed.formula };
    return { value: typed };
  };
  return { sheet, rows: rows.map((row) => row.map(cell)), merges: [] };
}

/** mẫu 1-HĐCĐ as the domain notes describe it: title, header, numbering row, Roman and Arabic sections. */
export const form1 = (): TypedGrid =>
  grid("Sheet1", [
    ["LĐLĐ TỈNH ĐIỆN BIÊN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Mẫu 1-HĐCĐ"],
    [{ text: "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ", bold: true }],
    ["(Tính đến ngày 31/5/2026)"],
    [],
    ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"],
    ["1", "2", "3", "4", "5"],
    ["A", "SỐ LIỆU"],
    ["I", "Tình hình lao động"],
    ["1", "Lao động"],
    [null, "Tổng số lao động", "người"],
    [null, "- Trong đó: nữ", "người"],
    ["2", "Việc làm"],
    [null, "Số lao động thiếu việc làm", "người"],
    [null, "- Trong đó: nữ", "người"],
    [null, "Tỷ lệ so với tổng số lao động", "%"],
    ["3", "Tiền lương"],
    [null, "Tiền lương bình quân tháng của 1 người lao động", "đồng"],
    [null, "+ Số người được tính", "người"],
    [null, "Tổng số tiền doanh nghiệp còn nợ lương người lao động", "triệu đồng"],
    ["II", "Tổ chức công đoàn"],
    ["1", "Tổng số đoàn viên công đoàn", "người"],
    ["2", "Số đoàn viên kết nạp mới", "người"],
    ["3", "Số cuộc đối thoại", "cuộc"],
    ["4", "Tỷ lệ đoàn viên so với tổng số lao động", "%"],
    [null, '=HYPERLINK("http://x.invalid","bấm vào đây")', "người"],
    [],
    [null, "Người lập biểu", null, "TM. BAN CHẤP HÀNH"],
  ]);
