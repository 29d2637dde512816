/** `union-report template`, run in-process: one unit, a roster of units, a user's own campaign, and the failures. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/workbook/file/reader";
import { templateFileName, uniqueNames } from "../../../src/workbook/file/writer/fileName";
import { asciiFold } from "../../../src/domain/ascii-fold";
import { readBack } from "../readBack";
import { cli, scratchDir } from "./io";
import { render } from "../../../src/domain/i18n/message";

const readIds = async (path: string) => (await readBack(new Uint8Array(readFileSync(path)))).values;

describe("union-report template, one unit", () => {
  it("writes a pre-identified workbook", async () => {
    const dir = scratchDir();
    const { code, stdout } = await cli(
      [
        "template",
        "--campaign",
        "tk-3105-2026",
        "--out",
        "bieu.xlsx",
        "--unit-code",
        "DB-01",
        "--unit-name",
        "CĐCS Trường Tiểu học Kim Đồng",
        "--level",
        "CĐCS",
        "--parent",
        "LĐLĐ huyện Điện Biên",
      ],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Đã tạo biểu mẫu");
    const values = await readIds(join(dir, "bieu.xlsx"));
    expect(values.get("UR_ID_UNIT_CODE")).toBe("DB-01");
    expect(values.get("UR_ID_UNIT_NAME")).toBe("CĐCS Trường Tiểu học Kim Đồng");
    expect(values.get("UR_ID_LEVEL")).toBe("Công đoàn cơ sở");
    expect(values.get("UR_ID_PARENT")).toBe("LĐLĐ huyện Điện Biên");
    expect(values.get("UR_META_CAMPAIGN_ID")).toBe("tk-3105-2026");
  });

  it("reads back through the project's own fast reader", async () => {
    const dir = scratchDir();
    await cli(
      [
        "template",
        "--campaign",
        "sk5-nq20-2008-2012",
        "--out",
        "a.xlsx",
        "--unit-code",
        "X1",
        "--unit-name",
        "Công đoàn ngành Giáo dục",
        "--level",
        "huyen",
      ],
      dir,
    );
    const outcome = readWorkbook(new Uint8Array(readFileSync(join(dir, "a.xlsx"))));
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    expect(outcome.value.flags.brokenNames).toEqual([]);
    expect(outcome.value.workbook.names.get("UR_ID_UNIT_NAME")!.cells[0][0].value).toBe("Công đoàn ngành Giáo dục");
    expect(outcome.value.workbook.names.get("UR_META_CAMPAIGN_ID")!.cells[0][0].value).toBe("sk5-nq20-2008-2012");
  });

  it("makes a user's own review campaign from --campaign-file", async () => {
    const dir = scratchDir();
    writeFileSync(
      join(dir, "ky.json"),
      JSON.stringify({
        title: "Tổng kết 5 năm phong trào thi đua",
        baseYear: 2020,
        endYear: 2025,
        deadlines: { cdcs: "2025-11-30", huyen: "2025-12-10" },
      }),
    );
    const { code } = await cli(["template", "--campaign-file", "ky.json", "--out", "rieng.xlsx"], dir);
    expect(code).toBe(0);
    const values = await readIds(join(dir, "rieng.xlsx"));
    expect(values.get("UR_META_CAMPAIGN_ID")).toBe("rv-tong-ket-5-nam-phong-trao-thi-dua-2020-2025");
    expect(String(values.get("UR_META_CAMPAIGN_DEF"))).toContain("Tổng kết 5 năm phong trào thi đua");
  });

  it.each([
    [["--campaign", "tk-3105-2026", "--out", "x.xlsx", "--level", "thôn"], 'Cấp "thôn" không rõ'],
    [["--campaign", "tk-3105-2026"], "Cần cho biết nơi ghi"],
    [["--campaign", "khong-co", "--out", "x.xlsx"], "Không có kỳ báo cáo"],
    [["--campaign-file", "thieu.json", "--out", "x.xlsx"], "Không đọc được tệp kỳ báo cáo"],
    [["--campaign", "tk-3105-2026", "--campaign-file", "a.json", "--out", "x.xlsx"], "Chỉ dùng một trong hai"],
    [["--campaign", "tk-3105-2026", "--out"], "cần một giá trị"],
  ])("refuses %j with exit code 2", async (args, message) => {
    const dir = scratchDir();
    const { code, stderr } = await cli(["template", ...args], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("does not overwrite an existing file without --force", async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "co-san.xlsx"), "số liệu cũ");
    const refused = await cli(["template", "--campaign", "tk-3011-2026", "--out", "co-san.xlsx"], dir);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, "co-san.xlsx"), "utf8")).toBe("số liệu cũ");
    expect((await cli(["template", "--campaign", "tk-3011-2026", "--out", "co-san.xlsx", "--force"], dir)).code).toBe(0);
  });
});

describe("union-report template --roster", () => {
  it("writes one workbook per unit of a CSV roster with Vietnamese headers, skipping and reporting bad lines", async () => {
    const dir = scratchDir();
    // Decomposed (NFD) letters, as some Mac tools save them; a bad level; a line without a code (a code is proposed); a duplicate.
    const roster = [
      "Mã đơn vị;Tên đơn vị;Cấp",
      "DB001;CĐCS Công ty Cổ phần Cà phê Điện Biên;CĐCS",
      `DB002;${"CĐCS Trường THPT Mường Chà".normalize("NFD")};cdcs`,
      'DB003;CĐCS Bệnh viện "Đa khoa" / Khu vực;thôn',
      ";CĐCS không có mã;cdcs",
      "DB001;Trùng mã;cdcs",
      "CON;Thiết bị: tên dành riêng?;huyen",
    ].join("\r\n");
    writeFileSync(join(dir, "ds.csv"), `\uFEFF${roster}`);
    const { code, stdout, stderr } = await cli(
      ["template", "--campaign", "tk-3105-2026", "--roster", "ds.csv", "--out", "gui-di", "--parent", "LĐLĐ tỉnh Điện Biên"],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toContain("Đã tạo 4 biểu mẫu");
    expect(stderr).toContain("dòng 4 (DB003)");
    expect(stderr).not.toContain("thiếu mã đơn vị");
    expect(stderr).toContain("mã DB001 trùng với dòng 2");
    const files = readdirSync(join(dir, "gui-di")).sort();
    const proposed = files.find((f) => f.endsWith("-cdcs-khong-co-ma.xlsx"))!;
    expect(proposed).toMatch(/^CD-[0-9A-F]{6}-cdcs-khong-co-ma\.xlsx$/);
    expect(files).toEqual(
      [
        "CON-thiet-bi-ten-danh-rieng.xlsx",
        "DB001-cdcs-cong-ty-co-phan-ca-phe-dien-bien.xlsx",
        "DB002-cdcs-truong-thpt-muong-cha.xlsx",
        proposed,
        "danh-sach-co-ma.csv",
      ].sort(),
    );
    expect(stdout).toContain("danh-sach-co-ma.csv");
    const second = await readIds(join(dir, "gui-di", "DB002-cdcs-truong-thpt-muong-cha.xlsx"));
    expect(second.get("UR_ID_UNIT_NAME")).toBe("CĐCS Trường THPT Mường Chà"); // NFC again
    expect(second.get("UR_ID_UNIT_CODE")).toBe("DB002");
    expect(second.get("UR_ID_PARENT")).toBe("LĐLĐ tỉnh Điện Biên");
    expect((await readIds(join(dir, "gui-di", "CON-thiet-bi-ten-danh-rieng.xlsx"))).get("UR_ID_LEVEL")).toBe(
      "Công đoàn cấp trên trực tiếp cơ sở",
    );
  });

  it("proposes stable codes for a roster kept without codes, and writes the roster with them to keep", async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "ds.csv"), "DANH SÁCH CĐCS\nSTT;Tên công đoàn cơ sở;Cấp\n1;CĐCS Chợ Trung tâm;cdcs\n2;CĐCS Bến xe;cdcs\n");
    // The same units in another order, one more: the codes do not depend on the line.
    writeFileSync(
      join(dir, "ds2.csv"),
      "STT;Tên CĐCS;Cấp\n1;CĐCS Trạm Y tế;cdcs\n2;CĐCS Bến xe;cdcs\n3;Công đoàn cơ sở Chợ Trung tâm;cdcs\n",
    );
    const first = await cli(["template", "--campaign", "tk-3105-2026", "--roster", "ds.csv", "--out", "a"], dir);
    const second = await cli(["template", "--campaign", "tk-3105-2026", "--roster", "ds2.csv", "--out", "b"], dir);
    expect([first.code, second.code]).toEqual([0, 0]);
    const kept = readFileSync(join(dir, "a", "danh-sach-co-ma.csv"), "utf8");
    const rows = kept
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(";"));
    expect(rows[0]).toEqual(["STT", "Mã đơn vị", "Tên đơn vị", "Cấp"]);
    const codeOf = (csv: string, name: string) =>
      csv
        .split("\r\n")
        .find((l) => l.includes(name))!
        .split(";")[1];
    const again = readFileSync(join(dir, "b", "danh-sach-co-ma.csv"), "utf8");
    expect(codeOf(again, "Chợ Trung tâm")).toBe(codeOf(kept, "Chợ Trung tâm"));
    expect(codeOf(again, "Bến xe")).toBe(codeOf(kept, "Bến xe"));
    expect(new Set(rows.slice(1).map((r) => r[1])).size).toBe(2);
    // The kept copy is itself a roster with codes: using it again proposes nothing and writes no copy.
    const third = await cli(["template", "--campaign", "tk-3105-2026", "--roster", "a/danh-sach-co-ma.csv", "--out", "c"], dir);
    expect(third.code).toBe(0);
    expect(readdirSync(join(dir, "c")).sort()).toEqual(
      readdirSync(join(dir, "a"))
        .filter((f) => f.endsWith(".xlsx"))
        .sort(),
    );
  });

  it("reads an .xlsx roster with English headers", async () => {
    const dir = scratchDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRows([
      ["code", "name", "level"],
      ["H01", "LĐLĐ huyện Tuần Giáo", "huyen"],
      [2, "CĐCS số 2", "cdcs"],
    ]);
    writeFileSync(join(dir, "ds.xlsx"), Buffer.from(await workbook.xlsx.writeBuffer()));
    const { code } = await cli(["template", "--campaign", "tk10-nq6a-2011-2020", "--roster", "ds.xlsx", "--out", "out"], dir);
    expect(code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["2-cdcs-so-2.xlsx", "H01-ldld-huyen-tuan-giao.xlsx"]);
  });

  it("exits 2 when no line can be used", async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "ds.csv"), "Mã đơn vị,Tên đơn vị,Cấp\nA1,Một,không rõ\n");
    const { code, stderr } = await cli(["template", "--campaign", "tk-3105-2026", "--roster", "ds.csv", "--out", "out"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain("Không tạo được biểu mẫu nào");
  });

  it("exits 2 on a roster without a header row", async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "ds.csv"), "A1,Một\nA2,Hai\n");
    const { code, stderr } = await cli(["template", "--campaign", "tk-3105-2026", "--roster", "ds.csv", "--out", "out"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain("Không tìm thấy dòng tiêu đề");
  });
});

describe("roster file names", () => {
  it("folds Vietnamese to ASCII and keeps Windows happy", () => {
    expect(asciiFold("Đoàn Thị Ngọc Ánh")).toBe("Doan Thi Ngoc Anh");
    expect(templateFileName("DB/01", 'CĐCS Công ty: "An Phú" <2>')).toBe("DB_01-cdcs-cong-ty-an-phu-2.xlsx");
    expect(templateFileName("NUL", "")).toBe("NUL_.xlsx");
    expect(templateFileName("A1", "x".repeat(200)).length).toBeLessThanOrEqual(85);
    expect(templateFileName("...", "...")).toBe("don-vi.xlsx");
  });

  it("never gives two units the same file, whatever the case", () => {
    const unique = uniqueNames();
    expect([unique("A-x.xlsx"), unique("a-X.xlsx"), unique("A-x.xlsx")]).toEqual(["A-x.xlsx", "a-X-2.xlsx", "A-x-3.xlsx"]);
  });
});
