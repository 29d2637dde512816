/** Strings shared by every view and the CLI. */
export const common = {
  vi: {
    "app.name": "Báo cáo Công đoàn",
    "app.tagline": "Biểu mẫu, kiểm tra và tổng hợp số liệu báo cáo công đoàn",
  },
  en: {
    "app.name": "Trade Union Reports",
    "app.tagline": "Templates, checks and consolidation of trade-union report figures",
  },
} as const;
