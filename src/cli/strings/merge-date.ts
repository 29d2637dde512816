/** Strings of issue 20's command options: `merge --date` (the consolidated workbook's Ngày lập) and the campaigns' other dates. */
export const mergeDateCli = {
  vi: {
    "mdate.option": "Ngày lập của sổ tổng hợp (ngày/tháng/năm hoặc năm-tháng-ngày); mặc định hôm nay",
    "mdate.bad": 'Ngày lập "{value}" không hợp lệ; ghi theo ngày/tháng/năm, ví dụ 20/6/2026.',
    "mdate.campaign.reportsTo": "{level} trực thuộc {parent}: hạn gửi {date}",
    "mdate.campaign.finish": "{level}: hạn hoàn thành {date} (không phải hạn gửi báo cáo)",
  },
  en: {
    "mdate.option": "Date prepared of the consolidated workbook (day/month/year or year-month-day); default today",
    "mdate.bad": 'Date "{value}" is not valid; write it as day/month/year, e.g. 20/6/2026.',
    "mdate.campaign.reportsTo": "{level} directly under {parent}: deadline {date}",
    "mdate.campaign.finish": "{level}: finish by {date} (not the report deadline)",
  },
} as const;
