/** Strings of the merge and demo commands: usage, the printed summary and report. */
export const mergeCli = {
  vi: {
    // The merge command.
    "merge.cli.description": "tổng hợp các tệp báo cáo (tệp hoặc thư mục) thành một bản tổng hợp",
    "merge.cli.usage":
      "Cách dùng: union-report merge TỆP|THƯ_MỤC... [--campaign MÃ_KỲ | --campaign-file KY.json | --measure MÃ] [--forms DINH-NGHIA.xlsx] --out TỆP.xlsx [--force] [--roster TỆP] [--unit-code MÃ --unit-name TÊN --level CẤP] [--accept-errors] [--json]",
    "merge.cli.option.campaign": "kỳ báo cáo (vd. tk-3105-2026); bỏ trống: chỉ tổng hợp khi mọi tệp cùng một định nghĩa và kỳ báo cáo",
    "merge.cli.option.out": "tệp .xlsx tổng hợp sẽ ghi ra",
    "merge.cli.option.roster": "danh sách đơn vị trực thuộc (.csv hoặc .xlsx; cột Mã đơn vị, Tên đơn vị, Cấp)",
    "merge.cli.option.unit": "mã, tên và cấp (cdcs, huyen, tinh, tw) của đơn vị tổng hợp",
    "merge.cli.option.acceptErrors": "nhận cả tệp có lỗi quy tắc (số trong đó lớn hơn tổng, ...), kèm cảnh báo",
    "merge.cli.option.json": "in kết quả dạng JSON",
    "merge.cli.noFiles": "Chưa có tệp nào để tổng hợp.",
    "merge.cli.noOut": "Thiếu --out TỆP.xlsx: nơi ghi bản tổng hợp.",
    "merge.cli.badLevel":
      'Cấp "{value}" không hợp lệ; dùng cdcs; huyen (cũng nhận xa, phuong, dac-khu, cong-doan-xa, "công đoàn xã", "công đoàn phường", "công đoàn đặc khu"); tinh hoặc tw.',
    "merge.cli.missingPath": "Không tìm thấy tệp hoặc thư mục: {path}",
    "merge.cli.written": "Đã ghi bản tổng hợp: {file}",
    "merge.cli.unitWarnings": '{count} đơn vị có cảnh báo; từng đơn vị ghi ở cột "Cảnh báo" của trang "{sheet}" trong tệp tổng hợp.',
    "merge.cli.summary":
      "Tệp: {files} (được nhận, không có cảnh báo {accepted} · được nhận, có cảnh báo {warnings} · bị từ chối {rejected}) · đơn vị được cộng {units} · trùng {duplicates} · cộng trùng đã loại {doubleCounted}",
    "merge.cli.rosterSummary":
      "Danh sách: phải nộp {expected} · đã nộp {submitted} · nộp muộn {late} · chưa nộp {missing} · chưa rõ {unclear} · ngoài danh sách {unexpected}",
    "merge.cli.filesHeading": "Các tệp:",
    "merge.cli.rosterHeading": "Danh sách đơn vị:",
    "merge.cli.defaultUnitName": "Đơn vị tổng hợp",
    "merge.demo.description":
      "chạy thử: tạo biểu mẫu cho một công đoàn xã mẫu (cấp trên trực tiếp cơ sở, năm 2026), điền số liệu mẫu, tổng hợp và in kết quả",
    "merge.demo.usage": "Cách dùng: union-report demo [--out THƯ_MỤC] [--json]",
    "merge.demo.intro": "Dữ liệu mẫu: {unit}, {count} CĐCS trực thuộc; tệp mẫu ghi ở {dir}",
    "merge.demo.scenario":
      "Kịch bản: {count} tệp — 1 đơn vị chưa nộp, 1 đơn vị nộp hai lần, 1 đơn vị nộp muộn, 1 tệp có lỗi số liệu, 1 tệp không phải Excel.",
  },
  en: {
    "merge.cli.description": "consolidate report files (files or folders) into one consolidated workbook",
    "merge.cli.usage":
      "Usage: union-report merge FILE|DIR... [--campaign ID | --campaign-file CAMPAIGN.json | --measure ID] [--forms DEFINITION.xlsx] --out FILE.xlsx [--force] [--roster FILE] [--unit-code CODE --unit-name NAME --level LEVEL] [--accept-errors] [--json]",
    "merge.cli.option.campaign":
      "campaign (e.g. tk-3105-2026); if omitted: merged only when every file carries the same definition and campaign",
    "merge.cli.option.out": "the consolidated .xlsx to write",
    "merge.cli.option.roster": "roster of expected units (.csv or .xlsx; columns Mã đơn vị, Tên đơn vị, Cấp)",
    "merge.cli.option.unit": "code, name and level (cdcs, huyen, tinh, tw) of the consolidating unit",
    "merge.cli.option.acceptErrors": "also accept files with rule errors (a part greater than its whole, ...), with a warning",
    "merge.cli.option.json": "print the result as JSON",
    "merge.cli.noFiles": "No file to consolidate.",
    "merge.cli.noOut": "Missing --out FILE.xlsx: where to write the consolidated workbook.",
    "merge.cli.badLevel":
      'Level "{value}" is not valid; use cdcs; huyen (also xa, phuong, dac-khu, cong-doan-xa, "công đoàn xã", "công đoàn phường", "công đoàn đặc khu"); tinh or tw.',
    "merge.cli.missingPath": "File or folder not found: {path}",
    "merge.cli.written": "Consolidated workbook written: {file}",
    "merge.cli.unitWarnings":
      '{count} units have warnings; each unit\'s are in the "Cảnh báo" (warnings) column of the "{sheet}" sheet of the consolidated workbook.',
    "merge.cli.summary":
      "Files: {files} (accepted without warnings {accepted} · accepted with warnings {warnings} · rejected {rejected}) · units counted {units} · duplicates {duplicates} · double counting removed {doubleCounted}",
    "merge.cli.rosterSummary":
      "Roster: expected {expected} · submitted {submitted} · late {late} · missing {missing} · unclear {unclear} · not on the roster {unexpected}",
    "merge.cli.filesHeading": "Files:",
    "merge.cli.rosterHeading": "Units on the roster:",
    "merge.cli.defaultUnitName": "Consolidating unit",
    "merge.demo.description":
      "try it out: make templates for a sample commune union (the upper level directly above the grassroots unions, 2026), fill them with sample figures, consolidate and print the result",
    "merge.demo.usage": "Usage: union-report demo [--out DIR] [--json]",
    "merge.demo.intro": "Sample data: {unit}, {count} grassroots unions; sample files written to {dir}",
    "merge.demo.scenario":
      "Scenario: {count} files — 1 unit missing, 1 unit sent twice, 1 unit late, 1 file with figure errors, 1 file that is not Excel.",
  },
} as const;
