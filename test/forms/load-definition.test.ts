/** The one loader: every mistake an officer can make in a definition workbook, named with its sheet and cell. */
import { loadCatalog, catalogOfDefinition, SHIPPED_DEFINITION } from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import { problemText } from "../../src/domain/definition/problems";
import { addRow, rowsOf, setCell, shippedCopy } from "./definition-edit";

const problemsOf = (sheets: ReturnType<typeof shippedCopy>) => loadDefinition(sheets).problems;

describe("the shipped definition", () => {
  it("loads without a problem and is what the catalog is built from", () => {
    const loaded = loadDefinition(SHIPPED_DEFINITION);
    expect(loaded.problems).toEqual([]);
    expect(loaded.definition?.tables.map((t) => t.id)).toEqual(loadCatalog().tables.map((t) => t.id));
    expect(loadCatalog().form.id).toBe(loaded.definition?.form.id);
  });

  it("has a hash that ignores how the workbook was laid out but changes with any code", () => {
    const base = loadCatalog().form.hash;
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const shuffled = shippedCopy();
    const indicators = rowsOf(shuffled, "indicators");
    for (const row of indicators) row.push(row.shift()!); // the first column moved to the end
    addRow(shuffled, "rules", {}); // a blank row
    const again = loadDefinition(shuffled);
    expect(again.problems).toEqual([]);
    const reparsed = catalogOfDefinition(again.definition!);
    expect(reparsed.ok && reparsed.value.form.hash).toBe(base);

    const changed = shippedCopy();
    setCell(changed, "indicators", "code", "DV_MOI", "label_vi", "Số đoàn viên mới kết nạp");
    const other = catalogOfDefinition(loadDefinition(changed).definition!);
    expect(other.ok && other.value.form.hash).not.toBe(base);
  });
});

describe("a definition with mistakes", () => {
  it("names a rule's unknown code with the cell and the character it starts at", () => {
    const sheets = shippedCopy();
    const line = setCell(sheets, "rules", "rule_id", "DV_NU_LE_LD_NU", "expression", "DV_NU <= LD_NUU");
    const problem = problemsOf(sheets).find((p) => p.code === "forms.rule.unknownCode");
    expect(problem).toMatchObject({ sheet: "rules", cell: `B${line}`, severity: "error", params: { code: "LD_NUU", column: 10 } });
    expect(problemText(problem!, "vi")).toBe(`rules!B${line}: mã LD_NUU (ký tự 10) không phải chỉ tiêu nhập liệu của định nghĩa`);
    expect(problemText(problem!, "en")).toContain("code LD_NUU (character 10) is not an input indicator");
    expect(loadDefinition(sheets).definition).toBeNull();
  });

  it("reports an expression that does not parse with the column of the error", () => {
    const sheets = shippedCopy();
    setCell(sheets, "rules", "rule_id", "XL_TONG_LE_CS_TONG", "expression", "XL_TONG <= (CS_TONG");
    const problem = problemsOf(sheets).find((p) => p.key === "forms.expr.end");
    expect(problem?.params.column).toBe(20);
    setCell(sheets, "rules", "rule_id", "XL_TONG_LE_CS_TONG", "expression", "XL_TONG <= CS_TONG; DROP");
    expect(problemsOf(sheets).find((p) => p.key === "forms.expr.badChar")?.params).toMatchObject({ found: ";", column: 19 });
  });

  it("finds a cycle of parents", () => {
    const sheets = shippedCopy();
    const line = setCell(sheets, "indicators", "code", "LD_TONG", "parent", "LD_NU");
    expect(problemsOf(sheets)).toContainEqual(
      expect.objectContaining({ code: "forms.parent.cycle", sheet: "indicators", cell: expect.stringMatching(new RegExp(`${line}$`)) }),
    );
  });

  it("finds a duplicate code, naming the row of the first", () => {
    const sheets = shippedCopy();
    const first = setCell(sheets, "indicators", "code", "DV_NU", "code", "DV_NU");
    setCell(sheets, "indicators", "code", "DV_DTTS", "code", "DV_NU");
    expect(problemsOf(sheets)).toContainEqual(
      expect.objectContaining({ code: "forms.indicator.duplicate", params: { value: "DV_NU", line: String(first) } }),
    );
  });

  it("names the first row of a repeated table, rule or campaign id, as for a code", () => {
    const sheets = shippedCopy();
    const rules = rowsOf(sheets, "rules");
    const ruleId = String(rules[1]![rules[0]!.indexOf("rule_id")]);
    setCell(sheets, "rules", "rule_id", rules[2]![rules[0]!.indexOf("rule_id")]!, "rule_id", ruleId);
    const tables = rowsOf(sheets, "tables");
    setCell(sheets, "tables", "table_id", "B02", "table_id", "B01");
    const campaigns = rowsOf(sheets, "campaigns");
    const campaignId = String(campaigns[1]![campaigns[0]!.indexOf("campaign_id")]);
    setCell(
      sheets,
      "campaigns",
      "campaign_id",
      campaigns[2]![campaigns[0]!.indexOf("campaign_id")]!,
      "campaign_id",
      campaignId.toUpperCase(),
    );
    const found = problemsOf(sheets);
    expect(found).toContainEqual(
      expect.objectContaining({ code: "forms.rule.duplicate", cell: "A3", params: { value: ruleId, line: "2" } }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        code: "forms.table.duplicate",
        params: { value: "B01", line: String(tables.findIndex((r) => r[0] === "B01") + 1) },
      }),
    );
    const campaign = found.find((p) => p.code === "forms.campaign.duplicate")!;
    expect(campaign.params).toEqual({ value: campaignId, line: "2" });
    expect(problemText(campaign, "vi")).toBe(`campaigns!${campaign.cell}: mã kỳ ${campaignId} bị trùng (đã có ở dòng 2)`);
  });

  it("refuses a ratio without denominator", () => {
    const sheets = shippedCopy();
    setCell(sheets, "indicators", "code", "DV_TYLE", "denominator", null);
    expect(problemsOf(sheets)).toContainEqual(expect.objectContaining({ code: "forms.ratio.missing", params: { side: "denominator" } }));
  });

  it("refuses a sheet name Excel refuses, and codes outside [A-Z0-9_]", () => {
    const sheets = shippedCopy();
    setCell(sheets, "tables", "table_id", "B01", "sheet_name", "Biểu 01: Đoàn viên");
    setCell(sheets, "tables", "table_id", "B02", "sheet_name", "History");
    setCell(sheets, "indicators", "code", "DV_MOI", "code", "DV_MỚI");
    setCell(sheets, "indicators", "code", "DV_GIAM", "code", `DV_${"X".repeat(40)}`);
    const codes = problemsOf(sheets).map((p) => p.key);
    expect(codes).toEqual(
      expect.arrayContaining(["forms.table.sheetName.chars", "forms.table.sheetName.reserved", "forms.indicator.code"]),
    );
    expect(codes.filter((c) => c === "forms.indicator.code")).toHaveLength(2);
  });

  it("warns about an unknown column, and still loads", () => {
    const sheets = shippedCopy();
    rowsOf(sheets, "indicators")[0]!.push("ghi_chu_rieng");
    const loaded = loadDefinition(sheets);
    expect(loaded.problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "forms.sheet.unknownColumn",
        sheet: "indicators",
        cell: expect.stringMatching(/1$/),
      }),
    ]);
    expect(loaded.definition).not.toBeNull();
  });

  it("warns about a column named like an object property (constructor, __proto__) instead of taking it as known", () => {
    const sheets = shippedCopy();
    rowsOf(sheets, "indicators")[0]!.push("constructor", "__proto__");
    const loaded = loadDefinition(sheets);
    expect(loaded.problems.filter((p) => p.code === "forms.sheet.unknownColumn")).toHaveLength(2);
    expect(loaded.definition).not.toBeNull();
  });

  it("keeps a label that looks like a formula as text", () => {
    const sheets = shippedCopy();
    setCell(sheets, "indicators", "code", "DV_MOI", "label_vi", '=HYPERLINK("http://x","bấm")');
    const row = loadDefinition(sheets)
      .definition?.tables.flatMap((t) => t.rows)
      .find((r) => r.code === "DV_MOI");
    expect(row?.label.vi).toBe('=HYPERLINK("http://x","bấm")');
  });

  it("stops at the row limit instead of reading a million rows", () => {
    const sheets = shippedCopy();
    const rows = rowsOf(sheets, "rules");
    for (let i = 0; i < 5001; i++) rows.push([...rows[1]!]);
    expect(problemsOf(sheets)).toContainEqual(expect.objectContaining({ code: "forms.sheet.tooManyRows", sheet: "rules" }));
  });

  it("reports a missing sheet and a missing required column", () => {
    const sheets = shippedCopy();
    sheets.sheets = sheets.sheets.filter((s) => s.name !== "campaign_levels");
    rowsOf(sheets, "tables")[0]![2] = "ten_trang";
    const problems = problemsOf(sheets);
    expect(problems).toContainEqual(expect.objectContaining({ code: "forms.sheet.missing", sheet: "campaign_levels", cell: null }));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "forms.sheet.missingColumn", sheet: "tables", params: { column: "sheet_name" } }),
    );
  });

  it("names every empty required title and label at its cell, and refuses the definition", () => {
    const sheets = shippedCopy();
    rowsOf(sheets, "settings")[1]![2] = null;
    const table = setCell(sheets, "tables", "table_id", "LD", "title_vi", "");
    const indicator = setCell(sheets, "indicators", "code", "LD_TONG", "label_vi", "  ");
    const campaign = setCell(sheets, "campaigns", "campaign_id", "tk-3105", "title_vi", null);
    const loaded = loadDefinition(sheets);
    const required = loaded.problems.filter((p) => p.code === "forms.required").map((p) => [p.sheet, p.cell, p.params.column]);
    expect(required).toEqual([
      ["settings", "C2", "title_vi"],
      ["tables", `D${table}`, "title_vi"],
      ["indicators", `D${indicator}`, "label_vi"],
      ["campaigns", `C${campaign}`, "title_vi"],
    ]);
    expect(loaded.definition).toBeNull();
  });

  it("requires a weight for a weighted average, and a whole-number one", () => {
    const sheets = shippedCopy();
    addRow(sheets, "indicators", {
      table_id: "B01",
      code: "LUONG_TB",
      label_vi: "Tiền lương bình quân",
      unit_vi: "đồng",
      type: "decimal",
      kind: "stock",
      aggregation: "weighted_average",
    });
    expect(problemsOf(sheets)).toContainEqual(expect.objectContaining({ code: "forms.weight.missing" }));
    const rows = rowsOf(sheets, "indicators");
    rows[rows.length - 1]![rows[0]!.indexOf("weight")] = "SK_GIATRI";
    expect(problemsOf(sheets)).toContainEqual(expect.objectContaining({ code: "forms.weight.unknown", params: { code: "SK_GIATRI" } }));
  });
});
