/** Roster completeness: submitted, missing, late, unexpected, duplicates and double counting; CSV rosters. */
import { parseCsv, rosterFromRows, ROSTER_LINE_WARNINGS, type Roster } from "../../src/domain/merge";
import { rosterFromSheet } from "../../src/app/merge";
import { consolidatedFile, merge, unitFile, DISTRICT, PROVINCE } from "./support";
import type { FigureKey } from "../../src/domain/submission";

const figures = (n: number) =>
  new Map<FigureKey, number | null>([
    ["DV_TONG@value", n],
    ["LD_TONG@value", n * 2],
  ]);

function roster(text: string): Roster {
  const r = rosterFromRows(parseCsv(text));
  if (!r.ok) throw new Error(r.error.key);
  return r.value;
}

const ROSTER =
  "Mã đơn vị;Tên đơn vị;Cấp\nCD001;CĐCS Trường Tiểu học Kim Đồng;cdcs\nCD002;CĐCS Bệnh viện huyện;Công đoàn cơ sở\nCD003;CĐCS Công ty Cà phê Mường Ảng;CĐCS\nCD004;CĐCS Trường THCS Lê Lợi;cdcs\n";

describe("roster completeness", () => {
  it("says who submitted, who is missing, who is unexpected, with a name hint", () => {
    const files = [
      unitFile({ code: "CD001", name: "CĐCS Trường Tiểu học Kim Đồng", date: "2026-06-05", figures: figures(10) }),
      unitFile({ code: "cd002 ", name: "CĐCS Bệnh viện huyện", date: "2026-06-06", figures: figures(20) }),
      // Wrong code typed by the unit, right name: not matched, only hinted.
      unitFile({ code: "CD-0004", name: "CĐCS  Trường THCS Lê Lợi", date: "2026-06-06", figures: figures(5) }),
    ];
    const result = merge(files, DISTRICT, roster(ROSTER));
    const r = result.roster!;
    expect(r.lines.map((l) => [l.unit.code, l.state])).toEqual([
      ["CD001", "submitted"],
      ["CD002", "submitted"],
      ["CD003", "missing"],
      ["CD004", "missing"],
    ]);
    expect(r.unexpected.map((u) => u.code)).toEqual(["CD-0004"]);
    expect(r.unexpected[0].hint?.code).toBe("CD004");
    expect(r.lines[3].hint?.code).toBe("CD-0004");
    expect(r.counts).toEqual({ expected: 4, submitted: 2, late: 0, missing: 2, unclear: 0, unexpected: 1, duplicate: 0, doubleCounted: 0 });
  });

  it("flags a unit that prepared its report after its level's deadline as late", () => {
    // tk-3105-2026: CĐCS send by 10/6/2026.
    const files = [
      unitFile({ code: "CD001", name: "A", date: "2026-06-10", figures: figures(1) }),
      unitFile({ code: "CD002", name: "B", date: "2026-06-11", figures: figures(1) }),
    ];
    const r = merge(files, DISTRICT, roster(ROSTER)).roster!;
    expect(r.lines[0].state).toBe("submitted");
    expect(r.lines[1].state).toBe("late");
    expect(r.lines[1].deadline).toBe("2026-06-10");
    expect(r.counts.late).toBe(1);
  });

  it("shows a unit sent twice as a duplicate and counts it once", () => {
    const files = [
      unitFile({ code: "CD001", name: "A", date: "2026-06-03", figures: figures(1) }, undefined, "cd001-cu.xlsx"),
      unitFile({ code: "CD001", name: "A", date: "2026-06-08", figures: figures(3) }, undefined, "cd001-moi.xlsx"),
    ];
    const result = merge(files, DISTRICT, roster(ROSTER));
    expect(result.figures.get("DV_TONG@value")).toBe(3);
    expect(result.roster!.lines[0]).toMatchObject({ state: "submitted", duplicate: true, fileName: "cd001-moi.xlsx" });
    const old = result.files.find((f) => f.name === "cd001-cu.xlsx")!;
    expect(old.status).toBe("rejected");
    expect(old.reasons[0].key).toBe("merge.file.duplicateOf");
  });

  it("flags a unit present directly and inside a district's workbook as double counted, keeping the later copy", () => {
    const district = merge(
      [
        unitFile({ code: "CD001", name: "A", date: "2026-06-05", figures: figures(10) }),
        unitFile({ code: "CD002", name: "B", date: "2026-06-05", figures: figures(20) }),
      ],
      DISTRICT,
    );
    const districtFile = consolidatedFile(district, "2026-06-15", "huyen.xlsx", 10);
    const direct = unitFile({ code: "CD001", name: "A", date: "2026-06-09", figures: figures(11) }, undefined, "cd001.xlsx", 11);
    const provinceRoster = roster("code,name,level\nLDLD-MC,LĐLĐ huyện Mường Chà,huyen\nCD001,A,cdcs\n");
    const result = merge([districtFile, direct], PROVINCE, provinceRoster);
    expect(result.figures.get("DV_TONG@value")).toBe(31); // 11 (direct, later) + 20
    expect(result.dropped).toHaveLength(1);
    expect(result.dropped[0]).toMatchObject({
      kind: "doubleCounted",
      code: "CD001",
      rule: "laterDate",
      dropped: { fileName: "huyen.xlsx", via: "LDLD-MC" },
      kept: { fileName: "cd001.xlsx" },
    });
    const huyen = result.files.find((f) => f.name === "huyen.xlsx")!;
    expect(huyen.status).toBe("warnings");
    expect(huyen.unitsCounted).toBe(1);
    expect(result.roster!.lines.map((l) => [l.unit.code, l.state, l.doubleCounted])).toEqual([
      ["LDLD-MC", "submitted", false],
      ["CD001", "submitted", true],
    ]);
  });

  it("matches codes typed in decomposed Unicode (NFD) against an NFC roster", () => {
    const nfd = "CĐ-ĐÔNG".normalize("NFD");
    const r = merge(
      [unitFile({ code: nfd, name: "x", date: "2026-06-05", figures: figures(1) })],
      DISTRICT,
      roster("Mã đơn vị,Tên đơn vị,Cấp\nCĐ-đông,Đông,cdcs\n"),
    ).roster!;
    expect(r.lines[0].state).toBe("submitted");
  });
});

describe("roster files", () => {
  it("reads CSV with a BOM, quotes, ; separators and a title line above the header", () => {
    const rows = parseCsv(
      '\ufeffDanh sách đơn vị trực thuộc;;\r\nMã đơn vị;Tên đơn vị;Cấp\r\nCD001;"CĐCS ""Kim Đồng""; Mường Chà";cdcs\r\n;;\r\nCD002;"Hai\ndòng";CĐCS\r\n',
    );
    const r = rosterFromRows(rows);
    expect(r.ok && r.value.units.map((u) => [u.code, u.name, u.level])).toEqual([
      ["CD001", 'CĐCS "Kim Đồng"; Mường Chà', "cdcs"],
      ["CD002", "Hai\ndòng", "cdcs"],
    ]);
  });

  it("accepts English headers and comma separators, and reports repeated codes", () => {
    const r = rosterFromRows(parseCsv("code,name,level\nA1,Một,huyen\na1,Một lần nữa,huyen\n"));
    expect(r.ok && r.value.units.length).toBe(1);
    expect(r.ok && r.value.warnings[0].code).toBe(ROSTER_LINE_WARNINGS.duplicate);
  });

  it("rejects a table without a code and name header", () => {
    const r = rosterFromRows(parseCsv("a,b\n1,2\n"));
    expect(r.ok).toBe(false);
  });
});

describe("a roster kept as a sheet of the open workbook", () => {
  it("reads the rows the port gives (a title above the header, a code typed as a number)", () => {
    const rows = [
      ["DANH SÁCH CĐCS TRỰC THUỘC", "", ""],
      ["", "", ""],
      ["Mã đơn vị", "Tên đơn vị", "Cấp"],
      ["CD01", "CĐCS Trường Tiểu học Kim Đồng", "cdcs"],
      [1002, "CĐCS 1002", "cdcs"],
    ];
    const loaded = rosterFromSheet("Danh sách", { ok: true, value: rows });
    if (!loaded.ok) throw new Error(loaded.error.key);
    expect(loaded.value.units.map((u) => [u.code, u.name, u.level])).toEqual([
      ["CD01", "CĐCS Trường Tiểu học Kim Đồng", "cdcs"],
      ["1002", "CĐCS 1002", "cdcs"],
    ]);
  });

  it("names the sheet when it is missing, too large, unreadable or holds no roster", () => {
    expect(rosterFromSheet("DS", { ok: false, error: "missing" })).toEqual({
      ok: false,
      error: { code: "merge.roster.sheetMissing", key: "merge.roster.sheetMissing", params: { sheet: "DS", limit: 200_000 } },
    });
    expect(rosterFromSheet("DS", { ok: false, error: "tooLarge" })).toMatchObject({
      ok: false,
      error: { key: "merge.roster.sheetTooLarge" },
    });
    expect(rosterFromSheet("DS", { ok: false, error: "unreadable" })).toMatchObject({
      ok: false,
      error: { key: "merge.roster.sheetUnreadable" },
    });
    expect(rosterFromSheet("DS", { ok: true, value: [] }).ok).toBe(false);
  });
});

describe("rosters as provinces keep them", () => {
  it("reads 'STT, Tên công đoàn cơ sở, Cấp' under two title lines, skipping the numbering and total lines", () => {
    const rows = [
      ["LIÊN ĐOÀN LAO ĐỘNG HUYỆN MƯỜNG CHÀ"],
      ["DANH SÁCH CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC"],
      ["STT", "Tên công đoàn cơ sở", "Cấp"],
      ["(1)", "(2)", "(3)"],
      [1, "CĐCS Trường Tiểu học Kim Đồng", "cdcs"],
      [2, "Công đoàn cơ sở Bệnh viện huyện", "cdcs"],
      ["", "Tổng cộng", ""],
    ];
    const r = rosterFromRows(rows);
    if (!r.ok) throw new Error(r.error.key);
    expect(r.value.units.map((u) => [u.code, u.name, u.level, u.line])).toEqual([
      ["", "CĐCS Trường Tiểu học Kim Đồng", "cdcs", 5],
      ["", "Công đoàn cơ sở Bệnh viện huyện", "cdcs", 6],
    ]);
    expect(r.value.warnings).toEqual([]);
  });

  it.each([[["Mã số", "Tên CĐCS"]], [["Mã", "Tên đơn vị"]], [["STT", "Mã đơn vị", "Tên công đoàn cơ sở"]]])(
    "accepts the header variant %j",
    (header) => {
      const code = header.findIndex((h) => h.startsWith("Mã"));
      const name = header.findIndex((h) => h.startsWith("Tên"));
      const row: unknown[] = header.map(() => "1");
      row[code] = "CD07";
      row[name] = "CĐCS Chợ";
      const r = rosterFromRows([header, row]);
      expect(r.ok && r.value.units.map((u) => [u.code, u.name])).toEqual([["CD07", "CĐCS Chợ"]]);
    },
  );

  it("reads a two-row header whose cells are merged (the value sits in the merge's first row)", () => {
    const rows = [
      ["STT", "Tên công đoàn cơ sở", "Thông tin", ""],
      ["", "", "Mã", "Cấp"],
      [1, "CĐCS Chợ", "CD07", "cdcs"],
    ];
    const r = rosterFromRows(rows);
    expect(r.ok && r.value.units.map((u) => [u.code, u.name, u.level])).toEqual([["CD07", "CĐCS Chợ", "cdcs"]]);
    const upsideDown = rosterFromRows([
      ["Mã đơn vị", "Thông tin đơn vị", ""],
      ["", "Tên đơn vị", "Cấp"],
      ["CD08", "CĐCS Bến xe", "cdcs"],
    ]);
    expect(upsideDown.ok && upsideDown.value.units.map((u) => [u.code, u.name, u.level])).toEqual([["CD08", "CĐCS Bến xe", "cdcs"]]);
  });

  const NAMES =
    "STT;Tên công đoàn cơ sở;Cấp\n1;CĐCS Trường Tiểu học Kim Đồng;cdcs\n2;Công đoàn cơ sở Bệnh viện huyện;cdcs\n3;CĐCS Chợ Trung tâm;cdcs\n4;CĐCS Trường Mầm non Hoa Ban;cdcs\n5;CĐCS Trường Mầm non Hoa Ban;cdcs\n";

  it("matches units by name when the roster has no codes, and lists what it cannot match instead of guessing", () => {
    const files = [
      // Case, spacing, NFD and the CĐCS prefix do not matter.
      unitFile({ code: "X1", name: "cđcs  trường tiểu học KIM ĐỒNG".normalize("NFD"), date: "2026-06-05", figures: figures(1) }),
      unitFile({ code: "X2", name: "CĐCS Bệnh viện huyện", date: "2026-06-05", figures: figures(1) }),
      // Two files with the same name: which one is the roster's unit is not guessed.
      unitFile({ code: "X3", name: "CĐCS Chợ Trung tâm", date: "2026-06-05", figures: figures(1) }),
      unitFile({ code: "X4", name: "Chợ Trung tâm", date: "2026-06-05", figures: figures(1) }),
      // Two roster lines with the same name: not guessed either.
      unitFile({ code: "X5", name: "CĐCS Trường Mầm non Hoa Ban", date: "2026-06-05", figures: figures(1) }),
      unitFile({ code: "X6", name: "CĐCS Nơi khác", date: "2026-06-05", figures: figures(1) }),
    ];
    const r = merge(files, DISTRICT, roster(NAMES)).roster!;
    expect(r.lines.map((l) => [l.unit.name, l.state, l.fileName])).toEqual([
      ["CĐCS Trường Tiểu học Kim Đồng", "submitted", "X1.xlsx"],
      ["Công đoàn cơ sở Bệnh viện huyện", "submitted", "X2.xlsx"],
      ["CĐCS Chợ Trung tâm", "unclear", null],
      ["CĐCS Trường Mầm non Hoa Ban", "unclear", null],
      ["CĐCS Trường Mầm non Hoa Ban", "unclear", null],
    ]);
    expect(r.lines[2].candidates).toEqual(["X3 – CĐCS Chợ Trung tâm (X3.xlsx)", "X4 – Chợ Trung tâm (X4.xlsx)"]);
    expect(r.unexpected.map((u) => u.code)).toEqual(["X6"]);
    expect(r.counts).toMatchObject({ expected: 5, submitted: 2, missing: 0, unclear: 3, unexpected: 1 });
  });

  it("keeps a line without a code in a roster with codes, matched by its name, with a warning", () => {
    const r = rosterFromRows(parseCsv("Mã đơn vị;Tên đơn vị\nCD01;CĐCS Một\n;CĐCS Hai\n"));
    if (!r.ok) throw new Error(r.error.key);
    expect(r.value.units.map((u) => u.code)).toEqual(["CD01", ""]);
    expect(r.value.warnings.map((w) => w.code)).toEqual([ROSTER_LINE_WARNINGS.noCode]);
    const report = merge([unitFile({ code: "Z9", name: "CĐCS Hai", date: "2026-06-05", figures: figures(1) })], DISTRICT, r.value).roster!;
    expect(report.lines.map((l) => l.state)).toEqual(["missing", "submitted"]);
  });
});
