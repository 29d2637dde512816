/**
 * The typed-form import's questions about the `columns` sheet it proposes (issue 22): written into each
 * column's todo cell, listed by `forms check` until the officer decides them.
 */
export const formsImportColumns = {
  vi: {
    "formsImport.note.kindPeriodicColumns": "Đợt báo cáo {campaign}: báo cáo định kỳ, các cột số liệu ghi trong trang columns ({columns}).",
    "formsImport.column.totalAsk":
      'cột "{label}" có bằng tổng các cột "{group}" không? Nếu có, ghi role = computed và formula = {formula} (biểu mẫu tự cộng, ô bị khóa); nếu không, để role = input',
    "formsImport.column.unknown":
      'chưa rõ cột "{label}" là số đơn vị nhập hay số tính từ cột khác: đã để role = input; nếu là số tính, ghi role = computed và formula (vd. TH / KH)',
    "formsImport.column.yearLabel":
      'tên cột "{label}" ghi năm {year}: kỳ báo cáo năm khác vẫn in đúng chữ này; nếu cột là năm trước / năm nay của kỳ, hãy sửa label_vi (vd. "Năm trước")',
    "formsImport.column.formulaUnknown":
      'cột "{label}" là số tính ({formula}) nhưng chưa đọc được công thức theo các cột: đã để role = input; hãy ghi role = computed và formula theo mã cột (vd. TH / KH)',
    "formsImport.column.formulasDiffer":
      'cột "{label}": công thức ở dòng {row} và dòng {otherRow} ({other}) khác nhau; đã lấy {formula} — hãy kiểm tra',
    "formsImport.column.formulaGuess":
      'cột "{label}" được đoán là số tính {formula} theo tên cột (biểu không ghi công thức): hãy kiểm tra; nếu đơn vị tự nhập, ghi role = input và xóa formula',
  },
  en: {
    "formsImport.note.kindPeriodicColumns": "Campaign {campaign}: a periodic report, its value columns in the columns sheet ({columns}).",
    "formsImport.column.totalAsk":
      'is column "{label}" the sum of the "{group}" columns? If so, write role = computed and formula = {formula} (the form adds them up, the cell is locked); if not, leave role = input',
    "formsImport.column.unknown":
      'column "{label}": typed by units or computed from other columns? Left as role = input; if computed, write role = computed and its formula (e.g. TH / KH)',
    "formsImport.column.yearLabel":
      'column header "{label}" names the year {year}: a campaign of another year still prints these words; if the column is the campaign\'s last year / this year, change label_vi (e.g. "Năm trước")',
    "formsImport.column.formulaUnknown":
      'column "{label}" is computed ({formula}) but its formula could not be read over the columns: left as role = input; write role = computed and a formula over column ids (e.g. TH / KH)',
    "formsImport.column.formulasDiffer":
      'column "{label}": the formulas on rows {row} and {otherRow} ({other}) differ; {formula} was taken — please check',
    "formsImport.column.formulaGuess":
      'column "{label}" is guessed to be computed as {formula} from its header (the form gives no formula): please check; if units type it, write role = input and clear the formula',
  },
} as const;
