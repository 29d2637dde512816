/** `union-report forms check`: a real definition .xlsx, read by our reader, checked by the one loader. */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { loadCatalog } from "../../src/domain/definition";
import { writeDefinitionXlsx } from "./definition-file";
import { setCell, shippedCopy } from "./definition-edit";
import { captureIo } from "../support/cli-io";

const io = (cwd: string) => captureIo(cwd);

describe("union-report forms check", () => {
  const dir = mkdtempSync(join(tmpdir(), "forms-check-"));

  it("exits 0 for the shipped definition written as a workbook, printing its hash", async () => {
    await writeDefinitionXlsx(join(dir, "shipped.xlsx"), shippedCopy());
    const c = io(dir);
    expect(await run(["forms", "check", "shipped.xlsx"], c.io)).toBe(0);
    expect(c.out()).toContain("Định nghĩa hợp lệ: tld-bieu-01-04");
    expect(c.out()).toContain(loadCatalog().form.hash);
  });

  it("exits 1 listing every problem as sheet!cell: message, in Vietnamese or English", async () => {
    const sheets = shippedCopy();
    const ruleLine = setCell(sheets, "rules", "rule_id", "DV_NU_LE_LD_NU", "expression", "DV_NU <= LD_NUU");
    const codeLine = setCell(sheets, "indicators", "code", "DV_MOI", "code", "dv moi");
    await writeDefinitionXlsx(join(dir, "broken.xlsx"), sheets);
    const vi = io(dir);
    expect(await run(["forms", "check", "broken.xlsx"], vi.io)).toBe(1);
    expect(vi.err()).toContain(`rules!B${ruleLine}: mã LD_NUU (ký tự 10) không phải chỉ tiêu nhập liệu`);
    expect(vi.err()).toContain(`indicators!C${codeLine}: mã chỉ tiêu "dv moi" không hợp lệ`);
    const en = io(dir);
    expect(await run(["--lang", "en", "forms", "check", "broken.xlsx", "--json"], en.io)).toBe(1);
    const json = JSON.parse(en.out()) as { valid: boolean; problems: { sheet: string; cell: string; code: string; message: string }[] };
    expect(json.valid).toBe(false);
    expect(json.problems).toContainEqual(expect.objectContaining({ sheet: "rules", cell: `B${ruleLine}`, code: "forms.rule.unknownCode" }));
    expect(en.out()).not.toMatch(/zod|Error:|at .*\.ts/);
  });

  it("refuses a definition that reuses a shipped campaign id", async () => {
    const sheets = shippedCopy();
    setCell(sheets, "indicators", "code", "DV_MOI", "label_vi", "Đoàn viên kết nạp");
    await writeDefinitionXlsx(join(dir, "reuse.xlsx"), sheets);
    const c = io(dir);
    expect(await run(["forms", "check", "reuse.xlsx"], c.io)).toBe(1);
    expect(c.err()).toMatch(/campaigns!A2: mã kỳ tk-3105 là của một kỳ có sẵn/);
  });

  it("exits 2 when the file cannot be read", async () => {
    writeFileSync(join(dir, "not.xlsx"), "không phải tệp Excel");
    const c = io(dir);
    expect(await run(["forms", "check", "not.xlsx"], c.io)).toBe(2);
    expect(c.err()).toContain("Không đọc được tệp định nghĩa not.xlsx");
    const missing = io(dir);
    expect(await run(["forms", "check", "khong-co.xlsx"], missing.io)).toBe(2);
  });
});

describe("union-report forms export", () => {
  const dir = mkdtempSync(join(tmpdir(), "forms-export-"));

  it("writes the shipped definition as a workbook that checks valid with the shipped hash, and never overwrites silently", async () => {
    const c = io(dir);
    expect(await run(["forms", "export", "--out", "dinh-nghia.xlsx"], c.io)).toBe(0);
    const check = io(dir);
    expect(await run(["forms", "check", "dinh-nghia.xlsx"], check.io)).toBe(0);
    expect(check.out()).toContain(loadCatalog().form.hash);
    const again = io(dir);
    expect(await run(["forms", "export", "--out", "dinh-nghia.xlsx"], again.io)).toBe(2);
    expect(await run(["forms", "export", "--out", "dinh-nghia.xlsx", "--force"], io(dir).io)).toBe(0);
  });
});
