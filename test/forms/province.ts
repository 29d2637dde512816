/** Test fixture: a province's own definition, as an officer makes it from the exported shipped one. */
import { addRow, rowsOf, shippedCopy } from "./definition-edit";

/** A province's definition: the shipped tables, one more table, and its own campaign instead of the shipped ones. */
export function provinceDefinition() {
  const sheets = shippedCopy();
  rowsOf(sheets, "settings")[1]![0] = "ldld-dien-bien";
  rowsOf(sheets, "settings")[1]![2] = "Biểu mẫu của LĐLĐ tỉnh Điện Biên";
  rowsOf(sheets, "settings")[1]![1] = 1;
  addRow(sheets, "tables", { table_id: "B05", number: "05", sheet_name: "Biểu 05", title_vi: "Tiền lương, việc làm" });
  addRow(sheets, "indicators", {
    table_id: "B05",
    tt: "1",
    code: "DB_VL_THIEU",
    label_vi: "Số lao động thiếu việc làm",
    unit_vi: "người",
    type: "whole",
    kind: "stock",
  });
  addRow(sheets, "indicators", {
    table_id: "B05",
    tt: "-",
    code: "DB_VL_THIEU_NU",
    label_vi: "Trong đó: nữ",
    name_vi: "Số lao động nữ thiếu việc làm",
    unit_vi: "người",
    type: "whole",
    kind: "stock",
    parent: "DB_VL_THIEU",
  });
  addRow(sheets, "indicators", {
    table_id: "B05",
    tt: "2",
    code: "DB_TL_BQ",
    label_vi: "Tiền lương bình quân tháng của 1 người lao động",
    unit_vi: "đồng",
    type: "decimal",
    money_unit: "dong",
    kind: "stock",
    aggregation: "weighted_average",
    weight: "DB_TL_NGUOI",
  });
  addRow(sheets, "indicators", {
    table_id: "B05",
    tt: "+",
    code: "DB_TL_NGUOI",
    label_vi: "Số người được tính",
    unit_vi: "người",
    type: "whole",
    kind: "stock",
  });
  const campaigns = rowsOf(sheets, "campaigns");
  campaigns.splice(1);
  addRow(sheets, "campaigns", {
    campaign_id: "db-3105",
    kind: "periodic",
    title_vi: "Báo cáo 6 tháng LĐLĐ Điện Biên {year}",
    as_of: "31/5",
  });
  rowsOf(sheets, "campaign_levels").splice(1);
  addRow(sheets, "campaign_levels", { campaign_id: "db-3105", level: "cdcs", deadline: "10/6", tables: "LD, B01, B05" });
  addRow(sheets, "campaign_levels", { campaign_id: "db-3105", level: "huyen", deadline: "20/6", tables: "LD, B01, B05" });
  return sheets;
}
