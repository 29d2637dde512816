/** A roster as it arrives (issue 19): its encoding, its size, and the lines refused or doubted, each by line. */
export const rosterInput = {
  vi: {
    "merge.roster.encoding":
      'Không đọc được bảng mã của tệp danh sách (không phải UTF-8, UTF-16 có BOM hay Windows-1258). Hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc .xlsx.',
    "merge.roster.tooMany":
      "Danh sách đơn vị có {count} dòng, quá giới hạn {limit} dòng: không dùng. Hãy tách danh sách theo cấp hoặc theo địa bàn.",
    "merge.roster.duplicateOf": "Danh sách đơn vị, dòng {line}: mã {code} trùng với dòng {first}, bỏ qua dòng này.",
    "merge.roster.confusable":
      'Danh sách đơn vị, dòng {line}: mã "{code}" lẫn chữ Kirin hoặc Hy Lạp trông giống chữ Latinh ({letters}); không dùng dòng này, hãy gõ lại mã.',
  },
  en: {
    "merge.roster.encoding":
      'The roster file\'s encoding cannot be read (not UTF-8, UTF-16 with a BOM nor Windows-1258). Open it in Excel and save it as "CSV UTF-8 (Comma delimited)" or .xlsx.',
    "merge.roster.tooMany": "The roster has {count} lines, over the limit of {limit}: not used. Split it by level or by area.",
    "merge.roster.duplicateOf": "Roster line {line}: code {code} repeats line {first}; this line is skipped.",
    "merge.roster.confusable":
      'Roster line {line}: the code "{code}" mixes Cyrillic or Greek letters that look Latin ({letters}); the line is not used, type the code again.',
  },
} as const;
