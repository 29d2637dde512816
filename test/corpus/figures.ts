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
  // Biểu 01
  LD_TONG: 100_000,
  LD_NU: 45_000,
  DV_TONG: 80_000,
  DV_NU: 36_000,
  DV_DTTS: 5_000,
  DV_DANGVIEN: 10_000,
  DV_MOI: 7_000,
  DV_GIAM: 3_000,
  // Biểu 02
  CS_TONG: 10_000,
  CS_HCSN: 2_000,
  CS_DNNN: 2_000,
  CS_NGOAI: 3_000,
  CS_FDI: 2_000,
  CS_KHAC: 1_000,
  CS_MOI: 1_000,
  CS_GIAITHE: 1_000,
  XL_TONG: 8_000,
  XL_XS: 2_000,
  XL_TOT: 3_000,
  XL_HT: 2_000,
  XL_KHT: 1_000,
  CB_TONG: 30_000,
  CB_NU: 12_000,
  CB_TAPHUAN: 40_000,
  TU_SO: 5_000,
  HN_SO: 9_000,
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
  TC_VU: 2_000,
  TC_NGUNGVIEC: 1_000,
  TC_CDGQ: 2_000,
  MA_XAYMOI: 1_000,
  MA_SUACHUA: 2_000,
  MA_TIEN: 50_500,
  CL_TIEN: 120_250,
  CL_LUOT: 300_000,
};

export const INPUT_CODES: readonly string[] = Object.keys(BASE_MILLI);

/** The unit's figures in thousandths (exact), by figure key of the periodic "value" column. */
export function figuresMilli(factor: number): Map<FigureKey, number> {
  return new Map(INPUT_CODES.map((code) => [figureKey(code, "value"), BASE_MILLI[code]! * factor]));
}

/** The same figures as the numbers written into the workbook: 10_100 thousandths → 10.1 (the double nearest "10.1"). */
export function figuresOf(factor: number): Map<FigureKey, number> {
  return new Map([...figuresMilli(factor)].map(([key, milli]) => [key, milliToNumber(milli)]));
}

/** Thousandths → the double a file holds for that decimal text ("10.1", not 10100 / 1000 computed some other way). */
export function milliToNumber(milli: number): number {
  const sign = milli < 0 ? "-" : "";
  const abs = Math.abs(milli);
  const whole = Math.floor(abs / 1000);
  const fraction = String(abs % 1000).padStart(3, "0").replace(/0+$/, "");
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
export const REJECTED_UNIT: CorpusUnit = { code: "CDCS_900", name: "Công đoàn cơ sở Trường Cao đẳng Sư phạm Điện Biên", level: "cdcs", factor: 1, date: "2026-06-05" };

/** The district that merges some of the units above and then sends its consolidated workbook on. */
export const DISTRICT = { code: "LDLD_DIENBIENDONG", name: "Liên đoàn Lao động huyện Điện Biên Đông", level: "huyen" as const };
/** The province doing the corpus merge. */
export const PROVINCE = { code: "LDLD_DIENBIEN", name: "Liên đoàn Lao động tỉnh Điện Biên", level: "tinh" as const };
