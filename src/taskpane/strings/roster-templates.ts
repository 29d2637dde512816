/** Biểu mẫu for every unit of a roster, downloaded as one .zip (the pane's `template --roster`). */
export const rosterTemplatesView = {
  vi: {
    "tplroster.heading": "Biểu mẫu cho cả danh sách đơn vị",
    "tplroster.hint":
      "Chọn danh sách đơn vị (.csv hoặc .xlsx có cột Mã đơn vị, Tên đơn vị, Cấp): mỗi đơn vị nhận một biểu mẫu đã điền tên, mã và cấp, theo kỳ báo cáo và Công đoàn cấp trên đã chọn ở trên; tất cả trong một tệp .zip.",
    "tplroster.pick": "Chọn danh sách đơn vị…",
    "tplroster.chosen": "{file}: {count} đơn vị.",
    "tplroster.download": "Tải biểu mẫu cho {count} đơn vị (.zip)",
    "tplroster.making": "Đang tạo biểu mẫu {n}/{total}…",
    "tplroster.done": "Đã tạo {count} biểu mẫu trong {file}.",
    "tplroster.unreadable": "Không đọc được danh sách đơn vị {file}: {reason}",
    "tplroster.none": "Danh sách không có đơn vị nào làm được biểu mẫu.",
    "tplroster.problems": "{count} dòng cần xem lại:",
    "tplroster.codes":
      "Có đơn vị chưa có mã: đã đề xuất mã, và tệp .zip kèm danh sách có mã ({file}). Hãy giữ tệp đó làm danh sách đơn vị cho lần sau.",
  },
  en: {
    "tplroster.heading": "Templates for a whole roster",
    "tplroster.hint":
      "Choose a roster (.csv or .xlsx with columns Unit code, Unit name, Level): each unit gets a template with its name, code and level filled in, for the campaign and parent union chosen above; all in one .zip file.",
    "tplroster.pick": "Choose a roster…",
    "tplroster.chosen": "{file}: {count} units.",
    "tplroster.download": "Download templates for {count} units (.zip)",
    "tplroster.making": "Making template {n}/{total}…",
    "tplroster.done": "Made {count} templates in {file}.",
    "tplroster.unreadable": "Cannot read the roster {file}: {reason}",
    "tplroster.none": "The roster has no unit a template can be made for.",
    "tplroster.problems": "{count} lines to look at:",
    "tplroster.codes":
      "Some units had no code: codes were proposed, and the .zip holds the roster with them ({file}). Keep that file as the roster for next time.",
  },
} as const;
