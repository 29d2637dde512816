/**
 * A typed form's section headings (I, II) in the templates made from its definition: printed above their
 * rows as typed, so TT "1, 2, 3" under each heading reads as it did on paper, and the form's title printed
 * once. The cells of the rows still sit where the index says, under the headings.
 */
import { definitionFromSheets } from "../../src/domain/definition/definition-catalog";
import { cellName, noteName } from "../../src/domain/definition";
import { resolveCampaign } from "../../src/domain/definition/campaign";
import { proposeDefinition } from "../../src/domain/forms/import";
import { buildTemplate } from "../../src/domain/layout/template";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import type { SheetPlan } from "../../src/domain/layout/plan";
import { readTypedForm } from "../../src/workbook/file/forms/read-typed-form";
import { decideEveryTodo, type EditableDefinition } from "./officer";
import { ANNUAL_REPORT } from "./typed-forms";
import { typedXlsx } from "./typed-xlsx";

/** The officer's decisions on the imported annual report. */
async function decidedAnnualReport(): Promise<EditableDefinition> {
  const read = await readTypedForm(await typedXlsx([ANNUAL_REPORT]));
  if (!read.ok) throw new Error(read.error.code);
  return decideEveryTodo(proposeDefinition(read.value.sheets).sheets);
}

const shown = (sheet: SheetPlan, ref: string): unknown => sheet.cells.find((cell) => cell.ref === ref)?.value;

describe("section headings in the templates of an imported form", () => {
  let table: SheetPlan;
  let names: Map<string, string>;
  beforeAll(async () => {
    const built = definitionFromSheets(await decidedAnnualReport());
    if (!built.definition) throw new Error(JSON.stringify(built.problems));
    const campaign = resolveCampaign(built.definition.campaignDefs, "bao-cao-ket-qua-hoat-dong-cong-doan-2027");
    if (!campaign.ok) throw new Error("campaign");
    const template = buildTemplate({ catalog: built.definition, campaign: campaign.value, unit: { level: "cdcs" } });
    table = template.plan.sheets.find((sheet) => sheet.role === "table")!;
    names = new Map(template.plan.names.map((name) => [name.name, name.ref]));
  });

  it("prints I and II above their rows, with the TT each row had under its heading", () => {
    const column = (col: string) => Array.from({ length: 10 }, (_, i) => [shown(table, `${col}${10 + i}`) ?? null]).flat();
    expect(column("A")).toEqual(["I", "1", "2", "3", "II", "1", "2", "3", "4", "5"]);
    expect(column("B")).toEqual([
      "Tổ chức công đoàn",
      "Số công đoàn cơ sở",
      "Tổng số đoàn viên công đoàn",
      "Số đoàn viên kết nạp mới trong năm",
      "Chăm lo đời sống",
      "Số lượt đoàn viên được tính hỗ trợ",
      "Mức hỗ trợ bình quân một lượt",
      "Tổng số tiền hỗ trợ",
      "Họ tên người lập biểu",
      "Số điện thoại liên hệ",
    ]);
    // A heading has no input cell: its value column is locked and empty.
    const headingValue = table.cells.find((cell) => cell.ref === "D14");
    expect(headingValue?.locked).not.toBe(false);
    expect(headingValue?.value).toBeUndefined();
  });

  it("keeps every figure's defined name on its own row, under the headings", () => {
    expect(names.get(cellName("CONG_DOAN_CO_SO", "value"))).toBe("D11");
    expect(names.get(cellName("TONG_TIEN_HO_TRO", "value"))).toBe("D17");
    expect(names.get(noteName("DIEN_THOAI_LIEN_HE"))).toBe("E19");
  });

  it("prints the form's title once: the campaign line is not the title again", () => {
    const texts = table.cells.filter((cell) => typeof cell.value === "string").map((cell) => String(cell.value).toLocaleUpperCase("vi"));
    expect(texts.filter((text) => text.startsWith("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN"))).toEqual([
      "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2027",
    ]);
  });

  it("warns, in the definition, of a heading with no row below it", async () => {
    const sheets = await decidedAnnualReport();
    const indicators = sheets.sheets.find((s) => s.name === "indicators")!;
    const header = indicators.rows[0];
    indicators.rows.push(
      header.map((key) =>
        key === "table_id" ? "B01" : key === "tt" ? "III" : key === "label_vi" ? "Kiến nghị" : key === "type" ? "section" : null,
      ),
    );
    const load = loadDefinition(sheets);
    expect(load.problems.filter((p) => p.code === "forms.indicator.section").map((p) => p.params)).toEqual([{ label: "Kiến nghị" }]);
    expect(load.definition).not.toBeNull();
  });
});
