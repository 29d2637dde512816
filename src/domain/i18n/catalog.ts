/** Strings of loading the forms: a campaign that cannot be made, a definition the loader refuses. */
export const catalog = {
  vi: {
    "campaign.year": "Kỳ báo cáo \"{id}\" cần một năm từ {min} đến {max}.",
    "campaign.unknown": "Không có kỳ báo cáo \"{id}\". Các kỳ có sẵn: {known}.",
    "campaign.unknownChoice": "Không có kỳ báo cáo \"{id}\".",
    "campaign.custom.invalid": "Thông tin kỳ báo cáo chưa hợp lệ: {detail}",
    "campaign.stored.json": "Thông tin kỳ báo cáo lưu trong tệp bị hỏng.",
    "campaign.stored.invalid": "Thông tin kỳ báo cáo lưu trong tệp không hợp lệ.",
    "catalog.invalid": "Danh mục biểu mẫu lỗi ở tệp {file}, trường {field}: {detail}",
  },
  en: {
    "campaign.year": "Campaign \"{id}\" needs a year from {min} to {max}.",
    "campaign.unknown": "No campaign \"{id}\". Available: {known}.",
    "campaign.unknownChoice": "No campaign \"{id}\".",
    "campaign.custom.invalid": "The campaign details are not valid: {detail}",
    "campaign.stored.json": "The campaign stored in the file is damaged.",
    "campaign.stored.invalid": "The campaign stored in the file is not valid.",
    "catalog.invalid": "Catalog error in file {file}, field {field}: {detail}",
  },
} as const satisfies { vi: Record<string, string>; en: Record<string, string> };
