/**
 * Figures for the corpus's valid submissions: one consistent set per unit (every rule holds, no
 * blank, density 0.8), scaled by the unit's factor so units differ but stay within the peer band.
 * Money rows carry decimals that binary floating point cannot hold exactly (10.1, 0.3), so a total
 * computed by adding doubles would show; expected totals are computed here in thousandths, as integers.
 */
import type { FigureKey } from "../../src/domain/submission";
import { figureKey } from "../../src/domain/submission";

/** Periodic campaign used by the corpus: "Số liệu tính đến 31/5/2026". */
export const CAMPAIGN_ID = "tk-3105-2026";
/** Another campaign, for "a valid workbook of another campaign". */
export const OTHER_CAMPAIGN_ID = "tk-3011-2026";

/** Per code, the figure for factor 1, in thousandths (so 10.1 is 10_100): exact integers all the way. */
const BASE_MILLI: Readonly<Record<string, number>> = {
  // I. Tình hình lao động (form 1-HĐCĐ). TL_BQ is not here: it is an average, not a quantity (wageMilli).
  LD_TONG: 100_000,
  LD_NU: 45_000,
  VL_THIEU: 4_000,
  VL_THIEU_NU: 2_000,
  TL_NGUOI: 90_000,
  TL_NO: 12_500, // 12.5 triệu đồng owed
  NO_BOTRI: 1_000,
  NO_TUTHUE: 1_000,
  HD_KY: 85_000,
  BH_DONG: 80_000,
  TC_VU: 2_000,
  TC_NGUNGVIEC: 1_000,
  TC_CDGQ: 2_000,
  // Biểu 01
  DV_TONG: 80_000,
  DV_NU: 36_000,
  DV_DTTS: 5_000,
  DV_DANGVIEN: 10_000,
  DV_MOI: 7_000,
  DV_GIAM: 3_000,
  // Biểu 02
  CB_TONG: 30_000,
  CB_NU: 12_000,
  CB_TAPHUAN: 40_000,
  DT_SO: 20_000,
  DG_GIOITHIEU: 4_000,
  DG_KETNAP: 2_000,
  // Biểu 03
  SK_SO: 6_000,
  SK_GIATRI: 10_100, // 10.1 triệu đồng
  SK_BANG: 1_000,
  LDG_NGUOI: 50_000,
  GVN_DANGKY: 20_000,
  GVN_DAT: 15_000,
  XSD_DANGKY: 5_000,
  XSD_DAT: 4_000,
  ATVSV: 30_000,
  HT_LUOT: 60_000,
  NTM_TIEN: 300, // 0.3 triệu đồng
  KT_TAPTHE: 3_000,
  KT_CANHAN: 25_000,
  // Biểu 04
  PL_BUOI: 4_000,
  PL_LUOT: 200_000,
  MA_XAYMOI: 1_000,
  MA_SUACHUA: 2_000,
  MA_TIEN: 50_500,
  CL_TIEN: 120_250,
  CL_LUOT: 300_000,
};

/** The codes a CĐCS types (form 1-HĐCĐ) in proportion to its size: the upper level's own rows (CS_*, XL_*) are not on its form. */
const SCALED_CODES: readonly string[] = Object.keys(BASE_MILLI);
/** The codes a CĐCS answers for itself with 0 or 1 (ownMilli). */
const OWN_CODES: readonly string[] = ["HN_SO"];
/** The summed codes: those scaled by the unit's factor, then its own 0-or-1 rows. */
export const SUMMED_CODES: readonly string[] = [...SCALED_CODES, ...OWN_CODES];
/** The average wage in đồng (TL_BQ), weighted by TL_NGUOI when merged. */
export const WAGE_CODE = "TL_BQ";
export const WAGE_WEIGHT_CODE = "TL_NGUOI";
/** Every code a CĐCS types in the corpus's campaign. */
export const INPUT_CODES: readonly string[] = [...SUMMED_CODES, WAGE_CODE];

/**
 * The unit's average wage in thousandths of a đồng: not proportional to its factor (a big unit does
 * not pay more per head), and with thousandths, so the weighted average is a true fraction that must be rounded.
 */
export function wageMilli(factor: number): number {
  return 6_000_000_000 + 333_333_337 * factor;
}

/**
 * Rows a CĐCS answers for itself with 0 or 1, whatever its size: it held its conference (HN_SO). (The
 * count of CĐCS with a collective agreement, TU_SO, is on the upper levels' forms only since version 4.)
 */
function ownMilli(_unit: Pick<CorpusUnit, "code">): Record<string, number> {
  return { HN_SO: 1_000 };
}

/** The unit's figures in thousandths (exact), by figure key of the periodic "value" column. */
export function figuresMilli(unit: Pick<CorpusUnit, "code" | "factor">): Map<FigureKey, number> {
  const own = ownMilli(unit);
  const figures = new Map(SCALED_CODES.map((code) => [figureKey(code, "value"), BASE_MILLI[code]! * unit.factor]));
  for (const code of OWN_CODES) figures.set(figureKey(code, "value"), own[code]!);
  figures.set(figureKey(WAGE_CODE, "value"), wageMilli(unit.factor));
  return figures;
}

/**
 * The sectors (LOAI_HINH) the corpus's CĐCS declare, as a person types them, with the rows of form
 * 2-HĐCĐ each one is counted under (written here from the form, not read from the definition).
 */
export const SECTORS = [
  { text: "Cơ quan hành chính nhà nước", countRow: "CS_HCSN", wageSuffix: "HC" },
  { text: "Đơn vị sự nghiệp công lập", countRow: "CS_HCSN", wageSuffix: "SN" },
  { text: "Doanh nghiệp nhà nước", countRow: "CS_DNNN", wageSuffix: "DN" },
  { text: "Doanh nghiệp ngoài nhà nước", countRow: "CS_NGOAI", wageSuffix: "DN" },
  { text: "Doanh nghiệp có vốn đầu tư nước ngoài", countRow: "CS_FDI", wageSuffix: "DN" },
  { text: "Hợp tác xã", countRow: "CS_KHAC", wageSuffix: undefined },
] as const;
export type Sector = (typeof SECTORS)[number];

/** A unit's sector, fixed by its code (every run the same; the corpus's units spread over all six). */
export function sectorOf(unit: Pick<CorpusUnit, "code">): Sector {
  let sum = 0;
  for (const ch of unit.code) sum += ch.charCodeAt(0);
  return SECTORS[sum % SECTORS.length]!;
}

/** The same figures as the numbers written into the workbook: 10_100 thousandths → 10.1 (the double nearest "10.1"). */
export function figuresOf(unit: Pick<CorpusUnit, "code" | "factor">): Map<FigureKey, number> {
  return new Map([...figuresMilli(unit)].map(([key, milli]) => [key, milliToNumber(milli)]));
}

/** Thousandths → the double a file holds for that decimal text ("10.1", not 10100 / 1000 computed some other way). */
export function milliToNumber(milli: number): number {
  const sign = milli < 0 ? "-" : "";
  const abs = Math.abs(milli);
  const whole = Math.floor(abs / 1000);
  const fraction = String(abs % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "");
  return Number(`${sign}${whole}${fraction ? `.${fraction}` : ""}`);
}

/** A number read back (a total) → thousandths, refusing anything that is not exactly a 3-decimal figure's double. */
export function numberToMilli(value: number): number | undefined {
  const milli = Math.round(value * 1000);
  return milliToNumber(milli) === value ? milli : undefined;
}

export interface CorpusUnit {
  readonly code: string;
  readonly name: string;
  readonly level: "cdcs" | "huyen";
  readonly factor: number;
  /** ISO date prepared. */
  readonly date: string;
}

/** The units of the cases only a merge can judge: a unit sent twice, and a district with a unit also sent directly. */
export const DISTRICT_UNITS = {
  first: { code: "CDCS_044", name: "Công đoàn Trường Trung học phổ thông Lê Quý Đôn", level: "cdcs", factor: 2, date: "2026-06-06" },
  resent: { code: "CDCS_044", name: "Công đoàn Trường Trung học phổ thông Lê Quý Đôn", level: "cdcs", factor: 2, date: "2026-06-12" },
  g: { code: "CDCS_047", name: "Công đoàn Công ty Cổ phần Cà phê Thuận An", level: "cdcs", factor: 3, date: "2026-06-03" },
  hInDistrict: { code: "CDCS_048", name: "Công đoàn Công ty Điện lực Điện Biên", level: "cdcs", factor: 1, date: "2026-06-02" },
  hDirect: { code: "CDCS_048", name: "Công đoàn Công ty Điện lực Điện Biên", level: "cdcs", factor: 1, date: "2026-06-10" },
} as const satisfies Record<string, CorpusUnit>;

/** Who files the rejected cases: any valid identity will do, they never reach the totals. */
export const REJECTED_UNIT: CorpusUnit = {
  code: "CDCS_900",
  name: "Công đoàn cơ sở Trường Cao đẳng Sư phạm Điện Biên",
  level: "cdcs",
  factor: 1,
  date: "2026-06-05",
};

/** The district that merges some of the units above and then sends its consolidated workbook on. */
export const DISTRICT = { code: "LDLD_DIENBIENDONG", name: "Liên đoàn Lao động huyện Điện Biên Đông", level: "huyen" as const };
/** The province doing the corpus merge. */
export const PROVINCE = { code: "LDLD_DIENBIEN", name: "Liên đoàn Lao động tỉnh Điện Biên", level: "tinh" as const };

/** Σ value × weight / Σ weight in thousandths, rounded half up to a thousandth (as the product documents); undefined when no weight. */
function weightedMilli(pairs: readonly (readonly [number, number])[]): number | undefined {
  let products = 0n;
  let weights = 0n;
  for (const [value, weight] of pairs) {
    products += BigInt(value) * BigInt(weight);
    weights += BigInt(weight);
  }
  if (weights === 0n) return undefined;
  // products is in millionths (milli × milli) over weights in thousandths: the quotient is in thousandths.
  return Number((2n * products + weights) / (2n * weights));
}

/**
 * The consolidated "value" column expected from these CĐCS, in thousandths, computed from the
 * corpus's own figures and sectors alone: sums for summed codes, the weighted average for TL_BQ
 * (overall and per wage sector), counts of units for CS_TONG and its split by sector. A code no
 * unit can fill (a wage sector nobody declared) is undefined.
 */
export function expectedTotalsMilli(units: readonly CorpusUnit[]): Map<string, number | undefined> {
  const expected = new Map<string, number | undefined>();
  for (const unit of units) {
    const own = ownMilli(unit);
    for (const code of SUMMED_CODES) expected.set(code, (expected.get(code) ?? 0) + (own[code] ?? BASE_MILLI[code]! * unit.factor));
  }
  const wagePairs = (members: readonly CorpusUnit[]) =>
    members.map((u) => [wageMilli(u.factor), BASE_MILLI[WAGE_WEIGHT_CODE]! * u.factor] as const);
  expected.set(WAGE_CODE, weightedMilli(wagePairs(units)));
  for (const suffix of ["HC", "SN", "DN"]) {
    const members = units.filter((u) => sectorOf(u).wageSuffix === suffix);
    expected.set(`${WAGE_CODE}_${suffix}`, weightedMilli(wagePairs(members)));
    expected.set(
      `${WAGE_WEIGHT_CODE}_${suffix}`,
      members.length === 0 ? undefined : members.reduce((sum, u) => sum + BASE_MILLI[WAGE_WEIGHT_CODE]! * u.factor, 0),
    );
  }
  // Counted, not typed: one unit is 1 (1000 thousandths) in CS_TONG and in its sector's row; nobody is "chưa rõ".
  expected.set("CS_TONG", units.length * 1000);
  for (const row of ["CS_HCSN", "CS_DNNN", "CS_NGOAI", "CS_FDI", "CS_KHAC", "CS_CHUARO"])
    expected.set(row, units.filter((u) => sectorOf(u).countRow === row).length * 1000);
  return expected;
}
