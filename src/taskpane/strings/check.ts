/** Strings of the Kiểm tra view: the run, the summary and the list of issues. */
export const checkView = {
  vi: {
    "check.summary.errors": "Lỗi",
    "check.summary.warnings": "Cảnh báo",
    "check.summary.explained": "Đã giải thích",
    "check.summary.blanks": "Để trống",
    "check.view.run": "Kiểm tra bảng tính này",
    "check.view.open": "Mở tệp .xlsx để kiểm tra",
    "check.view.running": "Đang kiểm tra…",
    "check.view.highlight": "Tô màu ô có lỗi",
    "check.view.clearHighlight": "Bỏ tô màu",
    "check.view.noIssues": "Không có lỗi hay cảnh báo nào.",
    "check.view.unfilled": "Chưa nhập số liệu: mọi ô số liệu đều để trống. Hãy nhập số liệu rồi kiểm tra lại.",
    "check.view.fileLabel": "Tệp: {file}",
    "check.view.cellRef": "Ô {ref}",
    "check.view.goTo": "Đến ô {ref}",
    "check.view.failed": "Không kiểm tra được: {reason}",
    "check.view.autoRecheck": "Tự kiểm tra lại khi số liệu thay đổi.",
    "check.view.highlightLocked":
      "Không tô màu được ô trên trang tính {sheets}: trang tính đang được bảo vệ (có thể bằng mật khẩu) và không cho định dạng ô. Phần bổ trợ không tự bỏ bảo vệ nên trang tính đó không bị thay đổi gì; bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại.",
    "check.view.highlightFailed": "Excel không thực hiện được việc tô màu. Số liệu không bị thay đổi; hãy thử lại.",
    "check.view.settingsNotSaved":
      'Excel không lưu được danh sách ô đã tô màu vào sổ tính. Hãy bấm "Bỏ tô màu" trước khi đóng ngăn tác vụ, nếu không sẽ phải bỏ màu bằng tay.',
  },
  en: {
    "check.summary.errors": "Errors",
    "check.summary.warnings": "Warnings",
    "check.summary.explained": "Explained",
    "check.summary.blanks": "Blank",
    "check.view.run": "Check this workbook",
    "check.view.open": "Open an .xlsx file to check",
    "check.view.running": "Checking…",
    "check.view.highlight": "Highlight problem cells",
    "check.view.clearHighlight": "Remove highlights",
    "check.view.noIssues": "No errors or warnings.",
    "check.view.unfilled": "No figures entered yet: every figure cell is blank. Enter the figures, then check again.",
    "check.view.fileLabel": "File: {file}",
    "check.view.cellRef": "Cell {ref}",
    "check.view.goTo": "Go to cell {ref}",
    "check.view.failed": "Could not check: {reason}",
    "check.view.autoRecheck": "Checks again when figures change.",
    "check.view.highlightLocked":
      "Could not highlight cells on sheet {sheets}: it is protected (perhaps with a password) and does not allow formatting cells. The add-in never unprotects a sheet itself, so nothing on it was changed; unprotect it (Review → Unprotect Sheet) and try again.",
    "check.view.highlightFailed": "Excel could not change the highlights. No figure was changed; try again.",
    "check.view.settingsNotSaved":
      'Excel could not save the list of highlighted cells in the workbook. Click "Remove highlights" before closing the task pane, or the fills will have to be removed by hand.',
  },
} as const;
