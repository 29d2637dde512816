/**
 * The whole path an officer takes, through the built CLI (dist/cli/union-report.js) on real .xlsx files:
 * a form typed in Excel (ExcelJS) → `forms import` → the officer's todos decided in the definition
 * workbook (ExcelJS) → `forms check` → `template --forms` for three units → filled as preparers type
 * (ExcelJS) → `validate --forms` → `merge --forms`: exact sums, the weighted average, the parts rule,
 * the text kept per unit, and a file made from another definition rejected with its Vietnamese reason.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { cellName, BREAKDOWN_NAME } from "../../src/domain/definition";
import { readWorkbook } from "../../src/workbook/file/reader";
import { render } from "../../src/domain/i18n/message";

const BIN = join(resolve(__dirname, "..", ".."), "dist", "cli", "union-report.js");
const dir = mkdtempSync(join(tmpdir(), "typed-to-merge-"));

function cli(...args: string[]): { code: number; out: string; err: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 120_000 });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

/** The form as a province typed it: merged title cells, the motto beside the issuing body, sections, a "trong đó", a "bình quân" with its weight, a line written in words. */
async function typedForm(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Biểu 1");
  const rows: (string | null)[][] = [
    ["LĐLĐ HUYỆN MƯỜNG ẢNG", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Mẫu 1-HĐCĐ"],
    ["BÁO CÁO TÌNH HÌNH CÔNG ĐOÀN CƠ SỞ"],
    ["(Tính đến ngày 31/5/2026)"],
    [],
    ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"],
    ["I", "Lao động, việc làm"],
    ["1", "Tổng số lao động", "người"],
    [null, "Trong đó: nữ", "người"],
    ["2", "Tiền lương bình quân tháng của 1 người lao động", "đồng"],
    [null, "+ Số người được tính", "người"],
    ["II", "Tổ chức công đoàn"],
    ["1", "Tổng số đoàn viên", "người"],
    ["2", "Số đoàn viên kết nạp mới", "người"],
    ["3", "Họ và tên Chủ tịch công đoàn", "chữ"],
  ];
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
  sheet.mergeCells("A3:E3");
  sheet.mergeCells("A4:E4");
  sheet.getCell("A3").font = { bold: true };
  await workbook.xlsx.writeFile(path);
}

/** What the officer does in Excel: decides every todo (stock for the wage and its weight), clears it, and writes the deadlines. */
async function decideTodos(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const indicators = workbook.getWorksheet("indicators")!;
  const column = (sheet: ExcelJS.Worksheet, key: string): number => {
    let at = -1;
    sheet.getRow(1).eachCell((cell, c) => void (cell.value === key && (at = c)));
    if (at < 0) throw new Error(`no column ${key}`);
    return at;
  };
  const [todo, kind] = [column(indicators, "todo"), column(indicators, "kind")];
  indicators.eachRow((row, r) => {
    if (r === 1 || !row.getCell(todo).value) return;
    if (String(row.getCell(todo).value).includes("kind")) row.getCell(kind).value = "stock";
    row.getCell(todo).value = null;
  });
  const levels = workbook.getWorksheet("campaign_levels")!;
  const [deadline, levelTodo] = [column(levels, "deadline"), column(levels, "todo")];
  // Each level's deadline is a todo of its row: written, then cleared.
  levels.eachRow((row, r) => {
    if (r === 1) return;
    row.getCell(deadline).value = "10/6";
    row.getCell(levelTodo).value = null;
  });
  await workbook.xlsx.writeFile(path);
}

/** A preparer fills the template in Excel: figures, the text, the date. */
async function fill(path: string, values: Record<string, number | string>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const put = (name: string, value: number | string) => {
    const ranges = (workbook.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }).getRanges(name).ranges;
    const [sheetPart, address] = ranges[0]!.split("!");
    workbook.getWorksheet(sheetPart!.replace(/^'|'$/g, "").replace(/''/g, "'"))!.getCell(address!.replace(/\$/g, "")).value = value;
  };
  for (const [code, value] of Object.entries(values)) put(cellName(code, "value"), value);
  put("UR_ID_DATE", "05/06/2026");
  await workbook.xlsx.writeFile(path);
}

function workbook(path: string) {
  const read = readWorkbook(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(render("en", read.error));
  return read.value.workbook;
}
const named = (path: string, name: string): unknown => workbook(path).names.get(name)?.cells[0]?.[0]?.value ?? null;

interface ImportLine {
  readonly code: string;
  readonly label: string;
  readonly type: string;
  readonly parent: string;
  readonly aggregation: string;
  readonly weight?: string;
}

describe("from a typed form to a merged workbook, through the built CLI", () => {
  let codes: Record<string, string> = {};
  const code = (label: string): string => codes[label] ?? `(no line "${label}")`;

  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
  });

  it("imports the typed form, inferring parts, the weighted average and the text line, and leaves the rest as todos", async () => {
    await typedForm(join(dir, "BIEU.xlsx"));
    const imported = cli("forms", "import", "BIEU.xlsx", "--out", "DINH-NGHIA.xlsx", "--json");
    expect(imported).toMatchObject({ code: 0, err: "" });
    const lines = (JSON.parse(imported.out) as { lines: ImportLine[] }).lines.filter((l) => l.type !== "section");
    codes = Object.fromEntries(lines.map((l) => [l.label, l.code]));
    const by = (label: string) => lines.find((l) => l.label === label)!;
    expect(by("Trong đó: nữ")).toMatchObject({ parent: code("Tổng số lao động") });
    expect(by("Tiền lương bình quân tháng của 1 người lao động")).toMatchObject({ type: "decimal", aggregation: "weighted_average" });
    expect(by("Họ và tên Chủ tịch công đoàn")).toMatchObject({ type: "text", aggregation: "none" });
    const first = cli("forms", "check", "DINH-NGHIA.xlsx");
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/indicators!\w+\d+: \(cảnh báo\) cần xem: số tính đến một thời điểm \(kind = stock/);
  });

  it("checks clean once the officer has decided every todo in Excel", async () => {
    await decideTodos(join(dir, "DINH-NGHIA.xlsx"));
    const checked = cli("forms", "check", "DINH-NGHIA.xlsx");
    expect(checked.err).toBe("");
    expect(checked.code).toBe(0);
    expect(checked.out).not.toContain("cần xem");
  });

  it("hands out templates, validates a filled one, and merges the returns by the definition", async () => {
    const campaigns = cli("campaigns", "--forms", "DINH-NGHIA.xlsx", "--year", "2026", "--json");
    const [campaign] = (JSON.parse(campaigns.out) as { id: string }[]).map((c) => c.id);
    expect(campaign).toMatch(/2026$/);
    for (const unit of ["A", "B", "C"]) {
      expect(
        cli(
          "template",
          "--forms",
          "DINH-NGHIA.xlsx",
          "--campaign",
          campaign!,
          "--unit-code",
          unit,
          "--unit-name",
          `CĐCS ${unit}`,
          "--level",
          "cdcs",
          "--out",
          `${unit}.xlsx`,
        ),
      ).toMatchObject({ code: 0 });
    }
    // The template reads as the typed form: its headings above their rows, TT restarting under each, the title once.
    const handed = new ExcelJS.Workbook();
    await handed.xlsx.readFile(join(dir, "A.xlsx"));
    const table = handed.worksheets.find((sheet) => sheet.getCell("A10").value === "I")!;
    expect([10, 11, 12, 13, 14, 15, 16, 17, 18].map((r) => [table.getCell(`A${r}`).value || null, table.getCell(`B${r}`).value])).toEqual([
      ["I", "Lao động, việc làm"],
      ["1", "Tổng số lao động"],
      [null, "Trong đó: nữ"],
      ["2", "Tiền lương bình quân tháng của 1 người lao động"],
      ["+", "Số người được tính"],
      ["II", "Tổ chức công đoàn"],
      ["1", "Tổng số đoàn viên"],
      ["2", "Số đoàn viên kết nạp mới"],
      ["3", "Họ và tên Chủ tịch công đoàn"],
    ]);
    expect(table.getCell("A4").value).toBe("BÁO CÁO TÌNH HÌNH CÔNG ĐOÀN CƠ SỞ");
    const [total, women, wage, counted, members, newMembers, chair] = [
      "Tổng số lao động",
      "Trong đó: nữ",
      "Tiền lương bình quân tháng của 1 người lao động",
      "Số người được tính",
      "Tổng số đoàn viên",
      "Số đoàn viên kết nạp mới",
      "Họ và tên Chủ tịch công đoàn",
    ].map(code);
    await fill(join(dir, "A.xlsx"), {
      [total!]: 40,
      [women!]: 25,
      [wage!]: 8_000_000,
      [counted!]: 10,
      [members!]: 30,
      [newMembers!]: 3,
      [chair!]: "Nguyễn Thị Ánh",
    });
    await fill(join(dir, "B.xlsx"), {
      [total!]: 60,
      [women!]: 20,
      [wage!]: 6_000_000.5,
      [counted!]: 30,
      [members!]: 50,
      [newMembers!]: 4,
      [chair!]: "Lò Văn Pấng",
    });
    // C's women outnumber its workers: the parts rule the import derived from "Trong đó: nữ".
    await fill(join(dir, "C.xlsx"), {
      [total!]: 10,
      [women!]: 12,
      [wage!]: 5_000_000,
      [counted!]: 5,
      [members!]: 5,
      [chair!]: "Vàng A Sùng",
    });
    expect(cli("validate", "A.xlsx", "--forms", "DINH-NGHIA.xlsx")).toMatchObject({ code: 0 });
    const bad = cli("validate", "C.xlsx", "--forms", "DINH-NGHIA.xlsx");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("lớn hơn");

    // A file made from the shipped forms: another definition.
    expect(
      cli("template", "--campaign", "tk-3105-2026", "--unit-code", "D", "--unit-name", "CĐCS D", "--level", "cdcs", "--out", "D-khac.xlsx"),
    ).toMatchObject({ code: 0 });
    const merged = cli(
      "merge",
      "A.xlsx",
      "B.xlsx",
      "C.xlsx",
      "D-khac.xlsx",
      "--forms",
      "DINH-NGHIA.xlsx",
      "--campaign",
      campaign!,
      "--unit-code",
      "H",
      "--unit-name",
      "LĐLĐ huyện Mường Ảng",
      "--level",
      "huyen",
      "--out",
      "tong-hop.xlsx",
      "--json",
    );
    expect(merged.code).toBe(0);
    const report = JSON.parse(merged.out) as {
      files: { name: string; status: string; reasons: string[]; reasonCodes: string[] }[];
      audit: { passed: boolean };
    };
    expect(report.files.map((f) => [f.name, f.status])).toEqual([
      ["A.xlsx", "accepted"],
      ["B.xlsx", "accepted"],
      ["C.xlsx", "rejected"],
      ["D-khac.xlsx", "rejected"],
    ]);
    expect(report.files[2]!.reasons).toContain("Tổng số lao động — trong đó nữ (12) lớn hơn tổng số lao động (10)");
    expect(report.files[3]!.reasons.join(" ")).toContain("định nghĩa biểu mẫu khác");
    expect(report.audit.passed).toBe(true);

    const out = join(dir, "tong-hop.xlsx");
    expect(named(out, cellName(total!, "value"))).toBe(100);
    expect(named(out, cellName(women!, "value"))).toBe(45);
    expect(named(out, cellName(members!, "value"))).toBe(80);
    expect(named(out, cellName(newMembers!, "value"))).toBe(7);
    expect(named(out, cellName(counted!, "value"))).toBe(40);
    // (10 × 8,000,000 + 30 × 6,000,000.5) / 40, exactly, to the thousandth.
    expect(named(out, cellName(wage!, "value"))).toBe(6_500_000.375);
    // The chair's name is kept per unit, never totalled.
    expect(named(out, cellName(chair!, "value"))).toBeNull();
    const register = workbook(out).names.get(BREAKDOWN_NAME)!.cells;
    const chairColumn = register[0]!.findIndex((c) => c.value === `${chair}@value`);
    expect(register.slice(1).map((r) => [r[0]!.value, r[chairColumn]!.value])).toEqual([
      ["A", "Nguyễn Thị Ánh"],
      ["B", "Lò Văn Pấng"],
    ]);
    expect(cli("validate", "tong-hop.xlsx")).toMatchObject({ code: 0 });
  });
});
