/** Strings of `merge --date` (issue 20): the consolidated workbook's Ngày lập. */
export const mergeDateCli = {
  vi: {
    "mdate.option": "Ngày lập của sổ tổng hợp (ngày/tháng/năm hoặc năm-tháng-ngày); mặc định hôm nay",
    "mdate.bad": "Ngày lập \"{value}\" không hợp lệ; ghi theo ngày/tháng/năm, ví dụ 20/6/2026.",
  },
  en: {
    "mdate.option": "Date prepared of the consolidated workbook (day/month/year or year-month-day); default today",
    "mdate.bad": "Date \"{value}\" is not valid; write it as day/month/year, e.g. 20/6/2026.",
  },
} as const;
