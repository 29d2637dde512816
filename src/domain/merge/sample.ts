/**
 * The sample ("Dùng dữ liệu mẫu", `npm run demo`): a made-up commune union of 2026 (công đoàn xã, the
 * upper level directly above the CĐCS since district federations were abolished) with eight CĐCS, figures that
 * pass the checks, and the troubles a province officer meets every time — one unit that never sends,
 * one that sends twice, one that sends late, one file with a part greater than its whole, one unit
 * whose figures are far above its peers, and one attachment that is not an Excel file at all.
 * Pure data: the pipeline writes it with the ordinary template writer.
 */
import type { FigureKey } from "../submission";
import type { Level } from "../definition/schema";
import type { MergingUnit } from "./types";

export const SAMPLE_CAMPAIGN_ID = "tk-3105-2026";
export const SAMPLE_DISTRICT: MergingUnit = { code: "CDX-MA", name: "Công đoàn xã Mường Ảng (dữ liệu mẫu)", level: "huyen" };
/** What the sample's CĐCS write as "Công đoàn cấp trên". */
export const SAMPLE_PARENT_NAME = "Công đoàn xã Mường Ảng";

export interface SampleUnit {
  readonly code: string;
  readonly name: string;
  readonly level: Level;
  /** LOAI_HINH as the CĐCS writes it: the commune union counts it under that sector; null: it wrote nothing. */
  readonly sector: string | null;
}

export const SAMPLE_UNITS: readonly SampleUnit[] = [
  { code: "MA-001", name: "CĐCS Trường Tiểu học Ẳng Nưa", level: "cdcs", sector: "Đơn vị sự nghiệp công lập" },
  { code: "MA-002", name: "CĐCS Trung tâm Y tế khu vực Mường Ảng", level: "cdcs", sector: "Đơn vị sự nghiệp công lập" },
  { code: "MA-003", name: "CĐCS Công ty Cổ phần Cà phê Mường Ảng", level: "cdcs", sector: "Doanh nghiệp ngoài nhà nước" },
  { code: "MA-004", name: "CĐCS Chi nhánh Điện lực Mường Ảng", level: "cdcs", sector: "Doanh nghiệp nhà nước" },
  { code: "MA-005", name: "CĐCS Trường THCS Búng Lao", level: "cdcs", sector: "Đơn vị sự nghiệp công lập" },
  { code: "MA-006", name: "CĐCS Công ty TNHH May Hòa Bình Xanh", level: "cdcs", sector: "Doanh nghiệp có vốn đầu tư nước ngoài" },
  // Wrote no sector: the commune union counts it under "chưa rõ loại hình" and lists it.
  { code: "MA-007", name: "CĐCS Hợp tác xã Dịch vụ Nông nghiệp Ẳng Tở", level: "cdcs", sector: null },
  { code: "MA-008", name: "CĐCS Ủy ban nhân dân xã Mường Ảng", level: "cdcs", sector: "Cơ quan hành chính nhà nước" },
];

/** Figures that pass every rule of form 1-HĐCĐ: members ≤ workers, parts ≤ wholes (counted rows are the merge's). */
export function sampleFigures(unit: SampleUnit, seed: number, scale = 1): Map<FigureKey, number> {
  const r = (min: number, span: number) => min + ((seed * 7919 + span * 104729) % (span + 1));
  const workers = Math.round(r(60, 240) * scale);
  const women = Math.round(workers * 0.45);
  const members = Math.round(workers * 0.9);
  const f: [string, number][] = [
    ["LD_TONG", workers],
    ["LD_NU", women],
    ["DV_TONG", members],
    ["DV_NU", Math.min(women, Math.round(members * 0.45))],
    ["DV_DTTS", Math.round(members * 0.3)],
    ["DV_DANGVIEN", Math.round(members * 0.12)],
    ["DV_MOI", r(2, 10)],
    ["DV_GIAM", r(0, 5)],
    ["VL_THIEU", r(0, 4)],
    ["VL_THIEU_NU", 0],
    // Average monthly wage in đồng (to the nearest 1,000) and the people it is averaged over.
    ["TL_BQ", (r(55, 60) * 100 + r(0, 99)) * 1000],
    ["TL_NGUOI", workers - r(0, 5)],
    ["TL_NO", 0],
    ["NO_BOTRI", r(0, 10)],
    ["NO_TUTHUE", r(5, 20)],
    ["HD_KY", workers],
    ["BH_DONG", workers - r(0, 3)],
    ["CB_TONG", r(5, 6)],
    ["CB_NU", r(1, 3)],
    ["CB_TAPHUAN", r(3, 12)],
    ["TU_SO", unit.sector?.startsWith("Doanh nghiệp") ? 1 : 0],
    ["HN_SO", 1],
    ["DT_SO", r(1, 3)],
    ["DG_GIOITHIEU", r(1, 4)],
    ["DG_KETNAP", 1],
    ["SK_SO", r(1, 8)],
    // Money with three decimals (triệu đồng to the nearest nghìn): summed exactly.
    // Built from whole thousandths: 23 + 0.577 in floating point is 23.576999999999998, not 23.577.
    ["SK_GIATRI", (r(10, 90) * 1000 + r(0, 999)) / 1000],
    ["LDG_NGUOI", r(5, 30)],
    ["GVN_DANGKY", Math.round(women * 0.5)],
    ["GVN_DAT", Math.round(women * 0.4)],
    ["ATVSV", r(1, 6)],
    ["NTM_TIEN", r(1, 9) + 0.5],
  ];
  return new Map(f.map(([code, value]) => [`${code}@value` as FigureKey, value]));
}

export interface SampleFile {
  readonly fileName: string;
  readonly unit: SampleUnit;
  readonly datePrepared: string;
  readonly figures: ReadonlyMap<FigureKey, number | null>;
}

/** The scenario: which unit sends what, when. */
export function sampleScenario(): { files: SampleFile[]; notExcel: { fileName: string; text: string } } {
  const u = SAMPLE_UNITS;
  const file = (i: number, datePrepared: string, figures = sampleFigures(u[i], i + 1), suffix = ""): SampleFile => ({
    fileName: `${u[i].code}${suffix}.xlsx`,
    unit: u[i],
    datePrepared,
    figures,
  });
  const wrong = new Map(sampleFigures(u[2], 3));
  wrong.set("DV_NU@value", (wrong.get("DV_TONG@value") ?? 0) + 5); // more women members than members: a part > whole error
  const earlier = new Map(sampleFigures(u[4], 5));
  earlier.set("DV_TONG@value", (earlier.get("DV_TONG@value") ?? 0) - 3);
  return {
    files: [
      file(0, "2026-06-04"),
      file(1, "2026-06-05"),
      file(2, "2026-06-06", wrong),
      file(3, "2026-06-08"),
      file(4, "2026-06-03", earlier, "-lan-1"), // sent twice: the later one counts
      file(4, "2026-06-09", undefined, "-lan-2"),
      file(5, "2026-06-14"), // late: the CĐCS deadline is 10/6
      { ...file(6, "2026-06-07"), figures: sampleFigures(u[6], 7, 25) }, // far above its peers
      // MA-008 sends nothing.
    ],
    notExcel: { fileName: "MA-008-bao-cao.xlsx", text: "Kính gửi Công đoàn xã: đơn vị xin gửi báo cáo sau.\r\n" },
  };
}

/** The roster as a CSV file, the way a district keeps it (Vietnamese headers, ; separators, BOM). */
export function sampleRosterCsv(): string {
  // The register's Loại hình: the CĐCS that send no file are counted by it (the union's register counts what exists).
  return `\ufeffMã đơn vị;Tên đơn vị;Cấp;Loại hình\r\n${SAMPLE_UNITS.map((u) => `${u.code};${u.name};${u.level};${u.sector ?? ""}`).join("\r\n")}\r\n`;
}
