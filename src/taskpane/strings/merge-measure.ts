/** Strings of the measure shown and picked in the Tổng hợp view (issue 19): never "the first file". */
export const mergeMeasureView = {
  vi: {
    "measure.view.heading": "Tổng hợp theo định nghĩa biểu mẫu và kỳ báo cáo nào",
    "measure.view.surveying": "Đang xem các tệp mang định nghĩa biểu mẫu và kỳ báo cáo nào…",
    "measure.view.agreed":
      'Mọi tệp đọc được ({count}) cùng mang: biểu mẫu {form} · kỳ "{campaign}" ({campaignId}). Lần tổng hợp sẽ theo đúng thước đo này.',
    "measure.view.disagree":
      "Các tệp không cùng một định nghĩa biểu mẫu và kỳ báo cáo. Chọn một loại để tổng hợp (tệp của các loại khác sẽ bị từ chối, có lý do); chưa chọn thì chưa tổng hợp.",
    "measure.view.option": '{count} tệp · biểu mẫu {form} · kỳ "{campaign}" ({campaignId}){custom} · mã {id}',
    "measure.view.custom": " · kỳ riêng: biểu {tables}; hạn nộp {deadlines}",
    "measure.view.files": "Tệp: {files}",
    "measure.view.needPick": "Hãy chọn một loại định nghĩa biểu mẫu và kỳ báo cáo ở trên trước khi tổng hợp.",
    "measure.view.none": "Chưa tệp nào đọc được định nghĩa biểu mẫu và kỳ báo cáo; khi tổng hợp, từng tệp sẽ có lý do.",
    "measure.view.campaignChosen": "Kỳ báo cáo đã chọn ở trên: tệp mang kỳ khác sẽ bị từ chối.",
  },
  en: {
    "measure.view.heading": "Which form definition and campaign to merge by",
    "measure.view.surveying": "Looking at which form definition and campaign the files carry…",
    "measure.view.agreed":
      'Every readable file ({count}) carries: form {form} · campaign "{campaign}" ({campaignId}). The merge will use exactly this measure.',
    "measure.view.disagree":
      "The files do not share one form definition and campaign. Pick one to merge by (files of the others will be rejected, with the reason); nothing is merged until you pick.",
    "measure.view.option": '{count} files · form {form} · campaign "{campaign}" ({campaignId}){custom} · id {id}',
    "measure.view.custom": " · own campaign: tables {tables}; deadlines {deadlines}",
    "measure.view.files": "Files: {files}",
    "measure.view.needPick": "Pick one form definition and campaign above before merging.",
    "measure.view.none": "No file's form definition and campaign could be read yet; when merging, each file gets its reason.",
    "measure.view.campaignChosen": "Campaign chosen above: files of another campaign will be rejected.",
  },
} as const;
