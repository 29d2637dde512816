/**
 * Forms as provincial and district offices type them (the shapes issue 22 found), laid out cell by cell
 * as .xlsx sheets for typedXlsx: placeholder lines for the unit to fill in, a year in the title, a numbering
 * row "A B C 1 2 …", sample lines, the preparer's name and phone at the bottom, plan / actual / % columns,
 * a sector matrix under a two-row "Chia ra" header, last year / this year columns.
 */
import type { TypedSheet } from "./typed-xlsx";

/** A district's annual report: the mistakes of item 4, on one sheet. */
export const ANNUAL_REPORT: TypedSheet = {
  name: "Biểu 02",
  rows: [
    ["LĐLĐ HUYỆN/CĐ NGÀNH: ..................", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["CĐCS: ...............................", null, null, "Độc lập - Tự do - Hạnh phúc"],
    [null, null, null, null, "Biểu số 02"],
    ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2026"],
    ["(Số liệu tính đến ngày 30/11/2026)"],
    [],
    ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"],
    ["A", "B", "C", "1", "2"],
    ["I", "Tổ chức công đoàn"],
    ["1", "Số công đoàn cơ sở", "đơn vị"],
    ["2", "Tổng số đoàn viên công đoàn", "người"],
    [null, "Ví dụ cách ghi: CĐCS Trường Tiểu học A có 25 đoàn viên thì ghi 25", null],
    ["3", "Số đoàn viên kết nạp mới trong năm", "người"],
    ["II", "Chăm lo đời sống"],
    ["1", "Số lượt đoàn viên được tính hỗ trợ", "lượt"],
    ["2", "Mức hỗ trợ bình quân một lượt", "nghìn đồng"],
    ["3", "Tổng số tiền hỗ trợ", "nghìn đồng"],
    ["4", "Họ tên người lập biểu", null],
    ["5", "Số điện thoại liên hệ", null],
    [],
    [null, "Người lập biểu", null, "TM. BAN CHẤP HÀNH"],
  ],
  merges: ["A4:E4", "A5:E5"],
  bold: ["A4", "B9", "B14"],
};

/** Plan, actual and % of plan, with the numbering row "A B C 1 2 3=2/1 4". */
export const PLAN_ACTUAL: TypedSheet = {
  name: "KH-TH",
  rows: [
    ["LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN"],
    ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026"],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện 6 tháng", "Tỷ lệ % so với KH", "Ghi chú"],
    ["A", "B", "C", "1", "2", "3=2/1", "4"],
    ["1", "Kết nạp đoàn viên mới", "người", 1200, 640],
    ["2", "Thành lập công đoàn cơ sở mới", "đơn vị", 15, 6],
    ["3", "Số cuộc đối thoại tại nơi làm việc", "cuộc", 80, 35],
  ],
  merges: ["A2:G2"],
  formulas: {
    F6: { formula: "E6/D6*100", result: 53.3 },
    F7: { formula: "E7/D7*100", result: 40 },
    F8: { formula: "E8/D8*100", result: 43.8 },
  },
};

/** Indicators by sector under a two-row "Chia ra" header, numbered "(1) … (9)". */
export const SECTOR_MATRIX: TypedSheet = {
  name: "Khu vực",
  rows: [
    ["BÁO CÁO SỐ LIỆU ĐOÀN VIÊN, CÔNG ĐOÀN CƠ SỞ THEO KHU VỰC"],
    ["(Tính đến ngày 31/5/2026)"],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "Tổng số", "Chia ra", null, null, null, "Ghi chú"],
    [null, null, null, null, "Khu vực HCSN", "DN nhà nước", "DN ngoài nhà nước", "DN có vốn ĐTNN", null],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
    ["1", "Số công đoàn cơ sở", "đơn vị"],
    ["2", "Tổng số đoàn viên", "người"],
    [null, "Trong đó: nữ", "người"],
  ],
  merges: ["A1:I1", "A2:I2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:H4", "I4:I5"],
};

/** Last year, this year and the comparison. */
export const TWO_YEARS: TypedSheet = {
  name: "So sánh",
  rows: [
    ["BÁO CÁO SO SÁNH KẾT QUẢ PHÁT TRIỂN ĐOÀN VIÊN"],
    ["TT", "Nội dung", "Đơn vị tính", "Năm 2025", "Năm 2026", "So sánh (%)", "Ghi chú"],
    ["1", "Số đoàn viên kết nạp mới", "người"],
    ["2", "Số công đoàn cơ sở thành lập mới", "đơn vị"],
  ],
};
