/** The merge's measure (definition + campaign, one identity): the reasons and outcomes about it (issue 19). */
export const mergeMeasure = {
  vi: {
    "merge.reject.campaignAltered":
      "Tệp ghi kỳ báo cáo {id} nhưng nội dung kỳ trong tệp (biểu, hạn nộp, tiêu đề) khác với kỳ đang tổng hợp (thước đo {theirs}, không phải {ours}): tệp đã bị sửa hoặc làm từ một bản kỳ khác; không dùng.",
    "merge.reject.otherMeasure":
      "Tệp làm theo định nghĩa biểu mẫu {theirs}, không phải {ours} đang tổng hợp cho kỳ {id}, và định nghĩa này không khai báo nó là phiên bản trước.",
    "merge.outcome.measuresDisagree":
      "Các tệp không cùng một định nghĩa biểu mẫu và kỳ báo cáo ({count} loại khác nhau): chưa tổng hợp, chưa ghi gì. Hãy chọn một trong các loại dưới đây.",
    "merge.outcome.measureNotFound": 'Không tệp nào mang thước đo "{id}" (hoặc mã này trùng nhiều loại): chọn một trong các loại dưới đây.',
    "merge.lead.rejected": "CHÚ Ý: {rejected}/{files} tệp bị từ chối — lý do chính: {reasons}. Chỉ các tệp được nhận mới được cộng.",
    "merge.lead.reason": "{count} tệp: {reason}",
    "merge.reject.undeclaredVersion":
      "Tệp làm theo {theirs}, một phiên bản trước của {ours} đang tổng hợp, nhưng {ours} không khai báo phiên bản này (settings!previous_versions); không dùng.",
    "forms.settings.previousVersions":
      'previous_versions: "{value}" không phải mã băm SHA-256 (64 ký tự 0–9, a–f, như forms check in ra), hoặc quá {max} mã; ngăn cách các mã bằng dấu phẩy hoặc xuống dòng.',
    "merge.reject.ownOutput": "Bản tổng hợp của chính đơn vị này ({code}), bỏ qua: không cộng lại kết quả của lần tổng hợp trước.",
  },
  en: {
    "merge.reject.campaignAltered":
      "The file names the campaign {id} but the campaign it carries (tables, deadlines, title) differs from the one being consolidated (measure {theirs}, not {ours}): it was edited or made from another copy of the campaign; not used.",
    "merge.reject.otherMeasure":
      "The file was made from the form definition {theirs}, not {ours} being consolidated for the campaign {id}, and this definition does not declare it as an earlier version.",
    "merge.outcome.measuresDisagree":
      "The files do not share one form definition and campaign ({count} different ones): nothing was consolidated or written. Choose one of those below.",
    "merge.outcome.measureNotFound": 'No file carries the measure "{id}" (or it matches several): choose one of those below.',
    "merge.lead.rejected": "NOTE: {rejected}/{files} files were rejected — main reasons: {reasons}. Only the accepted files are counted.",
    "merge.lead.reason": "{count} files: {reason}",
    "merge.reject.undeclaredVersion":
      "The file was made from {theirs}, an earlier version of {ours} being consolidated, but {ours} does not declare that version (settings!previous_versions); not used.",
    "forms.settings.previousVersions":
      'previous_versions: "{value}" is not a SHA-256 hash (64 characters 0–9, a–f, as forms check prints it), or there are more than {max}; separate the hashes with commas or line breaks.',
    "merge.reject.ownOutput": "This unit's own consolidated workbook ({code}), skipped: an earlier merge's result is never added again.",
  },
} as const;
