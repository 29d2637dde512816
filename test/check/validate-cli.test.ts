/** `union-report validate`: per file the same issues as the view; exit codes 0, 1 and 2. */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/commands";
import type { FigureKey } from "../../src/domain/submission";
import { filledTemplate } from "./files";
import { PERIODIC } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, env: {} };
  const code = await run(args, io);
  return { code, out, err };
}

const clean = new Map<FigureKey, number>([
  ["LD_TONG@value", 1500],
  ["LD_NU@value", 1300],
  ["DV_TONG@value", 1100],
  ["DV_NU@value", 1000],
]);
const broken = new Map<FigureKey, number>([...clean, ["DV_NU@value", 1250]]);

beforeAll(async () => {
  writeFileSync(join(dir, "clean.xlsx"), await filledTemplate(PERIODIC, clean));
  writeFileSync(join(dir, "broken.xlsx"), await filledTemplate(PERIODIC, broken));
  writeFileSync(join(dir, "not-excel.xlsx"), "Mã đơn vị,Tên\n1,a\n");
});

describe("union-report validate", () => {
  it("exits 0 for a file without errors and lists what is not reported", async () => {
    const { code, out } = await cli(["validate", "clean.xlsx"]);
    expect(code).toBe(0);
    expect(out).toContain("Tệp clean.xlsx: 0 lỗi");
    expect(out).toContain("Chưa báo cáo");
    expect(out).toContain("Không có lỗi.");
  });

  it("exits 1 and prints the issue's message, in Vietnamese by default, with its cell", async () => {
    const { code, out } = await cli(["validate", "clean.xlsx", "broken.xlsx"]);
    expect(code).toBe(1);
    expect(out).toMatch(/\[Biểu 01![A-Z]+\d+\] Số đoàn viên nữ \(1\.250\) lớn hơn tổng số đoàn viên \(1\.100\)/);
  });

  it("speaks English with --lang en", async () => {
    const { out } = await cli(["--lang", "en", "validate", "broken.xlsx"]);
    expect(out).toContain("Women members (1,250) is greater than total members (1,100)");
  });

  it("exits 2 when a file cannot be read at all, still reporting the others", async () => {
    const { code, out } = await cli(["validate", "broken.xlsx", "not-excel.xlsx", "missing.xlsx"]);
    expect(code).toBe(2);
    expect(out).toContain("Tệp broken.xlsx");
    expect(out).toMatch(/Tệp not-excel\.xlsx: không đọc được\. Tệp là văn bản/);
    expect(out).toContain("Tệp missing.xlsx: không đọc được. Không tìm thấy tệp.");
  });

  it("prints JSON with --json", async () => {
    const { code, out } = await cli(["validate", "--json", "broken.xlsx", "not-excel.xlsx"]);
    expect(code).toBe(2);
    const parsed = JSON.parse(out) as {
      files: {
        file: string;
        status: string;
        summary?: { errors: number };
        issues?: { id: string; message: { vi: string } }[];
        error?: { code: string };
      }[];
    };
    expect(parsed.files.map((f) => [f.file, f.status])).toEqual([
      ["broken.xlsx", "checked"],
      ["not-excel.xlsx", "unreadable"],
    ]);
    expect(parsed.files[0].summary!.errors).toBe(1);
    expect(parsed.files[0].issues!.find((i) => i.id === "PART_DV_NU_LE_DV_TONG@value")!.message.vi).toBe(
      "Số đoàn viên nữ (1.250) lớn hơn tổng số đoàn viên (1.100)",
    );
    expect(parsed.files[1].error!.code).toBe("reader.text");
  });

  it("exits 2 on a wrong command line", async () => {
    expect((await cli(["validate"])).code).toBe(2);
    expect((await cli(["validate", "--bogus", "a.xlsx"])).code).toBe(2);
    expect((await cli(["validate", "--help"])).code).toBe(0);
  });
});
