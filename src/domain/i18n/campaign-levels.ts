/**
 * The campaign_levels sheet of a definition (issue 22): deadlines that fall in the year after the
 * campaign's ("10/1+1"), a deadline before the day the figures are counted at, and each level's official
 * form (form_number, form_use, form_title) printed at the top of its sheets.
 */
export const campaignLevels = {
  vi: {
    "forms.level.deadlineSyntax":
      'ngày "{value}" không hợp lệ: ghi ngày/tháng/năm (vd. 20/7/2020); kỳ định kỳ ghi ngày/tháng của năm báo cáo (vd. 15/6), hoặc thêm "+1" khi hạn rơi vào năm sau (vd. 10/1+1)',
    "forms.level.beforeAsOf":
      'hạn "{value}" sớm hơn ngày chốt số liệu {asOf} của kỳ: đơn vị không thể gửi báo cáo trước khi số liệu được chốt. Nếu hạn rơi vào năm sau, ghi thêm "+1" (vd. {value}+1) hoặc ghi đủ ngày/tháng/năm',
    "campaign.deadline.beforeAsOf": 'Kỳ báo cáo "{campaign}": hạn nộp {date} sớm hơn ngày chốt số liệu {asOf}.',
    "forms.level.formWithoutNumber":
      'cột {column} chỉ dùng khi có form_number (số hiệu mẫu biểu in ở góc trên bên phải, vd. "MẪU SỐ 1-HĐCĐ"): hãy ghi form_number hoặc để trống ô này',
    "forms.level.formDiffers":
      "cấp {level} của kỳ {campaign} đã ghi mẫu biểu khác ở dòng {line}: mỗi cấp in một mẫu biểu, hãy ghi giống nhau hoặc chỉ ghi ở một dòng",
  },
  en: {
    "forms.level.deadlineSyntax":
      'date "{value}" is not valid: write day/month/year (e.g. 20/7/2020); a periodic campaign may write day/month of the report\'s year (e.g. 15/6), or add "+1" when it falls in the next year (e.g. 10/1+1)',
    "forms.level.beforeAsOf":
      'date "{value}" is before the campaign\'s as-of day {asOf}: a unit cannot report before its figures are counted. If it falls in the next year, add "+1" (e.g. {value}+1) or write the full day/month/year',
    "campaign.deadline.beforeAsOf": 'Campaign "{campaign}": the deadline {date} is before the as-of day {asOf}.',
    "forms.level.formWithoutNumber":
      'column {column} is only used with form_number (the form\'s number printed top right, e.g. "MẪU SỐ 1-HĐCĐ"): fill in form_number or leave this cell blank',
    "forms.level.formDiffers":
      "level {level} of campaign {campaign} already names another form on line {line}: one form per level; write the same or fill in one line only",
  },
} as const;
