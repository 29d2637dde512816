/**
 * The proposal is a definition the one loader reads: as proposed, every undecided point is reported by
 * `loadDefinition` (as a todo or as the error it would be); once the officer decides them — as this test
 * does, cell by cell — it loads cleanly, with the weighted average, the parts and the ratio the import saw.
 */
import { loadDefinition } from "../../src/domain/definition/load-definition";
import { problemText } from "../../src/domain/definition/problems";
import { proposeDefinition } from "../../src/domain/forms/import";
import { rowsOf, setCell, type EditableSheets } from "../forms/definition-edit";
import { form1 } from "./grids";

const propose = (): EditableSheets => JSON.parse(JSON.stringify(proposeDefinition(form1()).sheets)) as EditableSheets;

describe("a proposal through loadDefinition", () => {
  it("as proposed, reports every todo of every sheet, and refuses what is still undecided", () => {
    const load = loadDefinition(propose());
    const todos = load.problems.filter((p) => p.code === "forms.todo");
    const proposedTodos = propose().sheets.flatMap((sheet) => {
      const [header, ...rows] = sheet.rows;
      return header.includes("todo") ? rows.filter((row) => row[header.indexOf("todo")] !== null).map(() => sheet.name) : [];
    });
    expect(proposedTodos.filter((sheet) => sheet === "indicators").length).toBeGreaterThan(3);
    // The deadlines are todos of the campaign_levels sheet, listed like a line's.
    expect(proposedTodos.filter((sheet) => sheet === "campaign_levels")).toHaveLength(3);
    expect(todos.map((p) => p.sheet)).toEqual(proposedTodos);
    expect(load.problems.filter((p) => p.severity === "error").map((p) => p.code)).toContain("forms.indicator.kind");
    expect(load.definition).toBeNull();
  });

  it("loads cleanly once the officer has decided each todo", () => {
    const sheets = propose();
    const indicators = rowsOf(sheets, "indicators");
    const header = indicators[0].map(String);
    const col = (key: string) => header.indexOf(key);
    for (const row of indicators.slice(1)) {
      if (row[col("todo")] === null) continue;
      // The officer's decisions: counts at the date are stocks; the guessed ratio is right.
      if (row[col("type")] !== "percent" && row[col("kind")] === null) row[col("kind")] = "stock";
      row[col("todo")] = null;
    }
    setCell(sheets, "indicators", "code", "HYPERLINK_HTTP_X_INVALID", "label_vi", "Số hội nghị người lao động");
    setCell(sheets, "campaign_levels", "level", "cdcs", "deadline", "15/6");
    for (const level of ["cdcs", "huyen", "tinh"]) setCell(sheets, "campaign_levels", "level", level, "todo", null);
    const load = loadDefinition(sheets);
    expect(load.problems.filter((p) => p.severity === "error").map((p) => problemText(p, "vi"))).toEqual([]);
    expect(load.problems.filter((p) => p.code === "forms.todo")).toEqual([]);
    const definition = load.definition!;
    expect(definition.form.id).toBe("bao-cao-hoat-dong-cong-doan-co-so");
    const rows = new Map(definition.tables[0].rows.map((row) => [row.code, row]));
    expect(rows.get("TIEN_LUONG_BINH_QUAN")).toEqual(
      expect.objectContaining({ aggregation: "weighted_average", weight: "NGUOI_TINH", moneyUnit: "dong" }),
    );
    expect(rows.get("TONG_LAO_DONG_NU")?.parent).toBe("TONG_LAO_DONG");
    expect(rows.get("LAO_DONG_THIEU_VIEC_LAM_NU")?.parent).toBe("LAO_DONG_THIEU_VIEC_LAM");
    expect(rows.get("TY_LE_DOAN_VIEN_TONG_LAO")?.compute).toEqual({
      numerator: ["TONG_DOAN_VIEN_CONG_DOAN"],
      denominator: ["TONG_LAO_DONG"],
    });
    expect(definition.campaigns[0]).toEqual(expect.objectContaining({ id: "bao-cao-hoat-dong-cong-doan-co-so", kind: "periodic" }));
  });
});
