/** Strings of loading the forms: a campaign that cannot be made, a definition the loader refuses. */
export const catalog = {
  vi: {
    "campaign.year": 'Kỳ báo cáo "{id}" cần một năm từ {min} đến {max}.',
    "campaign.unknown": 'Không có kỳ báo cáo "{id}". Các kỳ có sẵn: {known}.',
    "campaign.unknownChoice": 'Không có kỳ báo cáo "{id}".',
    "campaign.custom.invalid": "Thông tin kỳ báo cáo chưa hợp lệ: {detail}",
    "campaign.stored.json": "Thông tin kỳ báo cáo lưu trong tệp bị hỏng.",
    "campaign.stored.invalid": "Thông tin kỳ báo cáo lưu trong tệp không hợp lệ.",
    // A campaign's period, under its title; {date} is written the Vietnamese way, {baseYear} and {endYear} as years.
    "campaign.period.asOf": "Số liệu tính đến {date}",
    "campaign.period.review": "Giai đoạn {baseYear}–{endYear}",
    // Where a periodic campaign id takes its year: tk-3105-<năm>.
    "campaign.yearPlaceholder": "<năm>",
    // The "trong đó" rule every part row implies (a rule's message is data: these fill it).
    "rule.part.message": "{leftLabel} ({left}) lớn hơn {rightLabel} ({right})",
  },
  en: {
    "campaign.year": 'Campaign "{id}" needs a year from {min} to {max}.',
    "campaign.unknown": 'No campaign "{id}". Available: {known}.',
    "campaign.unknownChoice": 'No campaign "{id}".',
    "campaign.custom.invalid": "The campaign details are not valid: {detail}",
    "campaign.stored.json": "The campaign stored in the file is damaged.",
    "campaign.stored.invalid": "The campaign stored in the file is not valid.",
    "campaign.period.asOf": "Figures as of {date}",
    "campaign.period.review": "Period {baseYear}–{endYear}",
    "campaign.yearPlaceholder": "<year>",
    "rule.part.message": "{leftLabel} ({left}) is greater than {rightLabel} ({right})",
  },
} as const satisfies { vi: Record<string, string>; en: Record<string, string> };
