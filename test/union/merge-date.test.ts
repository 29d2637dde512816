/**
 * Issue 20 item 13: the consolidated workbook's Ngày lập is set with `merge --date` (default today), and a
 * unit's lateness is judged by the day its file was received — the roster's "Ngày nhận", else the file's
 * modification time, shown as such — while the unit's own Ngày lập stays visible.
 */
import { readFileSync, utimesSync, writeFileSync, mkdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { localIsoDate, serialToIso } from "../../src/domain/dates";
import { readBack } from "../writer/readBack";
import { cli, scratchDir } from "../writer/cli/io";
import { unitWorkbook } from "../merge/support";

async function inbox(): Promise<string> {
  const dir = scratchDir();
  mkdirSync(join(dir, "nop"));
  // Both typed 05/06/2026 as their Ngày lập; A arrived on 08/06, B (the file) only on 25/06, after the CĐCS deadline of 10/6.
  for (const [code, arrived] of [
    ["A", "2026-06-08"],
    ["B", "2026-06-25"],
  ] as const) {
    const path = join(dir, "nop", `${code}.xlsx`);
    writeFileSync(path, await unitWorkbook(code, new Map([["LD_TONG@value", 10]]), { date: "2026-06-05" }));
    utimesSync(path, new Date(`${arrived}T10:00:00`), new Date(`${arrived}T10:00:00`));
  }
  return dir;
}

const dateOf = (value: unknown): string | null =>
  typeof value === "number" ? serialToIso(value) : typeof value === "string" ? value.slice(0, 10) : null;

async function statusTexts(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.getWorksheet("Tình trạng nộp báo cáo")!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ""))));
  return texts;
}

describe("merge --date and the day a file was received", () => {
  it("sets the consolidated Ngày lập; judges lateness by the file's modification time, shown as such", async () => {
    const dir = await inbox();
    writeFileSync(join(dir, "ds.csv"), "Mã đơn vị;Tên đơn vị;Cấp\r\nA;CĐCS A;cdcs\r\nB;CĐCS B;cdcs\r\n");
    const run = await cli(
      [
        "merge",
        "nop",
        "--campaign",
        "tk-3105-2026",
        "--roster",
        "ds.csv",
        "--level",
        "xa",
        "--date",
        "22/6/2026",
        "--out",
        "th.xlsx",
        "--json",
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { roster: { counts: { late: number; submitted: number } } };
    expect(report.roster.counts).toMatchObject({ submitted: 2, late: 1 });
    expect(dateOf((await readBack(new Uint8Array(readFileSync(join(dir, "th.xlsx"))))).values.get("UR_ID_DATE"))).toBe("2026-06-22");
    const texts = await statusTexts(join(dir, "th.xlsx"));
    expect(texts.some((x) => x.includes("ngày sửa tệp 25/06/2026"))).toBe(true);
    expect(texts.some((x) => x.includes("05/06/2026"))).toBe(true); // the unit's own Ngày lập stays visible
  });

  it("takes the roster's Ngày nhận before the file's time; without --date the Ngày lập is today", async () => {
    const dir = await inbox();
    writeFileSync(join(dir, "ds.csv"), "Mã đơn vị;Tên đơn vị;Cấp;Ngày nhận\r\nA;CĐCS A;cdcs;08/06/2026\r\nB;CĐCS B;cdcs;09/06/2026\r\n");
    const run = await cli(
      ["merge", "nop", "--campaign", "tk-3105-2026", "--roster", "ds.csv", "--level", "xa", "--out", "th.xlsx", "--json"],
      dir,
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { roster: { counts: { late: number } } }).roster.counts.late).toBe(0);
    expect(dateOf((await readBack(new Uint8Array(readFileSync(join(dir, "th.xlsx"))))).values.get("UR_ID_DATE"))).toBe(
      localIsoDate(new Date()),
    );
    expect((await statusTexts(join(dir, "th.xlsx"))).some((x) => x.includes("ngày nhận 09/06/2026"))).toBe(true);
  });

  it("refuses a date that is not one", async () => {
    const dir = await inbox();
    const run = await cli(["merge", "nop", "--date", "31/02/2026", "--out", "th.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Ngày lập "31/02/2026" không hợp lệ');
  });
});
