/**
 * Strings of a definition's own value columns (the columns sheet): what the loader reports at its cells,
 * and how a cell of such a column is named in a message. Vietnamese first; English the alternative.
 */
export const columns = {
  vi: {
    "columns.table": 'không có biểu "{value}" trong trang tables',
    "columns.id": 'mã cột "{value}" không hợp lệ: bắt đầu bằng CHỮ HOA, chỉ CHỮ HOA, số, gạch dưới, tối đa 12 ký tự (vd. KH, TH, TL, TONG)',
    "columns.duplicate": "mã cột {value} bị trùng trong cùng biểu (đã có ở dòng {line})",
    "columns.role": 'vai trò "{value}" không rõ; dùng input (nhập), computed (tính) hoặc note (ghi chú)',
    "columns.formula.missing": "cột tính (computed) {value} cần công thức ở cột formula, vd. TH / KH",
    "columns.formula.notComputed": "chỉ cột tính (computed) mới có công thức; cột {value} là cột nhập hoặc ghi chú",
    "columns.formula.pinned": "công thức của cột chỉ dùng mã cột cùng dòng (vd. TH / KH), không ghi mã chỉ tiêu hay ô (ký tự {column})",
    "columns.formula.call": "công thức của cột chỉ dùng + - * / và sum(...) (ký tự {column})",
    "columns.formula.compare": "công thức của cột là một phép tính, không phải một so sánh (ký tự {column})",
    "columns.formula.noColumn": "công thức của cột cần ít nhất một mã cột",
    "columns.formula.unknown": 'công thức dùng "{value}" (ký tự {column}): không phải cột nhập hoặc cột tính đứng trước của cùng biểu',
    "columns.formula.levels": "cột tính {value} có ở cấp mà một cột nó dùng không có; hãy ghi levels của cột tính hẹp hơn",
    "columns.valueType": 'kiểu số "{value}" không rõ; dùng integer, decimal hoặc percent',
    "columns.valueType.note": "cột ghi chú là chữ, không có kiểu số",
    "columns.aggregation": 'cách tổng hợp "{value}" không rõ; dùng sum hoặc none',
    "columns.aggregation.input": "chỉ cột nhập mới có cách tổng hợp; cột tính được tính lại từ các ô đã tổng hợp",
    "columns.number": "số thứ tự cột dài quá 16 ký tự",
    "columns.noteTwice": "biểu {value} đã có một cột ghi chú (dòng {line}); mỗi biểu chỉ có một",
    "columns.noInput": "các cột của biểu {value} không có cột nhập (input) nào",
    "columns.limit": "biểu {value} có quá {max} cột; các dòng từ đây bị bỏ qua",
    "columns.where": "{label} ({column})",
    "columns.rule.unknownColumn": 'ô {code}@{value} (ký tự {column}): biểu của {code} không có cột nhập "{value}"',
    "columns.rule.notInput": "ô {code}@{value} (ký tự {column}) là ô tính hoặc ghi chú; quy tắc chỉ so các ô nhập",
    "columns.inColumn": "{message} (cột {column})",
    "columns.computed.differs":
      "{where}: ô tính sẵn ghi {shown}, nhưng tính lại từ các ô nhập được {expected}. Có thể ô đã bị gõ đè; chương trình dùng giá trị tính lại.",
    "columns.computed.blank": "để trống",
    "columns.help.fill":
      "Các cột số liệu của biểu ghi số liệu có đến ngày {asOf}, theo tiêu đề từng cột. Ô nền xám (tổng, tỷ lệ %) do biểu tự tính, không cần gõ.",
    "columns.ratioTable":
      "tỷ lệ dùng chỉ tiêu {code} của biểu {table}, có các cột khác biểu này: mỗi cột của tỷ lệ cần cả tử số và mẫu số trong cùng cột",
    "columns.rule.noCommonColumn":
      "quy tắc dùng chỉ tiêu của các biểu không có cột chung nên sẽ không bao giờ được kiểm tra; hãy ghi MÃ@CỘT cho từng ô",
    "columns.counted":
      "chỉ tiêu {code} được đếm hoặc lấy từ chỉ tiêu khác khi tổng hợp, nên chỉ có một ô; biểu {table} có các cột riêng: hãy đặt chỉ tiêu này ở một biểu không có cột riêng",
  },
  en: {
    "columns.table": 'there is no table "{value}" on the tables sheet',
    "columns.id":
      'column id "{value}" is invalid: an UPPER-CASE letter, then upper-case letters, digits, underscores, at most 12 (e.g. KH, TH, TL, TONG)',
    "columns.duplicate": "column id {value} is repeated in the same table (already on line {line})",
    "columns.role": 'role "{value}" is unknown; use input, computed or note',
    "columns.formula.missing": "computed column {value} needs a formula in the formula column, e.g. TH / KH",
    "columns.formula.notComputed": "only computed columns have a formula; column {value} is an input or note column",
    "columns.formula.pinned":
      "a column's formula uses column ids of the same row only (e.g. TH / KH), no indicator code or cell (character {column})",
    "columns.formula.call": "a column's formula uses + - * / and sum(...) only (character {column})",
    "columns.formula.compare": "a column's formula is a calculation, not a comparison (character {column})",
    "columns.formula.noColumn": "a column's formula needs at least one column id",
    "columns.formula.unknown":
      'the formula uses "{value}" (character {column}): not an input column or an earlier computed column of the same table',
    "columns.formula.levels":
      "computed column {value} is on a level where a column it uses is not; give the computed column narrower levels",
    "columns.valueType": 'value type "{value}" is unknown; use integer, decimal or percent',
    "columns.valueType.note": "a note column is text and has no value type",
    "columns.aggregation": 'aggregation "{value}" is unknown; use sum or none',
    "columns.aggregation.input": "only input columns have an aggregation; computed columns are recomputed from the consolidated cells",
    "columns.number": "the column number is longer than 16 characters",
    "columns.noteTwice": "table {value} already has a note column (line {line}); a table has one at most",
    "columns.noInput": "the columns of table {value} have no input column",
    "columns.limit": "table {value} has more than {max} columns; the lines from here are ignored",
    "columns.where": "{label} ({column})",
    "columns.rule.unknownColumn": 'cell {code}@{value} (character {column}): the table of {code} has no input column "{value}"',
    "columns.rule.notInput": "cell {code}@{value} (character {column}) is computed or a note; rules compare input cells only",
    "columns.inColumn": "{message} (column {column})",
    "columns.computed.differs":
      "{where}: the computed cell shows {shown}, but its input cells give {expected}. It may have been typed over; the program uses the recomputed value.",
    "columns.computed.blank": "blank",
    "columns.help.fill":
      "The tables' value columns hold the figures as of {asOf}, as each column's header says. Grey cells (totals, percentages) are computed by the form; nothing to type there.",
    "columns.ratioTable":
      "the percentage uses {code} of table {table}, whose columns differ from this table's: each column of a percentage needs its numerator and denominator in that column",
    "columns.rule.noCommonColumn":
      "the rule uses indicators of tables that share no column, so it would never be checked; pin each cell as CODE@COLUMN",
    "columns.counted":
      "indicator {code} is counted or taken from another code at the merge, so it has one cell; table {table} has its own columns: put this indicator in a table without them",
  },
} as const;
