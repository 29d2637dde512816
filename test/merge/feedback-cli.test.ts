/** `union-report merge --feedback DIR` in-process on real files: returned workbooks, the chase list and the report summary. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, utimesSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { FigureKey } from "../../src/domain/submission";
import { runMerge } from "../../src/cli/commands/merge";
import { parseCsv } from "../../src/domain/merge/csv";
import { validateFile } from "../../src/cli/commands/validate";
import { CarriedCatalogs } from "../../src/domain/definition/carried-definition";
import { captureIo } from "../support/cli-io";
import { unitWorkbook } from "./support";

jest.setTimeout(60_000);

const figs = (dv: number, nu: number) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["LD_NU@value", dv],
    ["DV_TONG@value", dv],
    ["DV_NU@value", nu],
  ]);

describe("union-report merge --feedback", () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ur-feedback-"));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.xlsx"), await unitWorkbook("CDCS-A", figs(10, 4), { name: "CĐCS Trường A" }));
    // An older copy of A, replaced by a.xlsx: nothing to return, nobody to chase.
    writeFileSync(
      join(dir, "in", "a-ban-cu.xlsx"),
      await unitWorkbook("CDCS-A", figs(9, 4), { name: "CĐCS Trường A", date: "2026-06-01" }),
    );
    writeFileSync(join(dir, "in", "c.xlsx"), await unitWorkbook("CDCS-C", figs(5, 9), { name: "CĐCS Công ty C" })); // DV_NU > DV_TONG
    writeFileSync(join(dir, "in", "Bao cao CDCS-E.pdf"), "%PDF-1.4 not a workbook");
    writeFileSync(join(dir, "in", "hong.xlsx"), "PK\u0003\u0004 broken zip");
    // The files arrived before the deadline (10/6): lateness is judged by the day a file was received, its modification time here.
    for (const name of ["a.xlsx", "a-ban-cu.xlsx", "c.xlsx"])
      utimesSync(join(dir, "in", name), new Date("2026-06-05T10:00:00"), new Date("2026-06-05T10:00:00"));
    writeFileSync(
      join(dir, "roster.csv"),
      "Mã đơn vị;Tên đơn vị;Cấp\nCDCS-A;CĐCS Trường A;cdcs\nCDCS-C;CĐCS Công ty C;cdcs\nCDCS-D;CĐCS Xã D;cdcs\nCDCS-E;CĐCS Bệnh viện E;cdcs\n=CMD;CĐCS =1+1;cdcs\n",
    );
  });

  const run = async (args: string[]) => {
    const cli = captureIo(dir);
    const code = await runMerge(
      [
        "in",
        join("in", "Bao cao CDCS-E.pdf"),
        "--campaign",
        "tk-3105-2026",
        "--out",
        `out-${Math.random()}.xlsx`,
        "--roster",
        "roster.csv",
        "--unit-code",
        "H1",
        "--unit-name",
        "LĐLĐ huyện Mường Chà",
        "--level",
        "huyen",
        ...args,
      ],
      { lang: "vi", io: cli.io },
    );
    return { code, out: cli.out(), err: cli.err() };
  };

  it("returns the refused unit's own file, writes the chase list with one line per unit to chase, and prints the summary", async () => {
    const { code, out, err } = await run(["--feedback", "tra-lai"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const written = readdirSync(join(dir, "tra-lai")).sort();
    expect(written).toEqual(["danh-sach-don-doc.csv", "tra-lai-c.xlsx"]);
    // The returned file is the unit's own, still failing the same check until the unit fixes it.
    const { outcome } = validateFile(new CarriedCatalogs(), join(dir, "tra-lai", "tra-lai-c.xlsx"));
    expect(outcome.status === "checked" && outcome.unitCode).toBe("CDCS-C");
    expect(
      outcome.status === "checked" &&
        outcome.issues
          .filter((i) => i.severity === "error")
          .map((i) => i.id)
          .sort(),
    ).toEqual(["DV_NU_LE_LD_NU@value", "PART_DV_NU_LE_DV_TONG@value"]);

    const bytes = readFileSync(join(dir, "tra-lai", "danh-sach-don-doc.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString("utf8"));
    expect(rows[0]).toEqual(["Mã đơn vị", "Tên đơn vị", "Tình trạng", "Tệp", "Lý do / việc cần làm"]);
    const byCode = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byCode.has("CDCS-A")).toBe(false); // accepted: nothing to chase
    expect(byCode.get("CDCS-C")!.slice(2, 4)).toEqual(["Bị từ chối", "c.xlsx"]);
    expect(byCode.get("CDCS-C")![4]).toContain("tra-lai-c.xlsx");
    expect(byCode.get("CDCS-C")![4]).toContain("Số đoàn viên nữ (9) lớn hơn tổng số đoàn viên (5)");
    expect(byCode.get("CDCS-C")![4]).not.toContain("--accept-errors");
    expect(byCode.get("CDCS-D")!.slice(2)).toEqual(["Chưa nộp", "", ""]);
    expect(byCode.get("CDCS-E")!.slice(2, 4)).toEqual(["Đã gửi, tệp không đọc được", "Bao cao CDCS-E.pdf"]);
    expect(
      rows.some(
        (r) => r[3] === "hong.xlsx" && r[2] === "Đã gửi, tệp không đọc được" && r[1] === "Tệp không đọc được, chưa rõ của đơn vị nào",
      ),
    ).toBe(true);
    // A formula-looking name stays text.
    expect(rows.some((r) => r[0] === "'=CMD" && r[1] === "CĐCS =1+1")).toBe(true);

    expect(out).toContain("Tóm tắt để đưa vào báo cáo:");
    expect(out).toContain("Tổng số đơn vị trực thuộc: 5.");
    expect(out).toContain("Đã nộp: 1 đơn vị (trong đó nộp muộn: 0).");
    expect(out).toMatch(/Chưa nộp: 4 đơn vị \(.*CĐCS Xã D/);
    expect(out).toContain("Số tệp đã chọn: 5; tệp được chấp nhận: 1.");
    expect(rows.some((r) => r[3] === "a-ban-cu.xlsx")).toBe(false);
    expect(out).toContain("Bị từ chối, phải gửi lại: 1 tệp.");
    expect(out).toContain("Tệp không đọc được: 2.");
    expect(out).toMatch(/- Tổng số lao động.*: 20/);
  });

  it("never writes over a file already in the folder", async () => {
    await run(["--feedback", "lan2"]);
    const before = readFileSync(join(dir, "lan2", "tra-lai-c.xlsx"));
    const { err } = await run(["--feedback", "lan2"]);
    expect(err).toContain("Không ghi đè tệp đã có");
    expect(readFileSync(join(dir, "lan2", "tra-lai-c.xlsx")).equals(before)).toBe(true);
    expect(readdirSync(join(dir, "lan2")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a feedback folder inside an input folder (the next merge would read it back)", async () => {
    const { code, err } = await run(["--feedback", join("in", "tra-lai")]);
    expect(code).toBe(2);
    expect(err).toContain("nằm trong thư mục tệp nộp");
    expect(existsSync(join(dir, "in", "tra-lai"))).toBe(false);
  });
});
