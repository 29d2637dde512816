/** `union-report codes --json` for a definition with columns: each figure cell with its cell code, column id and column label. */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/commands";
import { definitionXlsx } from "../forms/definition-file";
import { columnsDefinition, type Line } from "./definitions";

interface Listed {
  name: string;
  code: string;
  column: string;
  cell?: string;
  columnLabel?: { vi: string; en: string };
  valueType: string;
  role: string;
}

const dir = mkdtempSync(join(tmpdir(), "codes-columns-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function codes(...args: string[]): Promise<Listed[]> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, env: {} };
  const code = await run(["codes", "--forms", "dinh-nghia.xlsx", "--campaign", "cot-6t-2026", "--json", ...args], io);
  expect([code, err]).toEqual([0, ""]);
  return (JSON.parse(out) as { cells: Listed[] }).cells;
}

beforeAll(async () => writeFileSync(join(dir, "dinh-nghia.xlsx"), await definitionXlsx(columnsDefinition())));

it("lists every cell of a column with its code, column id and label, its type and role", async () => {
  const cells = await codes();
  const byCell = new Map(cells.filter((c) => c.cell).map((c) => [c.cell!, c]));
  expect(byCell.get("KN_DV@TL")).toMatchObject({
    name: "UR_KN_DV.TL",
    column: "TL",
    columnLabel: { vi: "Tỷ lệ % so với KH", en: "% of plan" },
    valueType: "percent",
    role: "computed",
  });
  expect(byCell.get("DV_TONG@HCSN")).toMatchObject({ role: "input", valueType: "integer", columnLabel: { vi: "Khu vực HCSN" } });
  expect(byCell.get("TL_NU@TONG")).toMatchObject({ role: "computed", valueType: "percent" });
  expect(byCell.get("Y_KIEN@KH")).toMatchObject({ role: "input", valueType: "text" });
  expect(byCell.has("Y_KIEN@TL")).toBe(false);
  // Every figure cell of the form: 4 matrix rows × 5 columns, 3 plan rows × 3 columns and the text row's 2.
  expect(byCell.size).toBe(4 * 5 + 3 * 3 + 2);
});

it("forms check names a mistake of the columns sheet at its cell, in Vietnamese, and lists a column's todo", async () => {
  const columns: Line[] = [
    { table: "B02", id: "KH", label_vi: "Kế hoạch năm", role: "input", todo: "CẦN XEM: kế hoạch năm hay 6 tháng?" },
    { table: "B02", id: "TL", label_vi: "Tỷ lệ", role: "computed", formula: "TH / KH" },
  ];
  writeFileSync(join(dir, "sai.xlsx"), await definitionXlsx(columnsDefinition({ columns })));
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, env: {} };
  const code = await run(["forms", "check", "sai.xlsx"], io);
  expect(code).not.toBe(0);
  const text = out + err;
  expect(text).toContain('columns!F3: công thức dùng "TH" (ký tự 1): không phải cột nhập hoặc cột tính đứng trước của cùng biểu');
  expect(text).toContain("CẦN XEM: kế hoạch năm hay 6 tháng?");
});
