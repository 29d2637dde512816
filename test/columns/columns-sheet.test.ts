/** The columns sheet: a definition's own value columns, loaded into each table, every mistake named at its cell. */
import { catalogFromModel, catalogOfDefinition, loadCatalog, SHIPPED_DEFINITION } from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import { problemText } from "../../src/domain/definition/problems";
import { cellName, COLUMN_NAME_SEPARATOR, noteName } from "../../src/domain/definition/names";
import { campaignRowColumns, rowColumns, tableColumns, noteColumn, findColumn } from "../../src/domain/definition/columns";
import type { DefinitionModel } from "../../src/domain/definition/catalog";
import { columnsDefinition, MATRIX_COLUMNS, MATRIX_INDICATORS, PLAN_COLUMNS, type Line } from "./definitions";

const load = (columns?: readonly Line[]) => loadDefinition(columnsDefinition(columns ? { columns } : {}));
const model = (): DefinitionModel => {
  const loaded = load();
  expect(loaded.problems).toEqual([]);
  return loaded.definition!;
};
const table = (m: DefinitionModel, id: string) => m.tables.find((t) => t.id === id)!;
const row = (m: DefinitionModel, code: string) => m.tables.flatMap((t) => t.rows).find((r) => r.code === code)!;

describe("the columns sheet", () => {
  it("gives each table its own columns, with computed columns lowered from the rules' grammar", () => {
    const m = model();
    const b01 = table(m, "B01");
    expect(b01.columns!.map((c) => [c.id, c.role])).toEqual([
      ["TONG", "computed"],
      ["HCSN", "input"],
      ["DNNN", "input"],
      ["NGOAI", "input"],
      ["FDI", "input"],
      ["GC", "note"],
    ]);
    // A total is a plain sum: terms, no tree (as a rule's side), and the row's own type.
    expect(b01.columns![0]).toEqual({
      id: "TONG",
      label: { vi: "Tổng số", en: "Total" },
      role: "computed",
      compute: { terms: ["HCSN", "DNNN", "NGOAI", "FDI"] },
    });
    expect(b01.columns![1]!.group).toEqual({ vi: "Chia ra", en: "Of which" });
    const tl = table(m, "B02").columns!.find((c) => c.id === "TL")!;
    // A formula that divides is a percentage unless the sheet says otherwise.
    expect(tl).toMatchObject({
      compute: { terms: ["TH", "KH"], calc: { op: "/", a: { term: 0 }, b: { term: 1 } } },
      valueType: "percent",
      number: "3=2/1",
    });
  });

  it("reads a difference as a tree, =TH/KH as Excel users type it, and an explicit value type", () => {
    const m = load([
      { table: "B02", id: "DAU", label_vi: "Đầu kỳ", role: "input" },
      { table: "B02", id: "CUOI", label_vi: "Cuối kỳ", role: "input" },
      { table: "B02", id: "TG", label_vi: "Tăng giảm", role: "computed", formula: "CUOI - DAU" },
      { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed", formula: "=CUOI/DAU", value_type: "decimal" },
    ]);
    expect(m.problems).toEqual([]);
    const columns = table(m.definition!, "B02").columns!;
    expect(columns[2]!.compute).toEqual({ terms: ["CUOI", "DAU"], calc: { op: "+", a: { term: 0 }, b: { neg: { term: 1 } } } });
    expect(columns[3]).toMatchObject({ compute: { terms: ["CUOI", "DAU"] }, valueType: "decimal" });
  });

  it("copies shared columns (blank table) into every table without its own; a table with its own keeps them", () => {
    const shared = PLAN_COLUMNS.map((c) => ({ ...c, table: null }));
    const m = load([...shared, ...MATRIX_COLUMNS]).definition!;
    expect(table(m, "B02").columns!.map((c) => c.id)).toEqual(["KH", "TH", "TL"]);
    expect(table(m, "B01").columns!.map((c) => c.id)).toEqual(["TONG", "HCSN", "DNNN", "NGOAI", "FDI", "GC"]);
    const onlyShared = load(shared).definition!;
    expect(table(onlyShared, "B01").columns!.map((c) => c.id)).toEqual(["KH", "TH", "TL"]);
  });

  it("leaves a table without columns as it was: no columns key, one Số lượng column, the shipped hash unchanged", () => {
    const m = load(MATRIX_COLUMNS).definition!;
    expect("columns" in table(m, "B02")).toBe(false);
    const shipped = loadDefinition(SHIPPED_DEFINITION).definition!;
    expect(shipped.tables.every((t) => !("columns" in t))).toBe(true);
    expect(catalogOfDefinition(shipped).ok && loadCatalog().form.hash).toBe(loadCatalog().form.hash);
    expect(tableColumns("periodic", table(m, "B02")).map((c) => c.id)).toEqual(["value"]);
  });

  it("builds a catalog whose every cell has one defined name, and refuses a carried model with a broken formula", () => {
    const m = model();
    const built = catalogOfDefinition(m);
    expect(built.ok).toBe(true);
    const broken = structuredClone(m) as unknown as { tables: { columns?: { compute?: { terms: string[] } }[] }[] };
    broken.tables[1]!.columns![2]!.compute!.terms = ["TH", "XX"];
    expect(catalogFromModel(broken as unknown as DefinitionModel).ok).toBe(false);
    // A carried table column named like a built-in one would answer to its name (UR_CODE_SL): refused.
    const builtin = structuredClone(m) as unknown as { tables: { columns?: { id: string }[] }[] };
    builtin.tables[0]!.columns![5]!.id = "value"; // the note column: nothing else refers to it
    expect(catalogFromModel(builtin as unknown as DefinitionModel).ok).toBe(false);
  });
});

describe("the columns API", () => {
  const m = model();
  const b01 = table(m, "B01");
  const b02 = table(m, "B02");

  it("lists a table's value columns in display order, the note column apart; a review keeps its own", () => {
    expect(tableColumns("periodic", b01).map((c) => c.id)).toEqual(["TONG", "HCSN", "DNNN", "NGOAI", "FDI"]);
    expect(noteColumn("periodic", b01)?.label.vi).toBe("Ghi chú");
    expect(noteColumn("periodic", b02)).toBeUndefined();
    expect(tableColumns("review", b01).map((c) => c.id)).toEqual(["base", "end", "change", "cumulative"]);
    expect(findColumn(b02, "change")?.compute).toEqual({ terms: ["base", "end"], calc: { op: "-", a: { term: 1 }, b: { term: 0 } } });
    expect(findColumn(b02, "TL")?.label.vi).toBe("Tỷ lệ % so với KH");
    expect(findColumn(b02, "HCSN")).toBeNull();
  });

  it("gives every cell of a row: input columns typed, computed columns computed, a ratio row computed in every column", () => {
    const cells = (code: string, t = b01) => rowColumns("periodic", row(m, code), t).map((c) => `${c.id}:${c.role}`);
    expect(cells("DV_TONG")).toEqual(["TONG:computed", "HCSN:input", "DNNN:input", "NGOAI:input", "FDI:input"]);
    expect(cells("TL_NU")).toEqual(["TONG:computed", "HCSN:computed", "DNNN:computed", "NGOAI:computed", "FDI:computed"]);
    expect(cells("Y_KIEN", b02)).toEqual(["KH:input", "TH:input"]);
    expect(rowColumns("periodic", row(m, "KN_DV"), b02).map((c) => c.input)).toEqual([true, true, false]);
    expect(rowColumns("periodic", row(m, "KN_DV"), b02)[2]!.def.valueType).toBe("percent");
    // Reviews: the built-in columns, as before.
    expect(rowColumns("review", row(m, "DV_TONG"), b01).map((c) => `${c.id}:${c.role}`)).toEqual([
      "base:input",
      "end:input",
      "change:computed",
    ]);
  });

  it("leaves a column for upper levels off a CĐCS's form", () => {
    const m2 = load([
      ...PLAN_COLUMNS.slice(0, 2),
      { table: "B02", id: "GHI", label_vi: "Đánh giá của cấp trên", role: "input", levels: "huyen" },
    ]).definition!;
    const b = table(m2, "B02");
    const scope = (level?: "cdcs" | "huyen") => ({ kind: "periodic" as const, asOf: "2026-06-30", ...(level ? { level } : {}) });
    expect(campaignRowColumns(scope("cdcs"), row(m2, "KN_DV"), b).map((c) => c.id)).toEqual(["KH", "TH"]);
    expect(campaignRowColumns(scope("huyen"), row(m2, "KN_DV"), b).map((c) => c.id)).toEqual(["KH", "TH", "GHI"]);
    expect(campaignRowColumns(scope(), row(m2, "KN_DV"), b).map((c) => c.id)).toEqual(["KH", "TH", "GHI"]);
    expect(tableColumns("periodic", b, "cdcs").map((c) => c.id)).toEqual(["KH", "TH"]);
  });

  it("names a definition's cell with a separator no other name has, and keeps today's names for built-in columns", () => {
    expect(cellName("DV_MOI", "value")).toBe("UR_DV_MOI_SL");
    expect(cellName("DV_MOI", "end")).toBe("UR_DV_MOI_CUOI");
    expect(cellName("DV_MOI", "KH")).toBe("UR_DV_MOI.KH");
    expect(COLUMN_NAME_SEPARATOR).toBe(".");
    // A code that ends in a column's id cannot meet it: UR_X_SL is X's value, UR_X.SL is X's own column SL.
    expect(cellName("X", "SL")).not.toBe(cellName("X", "value"));
    expect(noteName("DV_MOI")).toBe("UR_DV_MOI_GC");
  });
});

describe("mistakes on the columns sheet", () => {
  const problemsOf = (columns: readonly Line[]) => load(columns).problems;
  const only = (columns: readonly Line[], code: string) => {
    const found = problemsOf(columns).filter((p) => p.code === code);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it("names an unknown table, a bad or repeated id, an unknown role, each at its cell, in Vietnamese and English", () => {
    const unknownTable = only([{ table: "B09", id: "KH", label_vi: "Kế hoạch", role: "input" }], "columns.table");
    expect(problemText(unknownTable, "vi")).toBe('columns!A2: không có biểu "B09" trong trang tables');
    expect(problemText(unknownTable, "en")).toBe('columns!A2: there is no table "B09" on the tables sheet');
    expect(only([{ table: "B02", id: "kh", label_vi: "Kế hoạch", role: "input" }], "columns.id").cell).toBe("B2");
    const twice = only(
      [
        { table: "B02", id: "KH", label_vi: "Kế hoạch", role: "input" },
        { table: "B02", id: "KH", label_vi: "Kế hoạch 2", role: "input" },
      ],
      "columns.duplicate",
    );
    expect(twice).toMatchObject({ cell: "B3", params: { value: "KH", line: "2" } });
    const unlabelled = only([{ table: "B02", id: "KH", label_vi: "", role: "input" }], "forms.required");
    expect(unlabelled).toMatchObject({ cell: "C2", params: { column: "label_vi" } });
    expect(problemText(unlabelled, "vi")).toBe("columns!C2: cần điền cột label_vi");
    const role = only([{ table: "B02", id: "KH", label_vi: "Kế hoạch", role: "số" }], "columns.role");
    expect(problemText(role, "vi")).toContain('columns!D2: vai trò "số" không rõ');
    expect(load([{ table: "B02", id: "KH", label_vi: "Kế hoạch", role: "số" }]).definition).toBeNull();
  });

  it("names a formula's unknown column with its character, a pinned cell, a call, a missing formula", () => {
    const base: Line[] = [
      { table: "B02", id: "KH", label_vi: "Kế hoạch", role: "input" },
      { table: "B02", id: "TH", label_vi: "Thực hiện", role: "input" },
    ];
    const unknown = only(
      [...base, { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed", formula: "TH / KHX" }],
      "columns.formula.unknown",
    );
    expect(unknown).toMatchObject({ sheet: "columns", cell: "E4", params: { value: "KHX", column: 6 } });
    expect(problemText(unknown, "en")).toContain('uses "KHX" (character 6)');
    const later = only(
      [
        { table: "B02", id: "A", label_vi: "A", role: "computed", formula: "B * 2" },
        { table: "B02", id: "B", label_vi: "B", role: "computed", formula: "KH + TH" },
        ...base,
      ],
      "columns.formula.unknown",
    );
    expect(later.params.value).toBe("B");
    expect(
      only([...base, { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed", formula: "TH.end / KH" }], "columns.formula.shape").key,
    ).toBe("columns.formula.pinned");
    expect(
      only([...base, { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed", formula: "max(TH, KH)" }], "columns.formula.shape").key,
    ).toBe("columns.formula.call");
    // No formula column on the sheet at all: the problem is at the line's first cell.
    expect(only([...base, { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed" }], "columns.formula.missing").cell).toBe("A4");
    expect(
      only([...base, { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed", formula: " " }], "columns.formula.missing").cell,
    ).toBe("E4");
    expect(
      only([...base, { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "input", formula: "TH" }], "columns.formula.notComputed").cell,
    ).toBe("E4");
    expect(
      only([...base, { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed", formula: "=TH / (KH" }], "forms.expr.parse").params
        .column,
    ).toBe(10);
  });

  it("refuses two note columns, no input column, aggregation on a computed column, a value type on a note, a computed column wider than its terms", () => {
    expect(
      only(
        [
          { table: "B02", id: "KH", label_vi: "Kế hoạch", role: "input" },
          { table: "B02", id: "G1", label_vi: "Ghi chú", role: "note" },
          { table: "B02", id: "G2", label_vi: "Ghi chú 2", role: "note" },
        ],
        "columns.noteTwice",
      ).params,
    ).toEqual({ value: "B02", line: "3" });
    expect(only([{ table: "B02", id: "G1", label_vi: "Ghi chú", role: "note" }], "columns.noInput").cell).toBe("D2");
    expect(
      only(
        [
          { table: "B02", id: "KH", label_vi: "Kế hoạch", role: "input" },
          { table: "B02", id: "T", label_vi: "Tổng", role: "computed", formula: "KH", aggregation: "sum" },
        ],
        "columns.aggregation.input",
      ).cell,
    ).toBe("F3");
    expect(
      only(
        [
          { table: "B02", id: "KH", label_vi: "Kế hoạch", role: "input" },
          { table: "B02", id: "G", label_vi: "Ghi chú", role: "note", value_type: "percent" },
        ],
        "columns.valueType.note",
      ).cell,
    ).toBe("E3");
    expect(
      only(
        [
          { table: "B02", id: "KH", label_vi: "Kế hoạch", role: "input", levels: "huyen" },
          { table: "B02", id: "TH", label_vi: "Thực hiện", role: "input" },
          { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed", formula: "TH / KH" },
        ],
        "columns.formula.levels",
      ).params,
    ).toEqual({ value: "TL" });
  });

  it("lists a column's todo for the officer, as the other sheets' todos", () => {
    const problems = problemsOf([
      { table: "B02", id: "KH", label_vi: "Kế hoạch", role: "input", todo: "CẦN XEM: cột này là kế hoạch năm?" },
    ]);
    expect(problems).toContainEqual(expect.objectContaining({ code: "forms.todo", severity: "warning", sheet: "columns" }));
  });
});

it("refuses a counted row in a table with its own columns, at the row", () => {
  const indicators: Line[] = [
    {
      table_id: "B02",
      tt: "1",
      code: "CS_DEM",
      label_vi: "Số CĐCS",
      unit_vi: "đơn vị",
      type: "whole",
      kind: "stock",
      aggregation: "count_units",
    },
    { table_id: "B02", tt: "2", code: "KN_DV", label_vi: "Kết nạp", unit_vi: "người", type: "whole", kind: "flow" },
    { table_id: "B01", tt: "1", code: "CS_TONG", label_vi: "Tổng số CĐCS", unit_vi: "đơn vị", type: "whole", kind: "stock" },
  ];
  const loaded = loadDefinition(columnsDefinition({ indicators, columns: PLAN_COLUMNS }));
  const problem = loaded.problems.find((p) => p.code === "columns.counted")!;
  expect(problem).toMatchObject({ sheet: "indicators", params: { code: "CS_DEM", table: "B02" } });
  expect(problemText(problem, "en")).toContain("put this indicator in a table without them");
  expect(loaded.definition).toBeNull();
});

it("refuses a percentage over a table with other columns: some of its columns would have no term", () => {
  const indicators: Line[] = [
    ...MATRIX_INDICATORS.filter((l) => l.code !== "TL_NU"),
    { table_id: "B02", tt: "1", code: "KN_DV", label_vi: "Kết nạp", unit_vi: "người", type: "whole", kind: "flow" },
    {
      table_id: "B01",
      tt: "4",
      code: "TL_KN",
      label_vi: "Tỷ lệ kết nạp",
      unit_vi: "%",
      type: "percent",
      numerator: "KN_DV",
      denominator: "DV_TONG",
    },
  ];
  const loaded = loadDefinition(columnsDefinition({ indicators }));
  const problem = loaded.problems.find((p) => p.code === "columns.ratioTable")!;
  expect(problem).toMatchObject({ sheet: "indicators", params: { code: "KN_DV", table: "B02" } });
  expect(problemText(problem, "vi")).toContain("tỷ lệ dùng chỉ tiêu KN_DV của biểu B02");
});
