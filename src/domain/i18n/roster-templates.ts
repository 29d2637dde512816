/** Templates for every unit of a roster (CLI `template --roster`, the pane's Biểu mẫu): the roster lines no template can be made for. */
export const rosterTemplates = {
  vi: {
    "rosterTpl.noName": "Danh sách đơn vị, dòng {line} ({code}): thiếu tên đơn vị; bỏ qua.",
    "rosterTpl.badLevel": "Danh sách đơn vị, dòng {line} ({code}): cấp không rõ; bỏ qua.",
    "rosterTpl.tooLong": "Danh sách đơn vị, dòng {line} ({code}): mã đơn vị dài quá {max} ký tự; bỏ qua.",
  },
  en: {
    "rosterTpl.noName": "Roster line {line} ({code}): no unit name; skipped.",
    "rosterTpl.badLevel": "Roster line {line} ({code}): unknown level; skipped.",
    "rosterTpl.tooLong": "Roster line {line} ({code}): unit code longer than {max} characters; skipped.",
  },
} as const;
