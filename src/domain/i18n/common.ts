/** Strings shared by every view and the CLI. */
export const common = {
  vi: {
    "app.name": "Báo cáo Công đoàn",
    "app.tagline": "Biểu mẫu, kiểm tra và tổng hợp số liệu báo cáo công đoàn",
    // A text made elsewhere in both languages (a rule's own message from the definition, a library's words).
    "common.text": "{text}",
  },
  en: {
    "app.name": "Trade Union Reports",
    "app.tagline": "Templates, checks and consolidation of trade-union report figures",
    "common.text": "{text}",
  },
} as const;
