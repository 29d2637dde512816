/** Strings of the merge command about what it may write and what it merges by (issue 19): --force, the exit codes, the measure. */
export const mergeMeasureCli = {
  vi: {
    "merge.cli.option.force": "ghi đè tệp --out đã có (không bao giờ ghi đè một tệp đầu vào)",
    "merge.cli.exitCodes":
      "Mã thoát: 0 đã ghi bản tổng hợp (kể cả khi có tệp bị từ chối); 1 không ghi được bản tổng hợp ở bước cuối (tệp cũ vẫn nguyên);\n  2 sai dòng lệnh, không có gì để tổng hợp, hoặc các tệp không cùng một định nghĩa và kỳ báo cáo;\n  3 từ chối tệp ghi ra trước khi đọc tệp nào (đã có mà không có --force, trùng một tệp đầu vào, đang có lần ghi khác, thư mục không có hoặc không ghi được).",
  },
  en: {
    "merge.cli.option.force": "overwrite an existing --out file (never one of the input files)",
    "merge.cli.exitCodes":
      "Exit codes: 0 the consolidated workbook was written (even with rejected files); 1 it could not be written at the end (the old file is intact);\n  2 wrong command line, nothing to merge, or the files do not share one definition and campaign;\n  3 the output was refused before any file was read (exists without --force, is an input, another run is writing it, its folder is missing or read-only).",
  },
} as const;
