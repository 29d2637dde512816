/**
 * Strings of the checks (src/domain/check), the Kiểm tra view and `union-report validate`.
 * Rule messages are not here: they are definition data (the rules sheet of the definition), next to the rule they explain.
 * Messages about a figure start with {where}: the row's name, and the column in a review report.
 */
export const check = {
  vi: {
    "check.where.periodic": "{label}",
    "check.where.review": "{label} ({column})",
    "check.column.value": "số lượng",
    "check.column.base": "đầu kỳ",
    "check.column.end": "cuối kỳ",
    "check.column.change": "tăng/giảm",
    "check.column.cumulative": "lũy kế",
    "check.template.notOurs":
      "Tệp không phải biểu mẫu của chương trình Báo cáo Công đoàn (không có thông tin mẫu). Hãy điền số liệu vào biểu mẫu được tạo bằng chương trình.",
    "check.template.unknown": 'Tệp dùng mẫu "{id}", không phải mẫu báo cáo "{expected}" mà chương trình này đọc được.',
    "check.template.versionMissing": "Tệp không ghi phiên bản mẫu nên không biết cách đọc. Hãy dùng biểu mẫu được tạo bằng chương trình.",
    "check.template.versionNewer":
      "Tệp được tạo bằng mẫu phiên bản {version}, mới hơn các phiên bản chương trình này đọc được ({readable}). Hãy cập nhật chương trình Báo cáo Công đoàn rồi kiểm tra lại.",
    "check.template.versionOlder":
      "Tệp được tạo bằng mẫu phiên bản {version}, cũ hơn các phiên bản chương trình này đọc được ({readable}). Hãy tạo biểu mẫu mới bằng chương trình và chép số liệu sang.",
    "check.template.noCampaign": "Không xác định được kỳ báo cáo của tệp: {reason}",
    "check.template.campaignMissing": "Tệp không ghi kỳ báo cáo nên không biết biểu mẫu có những cột nào.",
    "check.template.tableMissing": 'Không tìm thấy trang "{sheet}" của kỳ báo cáo này trong tệp (trang bị xóa hoặc đổi tên?).',
    "check.id.missingName": 'Ô "{label}" ở phần thông tin chung không còn trong tệp (tên vùng bị xóa?).',
    "check.id.required": 'Chưa điền "{label}" ở phần thông tin chung.',
    "check.id.tooLong": '"{label}" dài {length} ký tự, quá giới hạn {max} ký tự.',
    "check.id.control": '"{label}" chứa ký tự điều khiển không in được (đã bỏ khi hiển thị): "{text}".',
    "check.id.formula": 'Ô "{label}" chứa công thức; chỉ dùng chữ hiển thị "{text}", không dùng công thức.',
    "check.id.error": 'Ô "{label}" có lỗi {error}.',
    "check.id.badCode": 'Mã đơn vị "{text}" không hợp lệ: chỉ dùng chữ, số và các dấu . - _ /, không có khoảng trắng.',
    "check.id.badLevel": 'Cấp "{text}" không phải một cấp công đoàn; hãy chọn trong danh sách: {levels}.',
    "check.id.badDate": 'Ngày lập "{text}" không phải một ngày hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 15/06/2026).',
    "check.id.campaignMismatch": 'Kỳ báo cáo ghi ở phần thông tin chung ("{text}") khác kỳ báo cáo của biểu mẫu ({campaign}).',
    "check.cell.missing": 'Ô của chỉ tiêu "{where}" ({code}) không còn trong tệp (tên vùng bị xóa?).',
    "check.cell.blank": "{where}: để trống, được hiểu là chưa báo cáo (không phải số 0).",
    "check.cell.text": '{where}: ô chứa chữ "{text}", không phải số.',
    "check.cell.numberAsText":
      '{where}: ô chứa "{text}" ở dạng chữ, trông như số {number}. Hãy gõ lại thành số, không gõ dấu phân cách hàng nghìn; chương trình không tự đổi.',
    "check.cell.boolean": "{where}: ô chứa giá trị đúng/sai ({text}), không phải số.",
    "check.cell.error": "{where}: ô có lỗi {error}.",
    "check.cell.formulaNoValue":
      "{where}: ô nhập liệu chứa công thức ={formula} nhưng công thức chưa có giá trị (tệp chưa được tính lại). Hãy gõ số trực tiếp vào ô.",
    "check.cell.formula":
      "{where}: ô nhập liệu chứa công thức ={formula}; giá trị {value} của nó được dùng làm số liệu. Nên gõ số trực tiếp.",
    "check.cell.date": "{where}: ô được định dạng ngày tháng, không phải số. Hãy xóa định dạng ngày và gõ lại số.",
    "check.cell.negative": "{where}: số âm ({value}); số liệu phải từ 0 trở lên.",
    "check.cell.fraction": "{where}: phải là số nguyên, ô chứa {value}.",
    "check.cell.decimals": "{where}: {value} có hơn 3 chữ số thập phân; số tiền (triệu đồng) chỉ ghi tới 3 chữ số thập phân.",
    "check.cell.range": "{where}: giá trị nằm ngoài giới hạn số của Excel hoặc quá lớn để đọc chính xác.",
    "check.cell.inexact":
      "{where}: tệp ghi số {text}, nhiều chữ số hơn mức đọc được chính xác; chương trình không làm tròn — hãy kiểm tra lại số này.",
    "check.summary.line": "{errors} lỗi, {warnings} cảnh báo, {explained} cảnh báo đã giải thích, {blanks} ô để trống",
    "check.severity.error": "Lỗi",
    "check.severity.warning": "Cảnh báo",
    "check.severity.blank": "Chưa báo cáo",
    "check.explained": "đã giải thích ở Ghi chú",
    "check.group.general": "Thông tin chung và biểu mẫu",
  },
  en: {
    "check.where.periodic": "{label}",
    "check.where.review": "{label} ({column})",
    "check.column.value": "quantity",
    "check.column.base": "baseline",
    "check.column.end": "end",
    "check.column.change": "change",
    "check.column.cumulative": "cumulative",
    "check.template.notOurs":
      "The file is not a Trade Union Reports template (it carries no template information). Enter the figures in a template made by the program.",
    "check.template.unknown": 'The file uses the template "{id}", not the report template "{expected}" this program reads.',
    "check.template.versionMissing":
      "The file does not record its template version, so it cannot be read. Use a template made by the program.",
    "check.template.versionNewer":
      "The file was made with template version {version}, newer than the versions this program reads ({readable}). Update Trade Union Reports and check again.",
    "check.template.versionOlder":
      "The file was made with template version {version}, older than the versions this program reads ({readable}). Make a new template with the program and copy the figures over.",
    "check.template.noCampaign": "The file's campaign cannot be determined: {reason}",
    "check.template.campaignMissing": "The file does not record its campaign, so its columns are unknown.",
    "check.template.tableMissing": 'The sheet "{sheet}" of this campaign is not in the file (deleted or renamed?).',
    "check.id.missingName": 'The cell "{label}" of the identification is no longer in the file (its name deleted?).',
    "check.id.required": '"{label}" is not filled in the identification.',
    "check.id.tooLong": '"{label}" is {length} characters long, over the limit of {max}.',
    "check.id.control": '"{label}" contains non-printing control characters (removed for display): "{text}".',
    "check.id.formula": 'The cell "{label}" holds a formula; only its displayed text "{text}" is used, never the formula.',
    "check.id.error": 'The cell "{label}" holds the error {error}.',
    "check.id.badCode": 'The unit code "{text}" is not valid: use letters, digits and . - _ / only, without spaces.',
    "check.id.badLevel": 'The level "{text}" is not a union level; pick one from the list: {levels}.',
    "check.id.badDate": 'The date prepared "{text}" is not a valid date (write it as day/month/year, e.g. 15/06/2026).',
    "check.id.campaignMismatch":
      'The campaign written in the identification ("{text}") differs from the template\'s campaign ({campaign}).',
    "check.cell.missing": 'The cell of "{where}" ({code}) is no longer in the file (its name deleted?).',
    "check.cell.blank": "{where}: blank, meaning not reported (not zero).",
    "check.cell.text": '{where}: the cell holds the text "{text}", not a number.',
    "check.cell.numberAsText":
      '{where}: the cell holds "{text}" as text; it looks like the number {number}. Type it again as a number, without thousands separators; the program does not convert it.',
    "check.cell.boolean": "{where}: the cell holds a true/false value ({text}), not a number.",
    "check.cell.error": "{where}: the cell holds the error {error}.",
    "check.cell.formulaNoValue":
      "{where}: the input cell holds the formula ={formula} but it has no value (the file was not recalculated). Type the number into the cell.",
    "check.cell.formula":
      "{where}: the input cell holds the formula ={formula}; its value {value} is taken as the figure. Better type the number directly.",
    "check.cell.date": "{where}: the cell is formatted as a date, not a number. Remove the date format and type the number again.",
    "check.cell.negative": "{where}: a negative number ({value}); figures must be 0 or more.",
    "check.cell.fraction": "{where}: must be a whole number; the cell holds {value}.",
    "check.cell.decimals": "{where}: {value} has more than 3 decimals; money (million VND) has at most 3 decimals.",
    "check.cell.range": "{where}: the value is outside Excel's number range or too large to read exactly.",
    "check.cell.inexact":
      "{where}: the file holds the number {text}, with more digits than can be read exactly; the program does not round it — check this figure.",
    "check.summary.line": "{errors} errors, {warnings} warnings, {explained} explained warnings, {blanks} blank cells",
    "check.severity.error": "Errors",
    "check.severity.warning": "Warnings",
    "check.severity.blank": "Not reported",
    "check.explained": "explained in Notes",
    "check.group.general": "Identification and template",
  },
} as const;
