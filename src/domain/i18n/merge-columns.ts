/** The merge of a definition's own columns (issue 22): a ratio taken over the units that reported every term. */
export const mergeColumns = {
  vi: {
    "merge.warn.ratioPartial":
      "{name} ({code}): {figure} — đơn vị để trống {blank} nên không được tính vào cả tử số và mẫu số của tỷ lệ tổng hợp (tỷ lệ chỉ tính trên các đơn vị ghi đủ).",
    "merge.warn.ratioPartialMore": "Đơn vị này còn ghi thiếu một vế ở {count} tỷ lệ khác, cũng không được tính vào các tỷ lệ đó.",
    "merge.warn.ratioPartialInRegister":
      '{count} đơn vị trong tệp này ghi thiếu một vế của tỷ lệ nên không được tính vào tỷ lệ đó, ví dụ {name} ({code}): {figure}, để trống {blank}. Xem cột cảnh báo ở trang "{register}".',
    "merge.register.ratioPartial": "{figure}: để trống {blank}, không tính vào tỷ lệ tổng hợp",
  },
  en: {
    "merge.warn.ratioPartial":
      "{name} ({code}): {figure} — the unit left {blank} blank, so it is left out of both the numerator and the denominator of the consolidated ratio (the ratio counts only the units that reported every term).",
    "merge.warn.ratioPartialMore": "This unit also left one side blank in {count} other ratios, and is left out of those too.",
    "merge.warn.ratioPartialInRegister":
      '{count} units in this file left one side of a ratio blank and are left out of that ratio, for example {name} ({code}): {figure}, {blank} blank. See the warnings column of the "{register}" sheet.',
    "merge.register.ratioPartial": "{figure}: {blank} left blank, not counted in the consolidated ratio",
  },
} as const;
