/**
 * Strings of the typed-form import (`union-report forms import`, the page's "Nhập từ biểu mẫu đã gõ"):
 * what it inferred and what it leaves to the officer. A todo text is also written into the definition's
 * todo column, so it says what to decide and where.
 */
export const formsImport = {
  vi: {
    "formsImport.cli.unreadable": 'Không đọc được "{file}": {reason}',
    "formsImport.todo.partGuess":
      'dòng này được coi là một phần ("trong đó") của {parent}, nên số của nó không được lớn hơn {parent}; nếu không phải, xóa ô parent',
    "formsImport.todo.noUnitColumn":
      "biểu không có cột Đơn vị tính — chọn type (whole: số nguyên; decimal: số thập phân, tiền kèm money_unit; percent; text) và ghi unit_vi",
    "formsImport.todo.unitBlank": "dòng không ghi đơn vị tính — ghi unit_vi và chọn type (whole, decimal, percent, text)",
    "formsImport.todo.unitUnknown":
      'chưa nhận ra đơn vị tính "{unit}" — chọn type (whole: số nguyên; decimal: số thập phân, tiền đồng/nghìn đồng/triệu đồng ghi money_unit; percent; text)',
    "formsImport.todo.weightMissing":
      'số bình quân không cộng được: ghi mã của dòng quyền số (vd. "Số người được tính") vào ô weight và đổi aggregation thành weighted_average',
    "formsImport.todo.kind":
      "số tính đến một thời điểm (kind = stock, vd. tổng số hiện có) hay phát sinh trong kỳ (kind = flow, vd. kết nạp mới)?",
    "formsImport.todo.percent":
      "tỷ lệ %: ghi mã tử số vào numerator, mã mẫu số vào denominator và đổi aggregation thành ratio để tỷ lệ được tính lại khi tổng hợp; để none thì tỷ lệ do đơn vị tự nhập và không được tổng hợp",
    "formsImport.todo.ratioGuess":
      "đã đoán tỷ lệ = {numerator} / {denominator} (tử số là dòng ngay phía trên) — kiểm tra lại numerator và denominator",
    "formsImport.todo.formulaLabel": "ô Nội dung của dòng này là công thức; nhãn là giá trị nó đang hiển thị — kiểm tra lại label_vi",
    "formsImport.todo.formulaText":
      'nhãn bắt đầu bằng "=" như một công thức; nó được giữ nguyên là chữ, không bao giờ thành công thức — sửa label_vi nếu gõ nhầm',
    "formsImport.note.unitFromParent": 'đơn vị tính "{unit}" lấy theo dòng {parent}',
    "formsImport.note.weighted": "bình quân gia quyền theo {weight}: Σ(giá trị × {weight}) / Σ {weight}, không cộng",
    "formsImport.note.ratio": "tỷ lệ được tính lại từ {numerator} / {denominator}",
    "formsImport.note.noHeader":
      'Trang "{sheet}" không có dòng tiêu đề cột nhận ra được (TT / Nội dung / Đơn vị tính …) nên không được nhập. Hãy kiểm tra dòng tiêu đề của biểu.',
    "formsImport.note.noLines": 'Trang "{sheet}" không có dòng chỉ tiêu nào bên dưới dòng tiêu đề cột.',
    "formsImport.note.unknownColumn":
      'Trang "{sheet}": cột "{column}" chưa hiểu được. Định nghĩa có một cột Số lượng cho báo cáo định kỳ, hoặc Đầu kỳ / Cuối kỳ / Lũy kế cho sơ kết, tổng kết — hãy kiểm tra kind của đợt báo cáo.',
    "formsImport.note.noValueColumn": 'Trang "{sheet}" không có cột số liệu (Số lượng …): đã coi là báo cáo định kỳ một cột Số lượng.',
    "formsImport.note.noTitle":
      'không thấy tên biểu phía trên dòng tiêu đề cột: tạm lấy tên "{title}" và mã "{id}" — ghi tên biểu vào title_vi (trang settings, tables, campaigns) và đặt mã riêng của biểu vào form_id (settings) và campaign_id (campaigns, campaign_levels)',
    "formsImport.todo.deadline":
      "ghi hạn nộp của cấp {level} vào ô deadline (vd. 15/6; hạn rơi vào năm sau: 10/1+1), hoặc xóa dòng này nếu cấp {level} không báo cáo",
    "formsImport.todo.contactLine":
      "dòng hỏi thông tin người báo cáo (họ tên, điện thoại…), không phải số liệu: đã để kiểu chữ (text); trang Thông tin đơn vị của biểu mẫu đã có các ô này — xóa dòng nếu không cần",
    "formsImport.note.sample": "dòng ví dụ cách ghi, không phải chỉ tiêu: bỏ qua",
    "formsImport.note.reviewYears": "Đợt báo cáo {campaign}: ghi năm đầu kỳ (base_year) và năm cuối kỳ (end_year) trong trang campaigns.",
    "formsImport.note.asOf": "Đợt báo cáo {campaign}: ghi ngày chốt số liệu (as_of, vd. 31/5) trong trang campaigns.",
    "formsImport.note.kindReview": "Đợt báo cáo {campaign}: sơ kết / tổng kết (có cột đầu kỳ, cuối kỳ hoặc lũy kế).",
    "formsImport.note.kindPeriodic": "Đợt báo cáo {campaign}: báo cáo định kỳ (một cột số liệu).",
  },
  en: {
    "formsImport.cli.unreadable": 'Could not read "{file}": {reason}',
    "formsImport.todo.partGuess":
      'this line is taken as a part ("of which") of {parent}, so its figure may not exceed {parent}\'s; if it is not, clear the parent cell',
    "formsImport.todo.noUnitColumn":
      "the form has no unit column — choose the type (whole; decimal, money with money_unit; percent; text) and write unit_vi",
    "formsImport.todo.unitBlank": "the line has no unit — write unit_vi and choose the type (whole, decimal, percent, text)",
    "formsImport.todo.unitUnknown":
      'unit "{unit}" not recognised — choose the type (whole; decimal, with money_unit for đồng/nghìn đồng/triệu đồng; percent; text)',
    "formsImport.todo.weightMissing":
      'an average cannot be summed: write the code of its weight line (e.g. "Số người được tính") in weight and set aggregation to weighted_average',
    "formsImport.todo.kind": "counted at a date (kind = stock, e.g. total members) or over the period (kind = flow, e.g. newly admitted)?",
    "formsImport.todo.percent":
      "percentage: write the numerator's code in numerator, the denominator's in denominator and set aggregation to ratio so it is recomputed when merging; with none the units type it and it is not consolidated",
    "formsImport.todo.ratioGuess":
      "guessed the ratio {numerator} / {denominator} (numerator: the line just above) — check numerator and denominator",
    "formsImport.todo.formulaLabel": "this line's label cell is a formula; the label is the value it shows — check label_vi",
    "formsImport.todo.formulaText":
      'the label starts with "=" like a formula; it is kept as text and never becomes a formula — correct label_vi if it was a slip',
    "formsImport.note.unitFromParent": 'unit "{unit}" taken from line {parent}',
    "formsImport.note.weighted": "average weighted by {weight}: Σ(value × {weight}) / Σ {weight}, never summed",
    "formsImport.note.ratio": "ratio recomputed from {numerator} / {denominator}",
    "formsImport.note.noHeader":
      'Sheet "{sheet}" has no recognisable column header (TT / Nội dung / Đơn vị tính …), so it was not imported. Check the form\'s header row.',
    "formsImport.note.noLines": 'Sheet "{sheet}" has no indicator lines below its column header.',
    "formsImport.note.unknownColumn":
      'Sheet "{sheet}": column "{column}" not understood. A definition has one value column for periodic reports, or baseline / end / cumulative for reviews — check the campaign\'s kind.',
    "formsImport.note.noValueColumn": 'Sheet "{sheet}" has no value column (Số lượng …): taken as a periodic report with one value column.',
    "formsImport.note.noTitle":
      'no form title above the column header: the name "{title}" and id "{id}" are used for now — write the form\'s title in title_vi (settings, tables, campaigns) and give it its own id in form_id (settings) and campaign_id (campaigns, campaign_levels)',
    "formsImport.todo.deadline":
      "write level {level}'s deadline in the deadline cell (e.g. 15/6; in the next year: 10/1+1), or delete this row if level {level} does not report",
    "formsImport.todo.contactLine":
      "a line asking about the person reporting (name, phone…), not a figure: made a text row; the template's unit information sheet already has these cells — delete the row if it is not needed",
    "formsImport.note.sample": "a sample line showing how to fill the form, not an indicator: left out",
    "formsImport.note.reviewYears":
      "Campaign {campaign}: write the baseline year (base_year) and end year (end_year) on the campaigns sheet.",
    "formsImport.note.asOf": "Campaign {campaign}: write the date the figures are counted at (as_of, e.g. 31/5) on the campaigns sheet.",
    "formsImport.note.kindReview": "Campaign {campaign}: a review (baseline, end or cumulative columns).",
    "formsImport.note.kindPeriodic": "Campaign {campaign}: a periodic report (one value column).",
  },
} as const;
