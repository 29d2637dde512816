/**
 * The top of the hierarchy (issue 12), through real files: CĐCS → districts → provinces → the national
 * office, with a national sector union that also carries a CĐCS of a province. The register of every
 * CĐCS is streamed into its sheet (stream-rows.ts): read back one level up by our reader, opened by
 * LibreOffice with its totals recomputed exactly, and a province-sized register fits the reader's limits.
 */
import { writeWorkbook } from "../../src/workbook/file/writer";
import { readWorkbook } from "../../src/workbook/file/reader";
import { mergeFiles, type MergeFileInput } from "../../src/app/merge";
import {
  consolidatedPlan,
  mergeSubmissions,
  breakdownSheetName,
  registerSheetName,
  statusSheetName,
  directUnits,
  directUnitsSheetName,
  directUnitsFigureColumn,
  BREAKDOWN_ROWS,
  DIRECT_ROWS,
  type AcceptedFile,
} from "../../src/domain/merge";
import { t } from "../../src/domain/i18n/strings";
import { BREAKDOWN_NAME, cellName, type Level } from "../../src/domain/definition";
import { columnLetter } from "../../src/domain/layout";
import { splitFigureKey, type FigureKey, type Submission } from "../../src/domain/submission";
import { describeWithLibreOffice, sheetsAsCsv, csvNumber } from "../support/libreoffice";
import { campaign, catalog, consolidatedFile, keysOf, merge, unitFile, unitWorkbook, DISTRICT, PROVINCE } from "./support";
import { render } from "../../src/domain/i18n/message";

jest.setTimeout(300_000);

const CAMPAIGN_ID = "tk-3105-2026";
const keys = keysOf();

/** Figures of CĐCS number i: a few cells, integers and money with three decimals, some left blank. */
function figuresOf(i: number): Map<FigureKey, number | null> {
  return new Map<FigureKey, number | null>([
    ["LD_TONG@value", 100 + (i % 37)],
    ["DV_TONG@value", 50 + (i % 23)],
    ["DV_NU@value", 20 + (i % 11)],
    ["NTM_TIEN@value", i % 5 === 0 ? null : (1000 + i) / 1000],
  ]);
}

/** Exact sums in thousandths of the figures of the given CĐCS, computed here without the product's code. */
function expected(indices: readonly number[]): Map<FigureKey, number | null> {
  const totals = new Map<FigureKey, bigint | null>();
  const add = (key: FigureKey, milli: bigint) => totals.set(key, (totals.get(key) ?? 0n) + milli);
  for (const i of indices) {
    for (const [key, value] of figuresOf(i)) {
      if (value === null) continue;
      add(key, BigInt(Math.round(value * 1000)));
    }
    // Counted, not typed (form 2): every CĐCS counts once in "Tổng số CĐCS"; these declare no sector, so
    // each is one more "chưa rõ loại hình" and none of the named sectors.
    for (const code of ["CS_TONG", "CS_CHUARO"]) add(`${code}@value` as FigureKey, 1000n);
    for (const code of ["CS_HCSN", "CS_DNNN", "CS_NGOAI", "CS_FDI", "CS_KHAC"]) add(`${code}@value` as FigureKey, 0n);
  }
  return new Map([...totals].map(([key, t]) => [key, t === null ? null : Number(t) / 1000]));
}

const inputs = (files: readonly { name: string; bytes: Uint8Array }[]): MergeFileInput[] =>
  files.map((f) => ({ name: f.name, bytes: f.bytes }));

async function mergeTo(files: readonly { name: string; bytes: Uint8Array }[], code: string, level: Level, today: string) {
  const outcome = await mergeFiles(catalog, inputs(files), {
    campaignId: CAMPAIGN_ID,
    mergingUnit: { code, name: `Đơn vị ${code}`, level },
    today,
  });
  if (!outcome.ok) throw new Error(`merge ${code} failed: ${JSON.stringify(outcome.error)}`);
  return { outcome, file: { name: `${code}.xlsx`, bytes: await writeWorkbook(outcome.plan) } };
}

describe("the national merge through real files", () => {
  // 3 provinces × 2 districts × 4 CĐCS; CĐCS 0 of province 1 also belongs to the national sector union.
  const P = 3;
  const D = 2;
  const C = 4;
  const code = (i: number) => `T${Math.floor(i / (D * C)) + 1}-H${(Math.floor(i / C) % D) + 1}-${(i % C) + 1}`;
  let national: Awaited<ReturnType<typeof mergeTo>>;
  let provinces: Awaited<ReturnType<typeof mergeTo>>[];

  beforeAll(async () => {
    provinces = [];
    for (let p = 0; p < P; p++) {
      const districts = [];
      for (let d = 0; d < D; d++) {
        const units = [];
        for (let k = 0; k < C; k++) {
          const i = (p * D + d) * C + k;
          units.push({ name: `${code(i)}.xlsx`, bytes: await unitWorkbook(code(i), figuresOf(i), { date: "2026-06-05" }) });
        }
        districts.push((await mergeTo(units, `T${p + 1}-H${d + 1}`, "huyen", "2026-06-10")).file);
      }
      provinces.push(await mergeTo(districts, `T${p + 1}`, "tinh", "2026-06-15"));
    }
    // The sector union's own CĐCS (index 100) and, through it, CĐCS 0 again: the same unit, the same figures.
    const sectorUnits = [
      { name: "nganh-0.xlsx", bytes: await unitWorkbook(code(0), figuresOf(0), { date: "2026-06-05" }) },
      { name: "nganh-100.xlsx", bytes: await unitWorkbook("NG-100", figuresOf(100), { date: "2026-06-05" }) },
    ];
    const sector = await mergeTo(sectorUnits, "CD-NGANH", "tinh", "2026-06-15");
    national = await mergeTo([...provinces.map((p) => p.file), sector.file], "TLD", "tw", "2026-06-20");
  });

  it("counts every CĐCS once, the one that came through a province and the sector union listed as double counted", () => {
    const result = national.outcome.result;
    const all = Array.from({ length: P * D * C }, (_, i) => i);
    expect(result.summary.units).toBe(P * D * C + 1);
    expect(result.files.map((f) => f.status).filter((s) => s === "rejected")).toEqual([]);
    expect(result.dropped.map((d) => [d.kind, d.code])).toEqual([["doubleCounted", code(0)]]);
    expect([result.dropped[0].dropped.fileName, result.dropped[0].kept.fileName].sort()).toEqual(["CD-NGANH.xlsx", "T1.xlsx"]);
    expect(result.leaves.filter((l) => l.code === code(0))).toHaveLength(1);
    const want = expected([...all, 100]);
    for (const key of ["LD_TONG@value", "DV_TONG@value", "DV_NU@value", "NTM_TIEN@value"] as FigureKey[])
      expect(result.figures.get(key)).toBe(want.get(key));
  });

  it("keeps each CĐCS's path through the hierarchy", () => {
    const leaf = national.outcome.result.leaves.find((l) => l.code === code(P * D * C - 1))!;
    expect(leaf.via).toBe(`T${P} › T${P}-H${D}`);
  });

  it("reads every province's register back one level up with the figures of its CĐCS", () => {
    for (const [p, province] of provinces.entries()) {
      const read = readWorkbook(province.file.bytes);
      if (!read.ok) throw new Error(render("en", read.error));
      const register = read.value.workbook.names.get(BREAKDOWN_NAME)!;
      expect(register.cells.length).toBe(1 + D * C); // the key row and one row per CĐCS
      expect(register.cells.slice(1).map((row) => row[0].value)).toEqual(Array.from({ length: D * C }, (_, k) => code(p * D * C + k)));
    }
  });

  describeWithLibreOffice("opened in LibreOffice", () => {
    it("shows the national totals exactly, in the form and as the register's recomputed totals row", async () => {
      const sheets = await sheetsAsCsv(national.file.bytes);
      const result = national.outcome.result;
      const names = new Map(national.outcome.plan.names.map((n) => [n.name, n]));
      const register = sheets.get(breakdownSheetName().normalize("NFC"))!;
      const totalsRow = BREAKDOWN_ROWS.firstUnit + result.leaves.length;
      for (const [k, key] of keys.entries()) {
        const want = result.figures.get(key) ?? null;
        const { code: row, column } = splitFigureKey(key);
        const name = names.get(cellName(row, column))!;
        expect([key, csvNumber(sheets.get(name.sheet.normalize("NFC"))!.cell(name.ref))]).toEqual([key, want]);
        expect([key, csvNumber(register.cell(`${columnLetter(6 + k)}${totalsRow}`))]).toEqual([key, want]);
      }
      expect(register.cell(`A${BREAKDOWN_ROWS.firstUnit}`)).toBe(result.leaves[0].code);
    });

    it("shows one row per province and the sector union, each with its totals, recomputed to the national totals", async () => {
      const sheets = await sheetsAsCsv(national.file.bytes);
      const result = national.outcome.result;
      const direct = sheets.get(directUnitsSheetName().normalize("NFC"))!;
      const rows = directUnits(catalog, result);
      expect(rows.map((r) => r.code)).toEqual(["T1", "T2", "T3", "CD-NGANH"]);
      expect(rows.map((_, i) => direct.cell(`A${DIRECT_ROWS.firstUnit + i}`))).toEqual(["T1", "T2", "T3", "CD-NGANH"]);
      // A province's row is its own workbook's figures, read from its file (its CĐCS 0 is counted there once).
      const kept = result.dropped[0].kept.fileName === "T1.xlsx";
      for (const [p, province] of provinces.entries()) {
        if (p === 0 && !kept) continue;
        for (const [k, key] of keys.entries()) {
          expect([p, key, csvNumber(direct.cell(`${columnLetter(directUnitsFigureColumn(k))}${DIRECT_ROWS.firstUnit + p}`))]).toEqual([
            p,
            key,
            province.outcome.result.figures.get(key) ?? null,
          ]);
        }
      }
      const totalsRow = DIRECT_ROWS.firstUnit + rows.length;
      for (const [k, key] of keys.entries()) {
        expect([key, csvNumber(direct.cell(`${columnLetter(directUnitsFigureColumn(k))}${totalsRow}`))]).toEqual([
          key,
          result.figures.get(key) ?? null,
        ]);
      }
      expect(csvNumber(direct.cell(`E${totalsRow}`))).toBe(P * D * C + 1);
    });
  });

  it("reads a province workbook with its direct-unit sheet back one level up as its register, every figure exact", async () => {
    const names = provinces[0].outcome.plan.sheets.map((s) => s.name);
    expect(names).toContain(directUnitsSheetName());
    const again = await mergeTo([provinces[0].file], "TLD", "tw", "2026-06-20");
    expect(again.outcome.result.files[0]).toMatchObject({ status: "accepted", unitsCounted: D * C });
    expect(again.outcome.audit.passed).toBe(true);
    for (const key of keys)
      expect([key, again.outcome.result.figures.get(key)]).toEqual([key, provinces[0].outcome.result.figures.get(key)]);
    expect(again.outcome.result.figures.get("DV_TONG@value")).toBe(
      expected(Array.from({ length: D * C }, (_, i) => i)).get("DV_TONG@value"),
    );
  });
});

/** A submission as the merge holds it, made without a file: for registers too large to build from unit files in a test. */
function submissionOf(code: string, name: string, figures: ReadonlyMap<FigureKey, number | null>): Submission {
  const identification = {
    unitCode: code,
    unitName: name,
    level: "cdcs" as const,
    parent: "",
    campaignId: CAMPAIGN_ID,
    period: "",
    preparer: "",
    phone: "",
    head: "",
    datePrepared: "2026-06-05",
  };
  return {
    templateId: "",
    templateVersion: 0,
    campaignId: CAMPAIGN_ID,
    kind: "submission",
    identification,
    figures,
    refs: new Map(),
    notes: new Map(),
  };
}

function provinceWorkbook(count: number, nameOf: (i: number) => string, rowsPerSheet?: number): Promise<Uint8Array> {
  const accepted: AcceptedFile[] = Array.from({ length: count }, (_, i) => ({
    index: i,
    name: `u${i}.xlsx`,
    submission: submissionOf(`CD-${i}`, nameOf(i), figuresOf(i)),
    breakdown: null,
    warnings: [],
  }));
  const result = mergeSubmissions({
    catalog,
    campaign: campaign(),
    mergingUnit: { code: "T-BIG", name: "LĐLĐ tỉnh lớn", level: "tinh" },
    accepted,
    rejected: [],
  });
  return writeWorkbook(consolidatedPlan(catalog, result, "2026-06-15", rowsPerSheet).plan);
}

describe("a streamed register", () => {
  it("keeps text from submissions literal: formulas, OOXML escapes, control characters and markup", async () => {
    const hostile = ['=HYPERLINK("http://x")', "_x0041_ stays", "bell\u0007 here", '<b>&amp;"</b>', "CĐCS Điện Biên"];
    const bytes = await provinceWorkbook(hostile.length, (i) => hostile[i]);
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error(render("en", read.error));
    const rows = read.value.workbook.names.get(BREAKDOWN_NAME)!.cells.slice(1);
    expect(rows.map((row) => [row[1].value, row[1].formula])).toEqual(hostile.map((text) => [text, undefined]));
  });

  it("of a province of 20,000 CĐCS (≈ 1.2 M cells) fits the reader's default cell limits and merges one level up exactly", async () => {
    const count = 20_000;
    const bytes = await provinceWorkbook(count, (i) => `CĐCS số ${i}`);
    // The time limit is lifted because this shared test machine may be slow; the cell budgets are the defaults.
    const outcome = await mergeFiles(catalog, [{ name: "tinh-lon.xlsx", bytes }], {
      campaignId: CAMPAIGN_ID,
      mergingUnit: { code: "TLD", name: "TLĐ", level: "tw" },
      limits: { maxMillis: 600_000 },
      today: "2026-06-20",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.result.files[0]).toMatchObject({ status: "accepted", unitsCounted: count });
    const want = expected(Array.from({ length: count }, (_, i) => i));
    for (const [key, value] of want) expect([key, outcome.result.figures.get(key)]).toEqual([key, value]);
    // The same file under a cell budget below its register's size is refused, with the reader's own reason.
    const small = readWorkbook(bytes, { maxCells: 1_000_000, maxMillis: 600_000 });
    expect(small.ok ? "read" : small.error.code).toBe("reader.too-many-cells");
  });
});

describe("a register longer than a sheet holds", () => {
  // Excel's limit is 1,048,576 rows; the same code runs with 7 units a sheet, so 20 units take three sheets.
  const count = 20;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await provinceWorkbook(count, (i) => `CĐCS số ${i}`, 7);
  });

  it("continues on further register sheets, each with its own name, and never drops a unit", async () => {
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error(render("en", read.error));
    expect(read.value.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith(breakdownSheetName()))).toEqual(
      [0, 1, 2].map(registerSheetName),
    );
    expect([BREAKDOWN_NAME, "UR_BREAKDOWN_2", "UR_BREAKDOWN_3"].map((n) => read.value.workbook.names.get(n)!.cells.length - 1)).toEqual([
      7, 7, 6,
    ]);
    const outcome = await mergeFiles(catalog, [{ name: "tinh.xlsx", bytes }], {
      campaignId: CAMPAIGN_ID,
      mergingUnit: { code: "TLD", name: "TLĐ", level: "tw" },
      today: "2026-06-20",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.result.files[0]).toMatchObject({ status: "accepted", unitsCounted: count });
    expect(outcome.result.leaves.map((l) => l.code).sort()).toEqual(Array.from({ length: count }, (_, i) => `CD-${i}`).sort());
    for (const [key, value] of expected(Array.from({ length: count }, (_, i) => i)))
      expect([key, outcome.result.figures.get(key)]).toEqual([key, value]);
  });

  describeWithLibreOffice("opened in LibreOffice", () => {
    it("adds up every register sheet in the first sheet's totals row", async () => {
      const sheets = await sheetsAsCsv(bytes);
      const first = sheets.get(breakdownSheetName().normalize("NFC"))!;
      const totalsRow = BREAKDOWN_ROWS.firstUnit + 7;
      const want = expected(Array.from({ length: count }, (_, i) => i));
      for (const [k, key] of keys.entries())
        expect([key, csvNumber(first.cell(`${columnLetter(6 + k)}${totalsRow}`))]).toEqual([key, want.get(key) ?? null]);
      expect(sheets.get(registerSheetName(2).normalize("NFC"))!.cell(`A${BREAKDOWN_ROWS.firstUnit + 5}`)).toBe("CD-9");
    });
  });
});

describe("bounded output", () => {
  it("writes every peer outlier into its unit's register row; a consolidated file gets one line, a unit's own file its own", () => {
    const units = Array.from({ length: 52 }, (_, i) =>
      unitFile(
        {
          code: `CD${String(i).padStart(3, "0")}`,
          name: `CĐCS ${i}`,
          date: "2026-06-05",
          figures: new Map<FigureKey, number | null>([["DV_TONG@value", i < 12 ? 500 + i : 10]]),
        },
        undefined,
        `cd${i}.xlsx`,
        i,
      ),
    );
    const district = merge(units, DISTRICT);
    const province = merge([consolidatedFile(district, "2026-06-10", "huyen.xlsx", 0)], PROVINCE);
    expect(province.outliers).toHaveLength(12);
    // The consolidated workbook's file gets one line: how many, and the furthest as an example.
    const reasons = province.files[0].reasons;
    expect(reasons.map((r) => r.key)).toEqual(["merge.warn.peerInRegister"]);
    expect(reasons[0].params).toMatchObject({ count: 12, code: "CD011", value: 511 });
    // Each of the twelve carries its own warning in its register row, in Vietnamese; the others none.
    const warned = province.leaves.filter((l) => l.warnings !== "");
    expect(warned.map((l) => l.code).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `CD${String(i).padStart(3, "0")}`));
    expect(warned.find((l) => l.code === "CD011")!.warnings).toBe(
      t("vi", "merge.register.peer", { figure: "Tổng số đoàn viên (DV_TONG)", value: 511, factor: 10, median: 10 }),
    );
    // A unit's own file still gets its lines: the unit is the file.
    const direct = merge(units, DISTRICT);
    expect(direct.files[11].reasons.map((r) => r.key)).toContain("merge.warn.peer");
    const status = consolidatedPlan(catalog, province, "2026-06-15").plan.sheets.find((s) => s.name === statusSheetName())!;
    const texts = status.cells.map((c) => String(c.value ?? ""));
    const listed = texts.filter((text) => text.includes("; trung vị các đơn vị cùng cấp"));
    expect(listed).toHaveLength(5);
    expect(listed[0]).toContain("(CD011)"); // the most extreme first
    expect(texts).toContain(t("vi", "merge.outlier.more", { count: 7 }));
  });
});
