/**
 * Strings of the definition's last guard (definition/catalog.ts): what a loaded definition breaks across its
 * sheets, said at the row it concerns (the sheet and the cell holding the row's id or code).
 */
export const definition = {
  vi: {
    "definition.field.invalid": "Giá trị ở cột {field} không hợp lệ.",
    "definition.part.missing": "Trang {sheet} cần ít nhất một dòng.",
    "definition.table.duplicate": "Mã biểu {id} bị trùng.",
    "definition.table.sheetName": "Tên trang {value} bị trùng.",
    "definition.indicator.duplicate": "Mã chỉ tiêu {code} bị trùng.",
    "definition.parent.unknown": "Chỉ tiêu cha {parent} của {code} không có trong biểu {table}.",
    "definition.parent.kind": "{code} và chỉ tiêu cha {parent} phải cùng loại (tồn/phát sinh).",
    "definition.compute.term": "Chỉ tiêu {code} tính từ mã {term}, mà mã này không phải chỉ tiêu nhập liệu.",
    "definition.rule.calc": "Quy tắc {id} trỏ tới số hạng không có.",
    "definition.rule.term": "Quy tắc {id} dùng mã {code}, mà mã này không phải chỉ tiêu nhập liệu.",
    "definition.rule.duplicate": "Mã quy tắc {id} bị trùng.",
    "definition.campaign.table": "Kỳ báo cáo {id} dùng biểu {table}, mà biểu này không có.",
    "definition.name.clash": "Chỉ tiêu {code} cho tên vùng {name}, trùng với một tên vùng khác.",
  },
  en: {
    "definition.field.invalid": "The value in column {field} is not valid.",
    "definition.part.missing": "Sheet {sheet} needs at least one row.",
    "definition.table.duplicate": "Table id {id} is used twice.",
    "definition.table.sheetName": "Sheet name {value} is used twice.",
    "definition.indicator.duplicate": "Indicator code {code} is used twice.",
    "definition.parent.unknown": "Parent {parent} of {code} is not in table {table}.",
    "definition.parent.kind": "{code} and its parent {parent} must be of the same kind (stock/flow).",
    "definition.compute.term": "Indicator {code} is computed from {term}, which is not an input indicator.",
    "definition.rule.calc": "Rule {id} points at a term that does not exist.",
    "definition.rule.term": "Rule {id} uses {code}, which is not an input indicator.",
    "definition.rule.duplicate": "Rule id {id} is used twice.",
    "definition.campaign.table": "Campaign {id} uses table {table}, which does not exist.",
    "definition.name.clash": "Indicator {code} gives the defined name {name}, which another cell already has.",
  },
} as const satisfies { vi: Record<string, string>; en: Record<string, string> };
