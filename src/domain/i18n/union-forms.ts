/**
 * The union's own words on its forms and about its register (issue 20): the heading of mẫu 1-HĐCĐ /
 * 2-HĐCĐ, the counting period of flow rows, who signs at the national level, how the counted rows were
 * counted (register or files), the sector list, the wage checks and the level names accepted.
 */
export const unionForms = {
  vi: {
    "uf.identity": "Biểu {number} · {form}, phiên bản {version}",
    "uf.section": "A- SỐ LIỆU. {title}",
    "uf.flowPeriod": "{period}; chỉ tiêu phát sinh tính từ {from} đến {to}",
    "uf.sign.national": "TM. ĐOÀN CHỦ TỊCH",
    "uf.count.register":
      "Theo danh sách đơn vị: {total} CĐCS, trong đó {files} đếm theo tệp báo cáo nhận được, {register} chỉ có trong danh sách (chưa nộp).",
    "uf.count.files": "Theo số tệp nhận được: {files} CĐCS (không có danh sách đơn vị).",
    "uf.count.filesRule":
      "{text} (Tổng số CĐCS đang đếm theo số tệp nhận được, không theo danh sách đơn vị: hãy tổng hợp với danh sách đơn vị để có tổng số đúng.)",
    "uf.sector.unknown": 'Loại hình "{value}" không có trong danh sách; hãy chọn một trong: {allowed}.',
    "uf.sector.differs": 'Loại hình trong tệp ("{file}") khác loại hình trong danh sách đơn vị ("{roster}"); đã dùng loại hình trong tệp.',
    "uf.sector.promptTitle": "Loại hình đơn vị",
    "uf.sector.prompt": "Chọn loại hình của CĐCS trong danh sách.",
    "uf.sector.errorTitle": "Loại hình không hợp lệ",
    "uf.sector.error": "Hãy chọn một loại hình trong danh sách.",
    "uf.wage.noWeight":
      "{average} có số liệu nhưng {weight} để trống: bình quân không được tính vào số tổng hợp. Hãy ghi số người được tính.",
    "uf.wage.noAverage":
      "{weight} có số liệu nhưng {average} để trống: số người này vẫn được cộng vào số tổng hợp, không khớp với bình quân.",
    "uf.register.only": "Chỉ có trong danh sách đơn vị, chưa nộp báo cáo: được đếm vào tổng số CĐCS, không có số liệu khác.",
    "uf.register.status": "Đếm CĐCS: {files} theo tệp báo cáo, {register} chỉ theo danh sách đơn vị.",
    "uf.received.file": "ngày sửa tệp {date}",
    "uf.received.roster": "ngày nhận {date}",
    "uf.help.reportsTo": "- {level} trực thuộc {parent} gửi {parent}: {text} (hạn: {date}).",
    "uf.help.finish": "- {level}, thời hạn hoàn thành: {text} (hoàn thành: {date}; đây không phải hạn gửi báo cáo).",
  },
  en: {
    "uf.identity": "Table {number} · {form}, version {version}",
    "uf.section": "A- FIGURES. {title}",
    "uf.flowPeriod": "{period}; flows counted from {from} to {to}",
    "uf.sign.national": "FOR THE PRESIDIUM",
    "uf.count.register":
      "By the register: {total} grassroots unions, {files} counted from the files received, {register} on the register only (not reported).",
    "uf.count.files": "By the files received: {files} grassroots unions (no register given).",
    "uf.count.filesRule":
      "{text} (The total of grassroots unions counts the files received, not the register: merge with a register for the true total.)",
    "uf.sector.unknown": 'Sector "{value}" is not on the list; pick one of: {allowed}.',
    "uf.sector.differs": 'The file\'s sector ("{file}") differs from the register\'s ("{roster}"); the file\'s was used.',
    "uf.sector.promptTitle": "Sector of the unit",
    "uf.sector.prompt": "Pick the grassroots union's sector from the list.",
    "uf.sector.errorTitle": "Invalid sector",
    "uf.sector.error": "Pick a sector from the list.",
    "uf.wage.noWeight":
      "{average} is given but {weight} is blank: the average is left out of the consolidated figure. Enter the number of people counted.",
    "uf.wage.noAverage":
      "{weight} is given but {average} is blank: these people are still added to the consolidated figure, which then no longer matches the average.",
    "uf.register.only": "On the register only, not reported: counted in the total of grassroots unions, no other figures.",
    "uf.register.status": "Grassroots unions counted: {files} from files, {register} from the register only.",
    "uf.received.file": "file modified {date}",
    "uf.received.roster": "received {date}",
    "uf.help.reportsTo": "- {level} directly under {parent}, sending to {parent}: {text} (deadline: {date}).",
    "uf.help.finish": "- {level}, to finish by: {text} (finish by: {date}; this is not the report deadline).",
  },
} as const;
