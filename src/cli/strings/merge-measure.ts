/** Strings of the merge command about what it may write and what it merges by (issue 19): --force, the exit codes, the measure. */
export const mergeMeasureCli = {
  vi: {
    "merge.cli.option.force": "ghi đè tệp --out đã có (không bao giờ ghi đè một tệp đầu vào)",
    "merge.cli.exitCodes":
      "Mã thoát: 0 đã ghi bản tổng hợp (kể cả khi có tệp bị từ chối); 1 không ghi được bản tổng hợp ở bước cuối (tệp cũ vẫn nguyên);\n  2 sai dòng lệnh (kể cả mã/tên đơn vị tổng hợp không hợp lệ), không có gì để tổng hợp, hoặc các tệp không cùng một định nghĩa và kỳ báo cáo;\n  3 từ chối tệp ghi ra trước khi đọc tệp nào (đã có mà không có --force, trùng một tệp đầu vào, đang có lần ghi khác, thư mục không có hoặc không ghi được).",
    "merge.cli.option.campaignFile":
      "kỳ sơ kết/tổng kết riêng (tệp JSON như của template --campaign-file): tệp nào mang kỳ khác nội dung bị từ chối",
    "merge.cli.option.measure": "chọn một trong các loại định nghĩa + kỳ báo cáo được liệt kê khi các tệp không thống nhất (mã 12 ký tự)",
    "merge.cli.measure": 'Tổng hợp theo: biểu mẫu {form} · kỳ "{campaign}" ({campaignId}) · mã {id}{how}',
    "merge.cli.measure.chosen": " — do người tổng hợp chọn.",
    "merge.cli.measure.agreed": " — mọi tệp đọc được cùng mang.",
    "merge.cli.measuresHeading": "Các loại định nghĩa + kỳ báo cáo có trong các tệp (nhiều tệp nhất trước):",
    "merge.cli.measureGroup":
      '  {count} tệp · biểu mẫu {form} · kỳ "{campaign}" ({campaignId}){custom} · mã {id}\n      chọn: {pick}\n      tệp: {files}',
    "merge.cli.measureCustom": ", kỳ riêng: biểu {tables}; hạn nộp {deadlines}",
    "merge.cli.badUnit": "Mã hoặc tên đơn vị tổng hợp (--unit-code, --unit-name) không dùng được; chưa đọc, chưa ghi gì:",
    "merge.cli.skipped": "Bỏ qua {count} tệp ẩn, tệp khoá của Excel (~$) hoặc không phải tệp thường: {files}",
  },
  en: {
    "merge.cli.option.force": "overwrite an existing --out file (never one of the input files)",
    "merge.cli.exitCodes":
      "Exit codes: 0 the consolidated workbook was written (even with rejected files); 1 it could not be written at the end (the old file is intact);\n  2 wrong command line (an invalid merging unit code or name included), nothing to merge, or the files do not share one definition and campaign;\n  3 the output was refused before any file was read (exists without --force, is an input, another run is writing it, its folder is missing or read-only).",
    "merge.cli.option.campaignFile":
      "a review campaign of your own (the JSON file of template --campaign-file): files carrying another spec of it are rejected",
    "merge.cli.option.measure": "pick one of the definition + campaign measures listed when the files disagree (its 12-character id)",
    "merge.cli.measure": 'Merged by: form {form} · campaign "{campaign}" ({campaignId}) · id {id}{how}',
    "merge.cli.measure.chosen": " — chosen by the officer.",
    "merge.cli.measure.agreed": " — carried by every readable file.",
    "merge.cli.measuresHeading": "The definition + campaign measures the files carry (most files first):",
    "merge.cli.measureGroup":
      '  {count} files · form {form} · campaign "{campaign}" ({campaignId}){custom} · id {id}\n      pick: {pick}\n      files: {files}',
    "merge.cli.measureCustom": ", own campaign: tables {tables}; deadlines {deadlines}",
    "merge.cli.badUnit": "The merging unit's code or name (--unit-code, --unit-name) cannot be used; nothing was read or written:",
    "merge.cli.skipped": "Skipped {count} hidden files, Excel lock files (~$) or non-regular files: {files}",
  },
} as const;
