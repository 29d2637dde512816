/**
 * The real world: a template made by our writer, filled (figures, notes and planted problems), then
 * opened and saved by LibreOffice, read by the fast reader and checked. It must be checked exactly
 * as the file our writer saved: same issues, same messages, same cells.
 */
import { checkWorkbook, type CheckIssue } from "../../src/domain/check";
import { cellName } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import { readWorkbook } from "../../src/workbook/file/reader";
import { describeWithLibreOffice, resaveWithLibreOffice } from "../support/libreoffice";
import { filledTemplate, UNIT } from "./files";
import { catalog, PERIODIC, REVIEW } from "./helpers";
import { render } from "../../src/domain/i18n/message";

function check(bytes: Uint8Array): CheckIssue[] {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(render("en", read.error));
  return checkWorkbook(catalog, read.value.workbook).issues;
}

const comparable = (issues: readonly CheckIssue[]) =>
  issues.map((i) => ({ id: i.id, severity: i.severity, cells: i.cells, values: i.values, message: i.message, explained: i.explained }));

describeWithLibreOffice("a filled template saved by LibreOffice", () => {
  it("is checked the same way as the one saved by our writer (periodic, planted problems)", async () => {
    const figures = new Map<FigureKey, number>([
      ["LD_TONG@value", 1500],
      ["LD_NU@value", 1300],
      ["DV_TONG@value", 1100],
      ["DV_NU@value", 1250], // part > whole: the issue's example
      ["HN_SO@value", 12],
      ["CS_TONG@value", 10],
      ["CS_HCSN@value", 4],
      ["CS_DNNN@value", 6],
      ["SK_GIATRI@value", 0.1],
      ["NTM_TIEN@value", 1234.567],
    ]);
    const planted = new Map<string, string | number>([
      [cellName("DV_DTTS", "value"), "1.250"], // a number typed as text
      [cellName("CB_TONG", "value"), -3],
      [cellName("CB_NU", "value"), 2.5],
      [cellName("MA_TIEN", "value"), 1.2345],
    ]);
    const notes = new Map([["HN_SO", "Có đơn vị tổ chức hai hội nghị"]]);
    // An upper level's form: CS_TONG is on it (a CĐCS's form has no count of CĐCS).
    const ours = await filledTemplate(PERIODIC, figures, { notes, planted, unit: { ...UNIT, level: "huyen" } });
    const theirs = await resaveWithLibreOffice(ours);

    const expected = check(ours);
    expect(render("vi", expected.find((i) => i.id === "PART_DV_NU_LE_DV_TONG@value")!.message)).toBe(
      "Số đoàn viên nữ (1.250) lớn hơn tổng số đoàn viên (1.100)",
    );
    expect(expected.find((i) => i.id === "HN_SO_LE_CS_TONG@value")!.explained).toBe(true);
    expect(
      expected
        .filter((i) => i.category === "type" && i.severity === "error")
        .map((i) => i.id)
        .sort(),
    ).toEqual(["type:CB_NU@value", "type:CB_TONG@value", "type:DV_DTTS@value", "type:MA_TIEN@value"]);
    expect(expected.filter((i) => i.category === "identification" || i.category === "template")).toEqual([]);

    expect(comparable(check(theirs))).toEqual(comparable(expected));
  });

  it("is checked the same way in a review campaign (stock and flow, bands)", async () => {
    const figures = new Map<FigureKey, number>([
      ["DV_TONG@base", 1000],
      ["DV_TONG@end", 1200],
      ["DV_MOI@cumulative", 100],
      ["DV_GIAM@cumulative", 50],
      ["LD_TONG@base", 1200],
      ["LD_TONG@end", 5000],
    ]);
    const ours = await filledTemplate(REVIEW, figures);
    const expected = check(ours);
    expect(expected.map((i) => i.id)).toEqual(
      expect.arrayContaining(["DV_TONG_STOCK_FLOW@end", "LD_TONG_CHANGE_BAND@end", "DV_DENSITY_BAND@end"]),
    );
    expect(comparable(check(await resaveWithLibreOffice(ours)))).toEqual(comparable(expected));
  });

  it("takes a formula's value once LibreOffice has computed it (ours has none cached)", async () => {
    const planted = new Map([[cellName("DV_TONG", "value"), { formula: "1000+100" }]]);
    const ours = await filledTemplate(PERIODIC, new Map<FigureKey, number>([["DV_NU@value", 1250]]), { planted });
    const before = check(ours);
    expect(render("vi", before.find((i) => i.id === "type:DV_TONG@value")!.message)).toContain("công thức chưa có giá trị");
    expect(before.some((i) => i.id === "PART_DV_NU_LE_DV_TONG@value")).toBe(false);
    const after = check(await resaveWithLibreOffice(ours));
    expect(after.find((i) => i.id === "formula:DV_TONG@value")!.severity).toBe("warning");
    expect(render("vi", after.find((i) => i.id === "PART_DV_NU_LE_DV_TONG@value")!.message)).toBe(
      "Số đoàn viên nữ (1.250) lớn hơn tổng số đoàn viên (1.100)",
    );
  });
});
