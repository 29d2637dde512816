/** Strings of merge's officer-loop options: --feedback, --previous, --parent. */
export const loopCli = {
  vi: {
    "loop.cli.option.feedback": "thư mục ghi tệp trả lại từng đơn vị (kèm ý kiến) và danh sách đôn đốc",
    "loop.cli.option.previous": "bản tổng hợp kỳ trước (.xlsx) để so sánh",
    "loop.cli.option.parent": "tên công đoàn cấp trên ghi trên bản tổng hợp",
    "loop.cli.feedbackInsideInput":
      'Thư mục --feedback "{dir}" nằm trong thư mục tệp nộp "{input}": tệp trả lại sẽ bị đọc như tệp nộp ở lần tổng hợp sau. Hãy chọn thư mục khác.',
    "loop.cli.exists": 'Không ghi đè tệp đã có: "{file}" (xoá hoặc chọn thư mục khác).',
    "loop.cli.written": 'Đã ghi {returned} tệp trả lại đơn vị và danh sách đôn đốc ({lines} dòng) vào "{dir}".',
    "loop.cli.notReturned": 'Không trả lại được tệp "{file}": tệp không mở được để ghi ý kiến (đơn vị có trong danh sách đôn đốc).',
    "loop.cli.summaryHeading": "Tóm tắt để đưa vào báo cáo:",
  },
  en: {
    "loop.cli.option.feedback": "folder for each unit's returned file (with comments) and the chase list",
    "loop.cli.option.previous": "the previous period's consolidated workbook (.xlsx) to compare with",
    "loop.cli.option.parent": "the upper-level union's name written on the consolidated workbook",
    "loop.cli.feedbackInsideInput":
      'The --feedback folder "{dir}" is inside the input folder "{input}": the next merge would read the returned files as submissions. Choose another folder.',
    "loop.cli.exists": 'Not overwriting an existing file: "{file}" (delete it or choose another folder).',
    "loop.cli.written": 'Wrote {returned} returned files and the chase list ({lines} lines) to "{dir}".',
    "loop.cli.notReturned": 'Could not return "{file}": the file cannot be opened to add comments (the unit is on the chase list).',
    "loop.cli.summaryHeading": "Summary for the report:",
  },
} as const;
