/**
 * Rosters as they arrive: Windows-1258 and UTF-16 CSVs decoded (an encoding we cannot read named, never
 * garbled), a stated bound with a clear error (a 200,000-line roster refused quickly), duplicate codes
 * reported by line, formula-looking names kept as text, codes compared after NFKC and Cyrillic/Greek
 * lookalikes refused with their line; and the CSVs we write escape formula-looking cells (OWASP).
 */
import { loadRoster } from "../../src/app/merge";
import { decodeRosterText } from "../../src/workbook/merge/roster-text";
import { MAX_ROSTER_LINES, parseCsv, render, unitKey, writeCsv } from "../../src/domain/merge";
import { rosterUnits } from "../../src/cli/commands/template";
import { catalog } from "./support";

/** Text as Vietnamese Excel's "CSV (Comma delimited)" writes it: Windows-1258, tone marks as combining characters after the base letter. */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1258");
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = byChar.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize("NFD");
    const base = nfd.replace(TONES, "").normalize("NFC");
    const tones = nfd.match(TONES) ?? [];
    for (const part of [base, ...tones]) {
      const b = byChar.get(part);
      if (b === undefined) throw new Error(`not in windows-1258: ${JSON.stringify(part)}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

const ROSTER =
  "Mã đơn vị,Tên đơn vị,Cấp\r\nDB01,CĐCS Trường Tiểu học Nguyễn Trãi,cdcs\r\nDB02,Công đoàn cơ sở Bệnh viện Đa khoa tỉnh,cdcs\r\nH01,Liên đoàn Lao động huyện Mường Ảng,huyen\r\n";
const NAMES = ["CĐCS Trường Tiểu học Nguyễn Trãi", "Công đoàn cơ sở Bệnh viện Đa khoa tỉnh", "Liên đoàn Lao động huyện Mường Ảng"];

const loaded = (name: string, bytes: Uint8Array) => {
  const r = loadRoster(name, bytes);
  if (!r.ok) throw new Error(render("vi", r.error));
  return r.value;
};

describe("a roster's encoding", () => {
  it("reads a Windows-1258 CSV, as Vietnamese Excel saves it, with every name right (NFC)", () => {
    const bytes = windows1258(ROSTER);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    expect(decodeRosterText(bytes)).toMatchObject({ ok: true, value: { encoding: "windows-1258" } });
    const roster = loaded("danh-sach.csv", bytes);
    expect(roster.units.map((u) => u.name)).toEqual(NAMES);
    expect(roster.units.map((u) => u.level)).toEqual(["cdcs", "cdcs", "huyen"]);
  });

  it("reads UTF-16 with its BOM (little and big endian), and UTF-8 with or without BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(ROSTER).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...Array.from(ROSTER).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    const utf8 = new TextEncoder().encode(ROSTER);
    for (const bytes of [le, be, utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])])
      expect(loaded("ds.csv", bytes).units.map((u) => u.name)).toEqual(NAMES);
  });

  it("names an encoding it cannot read instead of garbling the names", () => {
    const le = Array.from(ROSTER).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    for (const bytes of [new Uint8Array(le), new Uint8Array([...new TextEncoder().encode("Mã,Tên\r\nA,"), 0x81, 0x8d, 0x8f])]) {
      const r = loadRoster("ds.csv", bytes);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(render("vi", r.error)).toContain("Không đọc được bảng mã của tệp danh sách");
    }
  });
});

describe("a roster's size", () => {
  const csv = (lines: number) => {
    const parts = ["Mã đơn vị,Tên đơn vị,Cấp"];
    for (let i = 1; i <= lines; i++) parts.push(`CD${i},CĐCS số ${i},cdcs`);
    return new TextEncoder().encode(parts.join("\n"));
  };

  it(`takes ${MAX_ROSTER_LINES.toLocaleString("en")} lines`, () => {
    expect(loaded("ds.csv", csv(MAX_ROSTER_LINES)).units).toHaveLength(MAX_ROSTER_LINES);
  });

  it("refuses a 200,000-line roster quickly, with the bound stated, in merge and in template --roster", () => {
    const bytes = csv(200_000);
    const started = performance.now();
    const r = loadRoster("ds.csv", bytes);
    const ms = performance.now() - started;
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(render("vi", r.error)).toBe(
        "Danh sách đơn vị có 200.000 dòng, quá giới hạn 100.000 dòng: không dùng. Hãy tách danh sách theo cấp hoặc theo địa bàn.",
      );
    expect(ms).toBeLessThan(3000);
    const template = rosterUnits("ds.csv", bytes, catalog, "vi");
    expect(template.ok).toBe(false);
    if (!template.ok) expect(template.error).toContain("quá giới hạn 100.000 dòng");
  });
});

describe("a roster's lines", () => {
  const roster = (text: string) => loaded("ds.csv", new TextEncoder().encode(text));

  it("reports a duplicate code by its line and the line it repeats", () => {
    const r = roster("Mã đơn vị,Tên đơn vị\nA,CĐCS A\nB,CĐCS B\na ,CĐCS A lần hai\n");
    expect(r.units.map((u) => u.code)).toEqual(["A", "B"]);
    expect(r.warnings.map((w) => render("vi", w))).toEqual(["Danh sách đơn vị, dòng 4: mã a trùng với dòng 2, bỏ qua dòng này."]);
  });

  it("keeps a name that looks like a formula as text, never dropping the line", () => {
    const r = roster("Mã đơn vị,Tên đơn vị\nA,=1+1\nB,+84 Công ty\nC,@SUM(A1)\n,(3)\n");
    expect(r.units.map((u) => [u.code, u.name])).toEqual([
      ["A", "=1+1"],
      ["B", "+84 Công ty"],
      ["C", "@SUM(A1)"],
    ]);
  });

  it("compares codes after NFKC: a full-width code is the same unit", () => {
    expect(unitKey("ＣＤ０１")).toBe(unitKey("CD01"));
    const r = roster("Mã đơn vị,Tên đơn vị\nCD01,CĐCS A\nＣＤ０１,CĐCS A (gõ bằng bộ gõ)\n");
    expect(r.units).toHaveLength(1);
    expect(render("vi", r.warnings[0]!)).toContain("trùng với dòng 2");
  });

  it("refuses a code mixing Cyrillic or Greek lookalikes among Latin letters, naming the line", () => {
    const r = roster("Mã đơn vị,Tên đơn vị\nB01,CĐCS B\n\u0412\u004f1,CĐCS giả\nCD\u039f2,CĐCS Hy Lạp\n");
    expect(r.units.map((u) => u.code)).toEqual(["B01"]);
    expect(r.warnings.map((w) => render("vi", w))).toEqual([
      'Danh sách đơn vị, dòng 3: mã "ВO1" lẫn chữ Kirin hoặc Hy Lạp trông giống chữ Latinh (В); không dùng dòng này, hãy gõ lại mã.',
      'Danh sách đơn vị, dòng 4: mã "CDΟ2" lẫn chữ Kirin hoặc Hy Lạp trông giống chữ Latinh (Ο); không dùng dòng này, hãy gõ lại mã.',
    ]);
  });
});

describe("CSVs we write", () => {
  it("escape text cells that start like a formula with a leading ' (quoted), as OWASP recommends; numbers are kept", () => {
    const rows = [
      ["STT", "Mã", "Tên"],
      [1, "A", '=HYPERLINK("http://x","bấm")'],
      [2, "B", "+cmd|' /C calc'!A0"],
      [3, "C", "@SUM(1+1)*cmd|' /C calc'!A0"],
      [4, "D", "-2+3"],
      [-5, "E", "\t=1+1"],
      [6, "F", "CĐCS bình thường; có dấu chấm phẩy"],
    ];
    const text = writeCsv(rows);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(text).toContain(`"'+cmd|' /C calc'!A0"`);
    expect(text).toContain(`"'@SUM(1+1)*cmd|' /C calc'!A0"`);
    expect(text).toContain(`"'-2+3"`);
    expect(text).toContain(`-5;E;"'\t=1+1"`);
    const back = parseCsv(text);
    expect(back.slice(1).map((r) => r[2])).toEqual([
      '\'=HYPERLINK("http://x","bấm")',
      "'+cmd|' /C calc'!A0",
      "'@SUM(1+1)*cmd|' /C calc'!A0",
      "'-2+3",
      "'\t=1+1",
      "CĐCS bình thường; có dấu chấm phẩy",
    ]);
    // No field of the file starts with a formula character once unquoted.
    for (const row of back) for (const cell of row) expect(/^[=+@]/.test(cell) || /^-[^\d]/.test(cell)).toBe(false);
  });
});

describe("the status sheet's roster table", () => {
  it("is a rows plan drawn when written (never held as cells), and reads back line by line from the .xlsx", async () => {
    const { mergeFiles } = await import("../../src/app/merge");
    const { writeWorkbook } = await import("../../src/workbook/file/writer");
    const { readSheetTable } = await import("../../src/workbook/file/reader");
    const { statusSheetName } = await import("../../src/domain/merge");
    const { unitWorkbook, DISTRICT } = await import("./support");
    const lines = ["Mã đơn vị,Tên đơn vị,Cấp", ...Array.from({ length: 300 }, (_, i) => `CD${i + 1},CĐCS số ${i + 1},cdcs`)].join("\n");
    const roster = loaded("ds.csv", new TextEncoder().encode(lines));
    const files = [{ name: "CD2.xlsx", bytes: await unitWorkbook("CD2", new Map([["DV_TONG@value", 5]])) }];
    const outcome = await mergeFiles(catalog, files, { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, roster, today: "2026-06-15" });
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    const status = outcome.plan.sheets.find((s) => s.name === statusSheetName())!;
    expect(status.rows?.count).toBe(300);
    expect(status.cells.some((c) => c.value === "CĐCS số 150")).toBe(false);
    const table = readSheetTable(await writeWorkbook(outcome.plan), statusSheetName());
    if (!table.ok) throw new Error(render("en", table.error));
    const at = (code: string) => table.value.rows.find((r) => r[1] === code);
    const { levelLabel } = await import("../../src/domain/definition/levels");
    const { t } = await import("../../src/domain/i18n/strings");
    const cdcs = levelLabel("cdcs").vi;
    expect(at("CD2")?.slice(0, 5)).toEqual([2, "CD2", "CĐCS số 2", cdcs, t("vi", "merge.roster.submitted")]);
    expect(at("CD300")?.slice(0, 5)).toEqual([300, "CD300", "CĐCS số 300", cdcs, t("vi", "merge.roster.missing")]);
    // What follows the table (the roster's own warnings, the dropped copies) is still below it.
    expect(table.value.rows.findIndex((r) => r[1] === "CD300")).toBeGreaterThan(table.value.rows.findIndex((r) => r[1] === "CD1"));
  });
});
