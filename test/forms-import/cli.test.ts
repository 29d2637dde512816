/** `union-report forms import` in-process, on real files in a temporary folder. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cliIn } from "./officer";
import { TYPED_FORM, typedXlsx } from "./typed-xlsx";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "forms-import-"));
  writeFileSync(join(dir, "BIEU.xlsx"), await typedXlsx([{ name: "Bìa", rows: [["Kèm theo Kế hoạch số 12/KH-LĐLĐ"]] }, TYPED_FORM]));
  writeFileSync(join(dir, "ban-ke.csv"), "TT,Nội dung\n1,Tổng số\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => cliIn(dir, args);

async function definitionSheets(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook.worksheets.map((w) => w.name);
}

describe("union-report forms import", () => {
  it("finds the form's sheet, writes the definition and prints what it inferred and every todo", async () => {
    const r = await cli(["forms", "import", "BIEU.xlsx", "--out", "DINH-NGHIA.xlsx"]);
    expect(r).toEqual(expect.objectContaining({ code: 0, err: "" }));
    expect(r.out).toMatch(/Đã đọc BIEU\.xlsx \(trang Mẫu 1\): 5 mục, \d+ chỉ tiêu, \d+ điểm cần xem\./);
    expect(r.out).toMatch(/^10\t\tTONG_LAO_DONG_NU\twhole\tstock\tTONG_LAO_DONG\tsum\tTrong đó: nữ$/m);
    expect(r.out).toContain("Cần cán bộ xem và quyết định");
    expect(r.out).toContain("dòng 12 (LAO_DONG_THIEU_VIEC_LAM): số tính đến một thời điểm (kind = stock");
    expect(r.out).toContain("dòng 15 (TIEN_LUONG_BINH_QUAN): bình quân gia quyền theo NGUOI_TINH");
    expect(r.out).toContain("union-report forms check");
    expect(await definitionSheets(join(dir, "DINH-NGHIA.xlsx"))).toEqual([
      "settings",
      "tables",
      "indicators",
      "rules",
      "campaigns",
      "campaign_levels",
    ]);
  });

  it("hands forms check a definition whose todos it lists, cell by cell, until the officer decides them", async () => {
    expect((await cli(["forms", "import", "BIEU.xlsx", "--out", "check-me.xlsx"])).code).toBe(0);
    const check = await cli(["forms", "check", "check-me.xlsx"]);
    expect(check.code).toBe(1);
    expect(check.out + check.err).toMatch(/indicators![A-Z]+\d+: .*cần xem: số tính đến một thời điểm \(kind = stock/);
  });

  it("speaks English with --lang en and gives JSON with --json", async () => {
    const en = await cli(["--lang", "en", "forms", "import", "BIEU.xlsx", "--out", "en.xlsx"]);
    expect(en.code).toBe(0);
    expect(en.out).toContain("For the officer to check and decide");
    const json = await cli(["forms", "import", "BIEU.xlsx", "--out=json.xlsx", "--json", "--sheet", "Mẫu 1"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as { lines: { code: string; row: number }[]; notes: { todo: boolean; message: string }[] };
    expect(parsed.lines.find((l) => l.code === "TONG_LAO_DONG")?.row).toBe(9);
    expect(parsed.notes.filter((n) => n.todo).length).toBeGreaterThan(0);
    expect(parsed.notes.every((n) => n.message.length > 0 && !n.message.includes("formsImport."))).toBe(true);
  });

  it("writes beside the form when --out is not given", async () => {
    expect((await cli(["forms", "import", "BIEU.xlsx"])).code).toBe(0);
    expect(await definitionSheets(join(dir, "BIEU-dinh-nghia.xlsx"))).toContain("indicators");
  });

  it("refuses what it cannot import with a Vietnamese message and exit 2, writing nothing", async () => {
    const csv = await cli(["forms", "import", "ban-ke.csv", "--out", "x.xlsx"]);
    expect(csv.code).toBe(2);
    expect(csv.err).toContain("Tệp là văn bản (CSV hoặc tương tự)");
    const cover = await cli(["forms", "import", "BIEU.xlsx", "--sheet", "Bìa", "--out", "y.xlsx"]);
    expect(cover.code).toBe(2);
    expect(cover.err).toContain('Trang "Bìa" không có dòng tiêu đề cột');
    expect((await cli(["forms", "import", "khong-co.xlsx"])).err).toContain('Không tìm thấy tệp "khong-co.xlsx"');
    expect((await cli(["forms", "import", "BIEU.xlsx", "--out", "BIEU.xlsx"])).code).toBe(2);
    expect((await cli(["forms", "import"])).err).toContain("Hãy chỉ ra đúng một tệp biểu mẫu");
    expect((await cli(["forms", "import", "BIEU.xlsx", "--bogus"])).code).toBe(2);
    expect(() => readFileSync(join(dir, "x.xlsx"))).toThrow();
  });
});
