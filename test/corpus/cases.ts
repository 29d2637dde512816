/**
 * The corpus: every hostile, broken or odd file we promise to handle, with the exact outcome.
 * One row per file. `codes` are what the user is told, each exactly once:
 * - a reader error code (reader.*) when the file could not be read;
 * - a check issue id ("type:DV_MOI@value", "id:UNIT_NAME:too-long", "template:version") for what the
 *   checks found — errors reject the file, warnings make it "accepted with warnings";
 * - a merge message key (merge.*) for what only the merge can see (duplicates, double counting).
 * `counts` says whose figures the file adds to the consolidated totals, so the expected totals are
 * computed from this table alone, independently of the merge.
 */
import { DISTRICT_UNITS, type CorpusUnit } from "./figures";

export type Status = "accepted" | "warnings" | "rejected";

export interface Expectation {
  readonly status: Status;
  readonly codes: readonly string[];
  /** Units whose figures this file adds (their factor gives the figures); empty when it adds nothing. */
  readonly counts: readonly CorpusUnit[];
  /** Text the Vietnamese reason must contain, where the code alone does not say enough (e.g. which version). */
  readonly viIncludes?: string;
}

export interface CorpusCase {
  readonly id: string;
  /** The file name the merge is given (the extension is part of the case: a renamed file keeps .xlsx). */
  readonly file: string;
  readonly about: string;
  readonly expect: Expectation;
}

/** A unit of its own for every file that counts: two files of one unit would be duplicates of each other. */
const unit = (code: string, name: string, factor: number, date = "2026-06-05"): CorpusUnit => ({ code, name, level: "cdcs", factor, date });

const rejected = (codes: readonly string[], viIncludes?: string): Expectation => ({
  status: "rejected",
  codes,
  counts: [],
  ...(viIncludes ? { viIncludes } : {}),
});
const accepted = (...counts: CorpusUnit[]): Expectation => ({ status: "accepted", codes: [], counts });
const warnings = (codes: readonly string[], ...counts: CorpusUnit[]): Expectation => ({ status: "warnings", codes, counts });

export const CASES = [
  // Valid submissions that carry figures: the totals must equal exactly these.
  {
    id: "valid-a",
    file: "01_CDCS_001_ThuyDienSonLa.xlsx",
    about: "a valid submission made by our writer",
    expect: accepted(unit("CDCS_001", "Công đoàn cơ sở Công ty Cổ phần Thủy điện Sơn La", 1)),
  },
  {
    id: "valid-c",
    file: "02_CDCS_003.xlsx",
    about: "a valid submission",
    expect: accepted(unit("CDCS_003", "Nghiệp đoàn Nghề cá xã Hải Thịnh", 3)),
  },

  // Not an .xlsx at all.
  { id: "not-a-zip", file: "03_anh_chup.xlsx", about: "a PNG image renamed .xlsx", expect: rejected(["reader.not-xlsx"]) },
  {
    id: "truncated-zip",
    file: "04_tai_chua_het.xlsx",
    about: "a valid workbook cut at 60% (an attachment not fully downloaded)",
    expect: rejected(["reader.zip-corrupt"]),
  },
  { id: "empty-file", file: "05_rong.xlsx", about: "0 bytes", expect: rejected(["reader.empty-file"]) },
  {
    id: "xls-renamed",
    file: "06_excel_cu.xlsx",
    about: "an Excel 97–2003 .xls (OLE/CFB with a Workbook stream) renamed .xlsx",
    expect: rejected(["reader.xls-binary"]),
  },
  { id: "ods-renamed", file: "07_libreoffice.xlsx", about: "an OpenDocument spreadsheet renamed .xlsx", expect: rejected(["reader.ods"]) },
  { id: "csv-renamed", file: "08_bang.xlsx", about: "a CSV file renamed .xlsx", expect: rejected(["reader.text"]) },
  {
    id: "docx-renamed",
    file: "09_van_ban.xlsx",
    about: "a Word document (a zip without xl/workbook.xml) renamed .xlsx",
    expect: rejected(["reader.docx"]),
  },
  {
    id: "encrypted",
    file: "10_co_mat_khau.xlsx",
    about: "password-protected: a CFB with EncryptionInfo and EncryptedPackage",
    expect: rejected(["reader.encrypted"]),
  },

  // Hostile or oversized packages.
  {
    id: "zip-bomb",
    file: "11_bom_nen.xlsx",
    about: "a worksheet part that inflates to 1 GB of zeros from ~1 MB (true CRC and sizes)",
    expect: rejected(["reader.inflate-ratio"]),
  },
  {
    id: "zip-bomb-unread",
    file: "12_bom_khong_doc.xlsx",
    about: "a valid workbook carrying a 1 GB bomb in a part we never need (xl/media)",
    expect: accepted(unit("CDCS_012", "Công đoàn Bệnh viện Đa khoa huyện Điện Biên Đông", 4)),
  },
  {
    id: "zip-duplicate-entry",
    file: "12b_hai_ban.xlsx",
    about: "Biểu 01's part twice in the zip with different figures (one reader would see one, another the other)",
    expect: rejected(["reader.zip-corrupt"]),
  },
  {
    id: "zip-path-traversal",
    file: "12c_duong_dan.xlsx",
    about: "a valid workbook carrying entries named ../../../../tmp/evil.sh and /etc/cron.d/x (nothing is ever extracted to disk)",
    expect: accepted(unit("CDCS_014", "Công đoàn Công ty Cổ phần Xi măng Điện Biên", 2)),
  },
  {
    id: "million-rows-below",
    file: "13_trieu_dong_duoi.xlsx",
    about: "a valid workbook with 1,000,000 rows of notes below the form in Biểu 04",
    expect: accepted(unit("CDCS_013", "Công đoàn Công ty TNHH May mặc Đắk Nông", 5)),
  },
  {
    id: "million-rows-above",
    file: "14_trieu_dong_tren.xlsx",
    about: "1,000,000 rows × 3 cells inserted above the form in Biểu 01 (names shifted)",
    expect: rejected(["reader.too-many-cells"]),
  },
  {
    id: "name-huge-range",
    file: "14b_ten_ca_trang.xlsx",
    about: "a UR_ name covering a whole sheet (A1:XFD1048576, 17 billion cells)",
    expect: rejected(["reader.too-many-cells"]),
  },
  {
    id: "file-200mb",
    file: "15_200MB.xlsx",
    about: "a valid 200 MB workbook (a stored 200 MB media part); sparse on disk, never resident in memory",
    expect: rejected(["reader.too-large"]),
  },
  {
    id: "names-5000",
    file: "16_5000_ten.xlsx",
    about: "5,000 extra defined names (a workbook full of print areas and filters)",
    expect: accepted(unit("CDCS_016", "Công đoàn Ủy ban nhân dân xã Mường Phăng", 2)),
  },
  { id: "names-30000", file: "17_30000_ten.xlsx", about: "30,000 defined names", expect: rejected(["reader.too-many-names"]) },
  {
    id: "billion-laughs",
    file: "18_billion_laughs.xlsx",
    about: "sharedStrings with a nested entity expansion",
    expect: rejected(["reader.xml-doctype"]),
  },
  {
    id: "external-entity",
    file: "19_xxe.xlsx",
    about: "sharedStrings with an external entity (file:///etc/passwd)",
    expect: rejected(["reader.xml-doctype"]),
  },
  {
    id: "deep-nesting",
    file: "20_long_sau.xlsx",
    about: "100,000 nested elements in the identification sheet",
    expect: rejected(["reader.xml-too-deep"]),
  },
  {
    id: "xlsm-macros",
    file: "21_co_macro.xlsm",
    about: "a macro-enabled workbook with xl/vbaProject.bin (never run)",
    expect: warnings(["merge.warn.macros"], unit("CDCS_021", "Công đoàn Hợp tác xã Nông nghiệp Ea Tiêu", 3)),
  },

  // Our template, but not as we made it.
  {
    id: "other-campaign",
    file: "22_ky_khac.xlsx",
    about: "a valid workbook of another campaign (tk-3011-2026)",
    expect: rejected(["merge.reject.campaign"]),
  },
  {
    id: "version-0",
    file: "23_mau_cu.xlsx",
    about: "meta TEMPLATE_VERSION 0 (an older template)",
    expect: rejected(["template:version"], "phiên bản 0"),
  },
  {
    id: "version-unreadable",
    file: "24_mau_hong.xlsx",
    about: 'meta TEMPLATE_VERSION holding the text "một"',
    expect: rejected(["template:version"], "không ghi phiên bản"),
  },
  {
    id: "meta-proto-json",
    file: "24b_meta_proto.xlsx",
    about: "meta CAMPAIGN_DEF replaced by JSON with __proto__ and constructor.prototype keys; the campaign id still names the campaign",
    expect: accepted(unit("CDCS_049", "Công đoàn Chi nhánh Ngân hàng Nông nghiệp Điện Biên", 4)),
  },
  {
    id: "sheets-renamed-reordered",
    file: "25_doi_ten_trang.xlsx",
    about: "every table sheet renamed, Biểu 03 moved first; names follow",
    expect: accepted(unit("CDCS_025", "Công đoàn Trường Tiểu học Thanh Xương", 2)),
  },
  {
    id: "rows-inserted",
    file: "26_chen_dong.xlsx",
    about: "the user inserted 5 rows in Biểu 01 and 3 in Biểu 02; names follow",
    expect: accepted(unit("CDCS_026", "Công đoàn Khu công nghiệp Tâm Thắng — Nhà máy Điện", 1)),
  },
  {
    id: "sheet-relationship-broken",
    file: "26b_quan_he_hong.xlsx",
    about: "the relationship of Biểu 04 has a wrong type: its sheet cannot be found, so its figures must not silently read as blank",
    expect: rejected(["template:table:B04"]),
  },
  {
    id: "name-deleted",
    file: "27_xoa_ten.xlsx",
    about: "the defined name of DV_TONG deleted",
    expect: rejected(["missing:DV_TONG@value"]),
  },
  {
    id: "identification-missing",
    file: "28_mat_trang_thong_tin.xlsx",
    about: "the identification sheet deleted (its names become #REF!)",
    expect: rejected([
      "id:UNIT_NAME:missing-name",
      "id:UNIT_CODE:missing-name",
      "id:LEVEL:missing-name",
      "id:CAMPAIGN:missing-name",
      "id:PERIOD:missing-name",
    ]),
  },

  // Input cells a unit can fill wrongly.
  { id: "cell-text", file: "29_o_chu.xlsx", about: 'DV_MOI holds the text "khoảng 70"', expect: rejected(["type:DV_MOI@value"]) },
  { id: "cell-negative", file: "30_so_am.xlsx", about: "DV_GIAM holds -3", expect: rejected(["type:DV_GIAM@value"]) },
  { id: "cell-fraction", file: "31_so_le.xlsx", about: "CB_TONG (a count) holds 29.5", expect: rejected(["type:CB_TONG@value"]) },
  {
    id: "cell-formula-no-value",
    file: "32_cong_thuc_chua_tinh.xlsx",
    about: "LDG_NGUOI holds =SUM(D1:D2) with no cached value",
    expect: rejected(["type:LDG_NGUOI@value"]),
  },
  {
    id: "cell-errors",
    file: "33_loi_ref.xlsx",
    about: "HT_LUOT holds #REF!, KT_CANHAN holds =1/0 → #DIV/0!",
    expect: rejected(["type:HT_LUOT@value", "type:KT_CANHAN@value"]),
  },
  {
    id: "cell-date",
    file: "34_o_ngay.xlsx",
    about: "CL_LUOT holds 46178 in a date format (shows 05/06/2026)",
    expect: rejected(["type:CL_LUOT@value"]),
  },
  {
    id: "cell-huge",
    file: "35_so_qua_lon.xlsx",
    about: "ATVSV holds 1e308, PL_LUOT 12345678901234567890, CL_LUOT 9007199254740993",
    expect: rejected(["type:ATVSV@value", "type:PL_LUOT@value", "type:CL_LUOT@value"]),
  },
  {
    id: "cell-vn-separators",
    file: "36_so_dang_chu.xlsx",
    about: 'LD_TONG holds the text "1.250", MA_TIEN the text "1.250,5"',
    expect: rejected(["type:LD_TONG@value", "type:MA_TIEN@value"]),
  },
  {
    id: "cell-not-a-number",
    file: "36b_v_hong.xlsx",
    about: 'DV_MOI is a number cell whose stored value is "NaN" (a broken writer); it must be reported, not read as blank',
    expect: rejected(["type:DV_MOI@value"]),
  },
  {
    id: "cell-formula-cached",
    file: "37_cong_thuc_co_gia_tri.xlsx",
    about: "KT_TAPTHE holds =2+1 with cached value 3 (the figure it replaces); the value counts",
    expect: warnings(["formula:KT_TAPTHE@value"], unit("CDCS_037", "Công đoàn Chi cục Thuế khu vực Tuần Giáo", 1)),
  },

  // Identification a unit (or an attacker) can fill.
  {
    id: "id-hyperlink",
    file: "38_hyperlink.xlsx",
    about: 'unit name =HYPERLINK("http://evil","x") with cached "x"',
    expect: warnings(["id:UNIT_NAME:formula"], unit("CDCS_038", "x", 2)),
  },
  {
    id: "id-equals-text",
    file: "38b_dau_bang.xlsx",
    about: 'unit name typed as text starting with "=" (\'=HYPERLINK("http://evil","bấm vào đây")); it must stay text everywhere',
    expect: accepted(unit("CDCS_039", '=HYPERLINK("http://evil","bấm vào đây")', 1)),
  },
  {
    id: "id-proto",
    file: "39_proto.xlsx",
    about: 'unit code "__proto__" (not a valid code: it must start with a letter or digit), name "constructor"',
    expect: rejected(["id:UNIT_CODE:bad-code"]),
  },
  {
    id: "id-constructor",
    file: "40_constructor.xlsx",
    about: 'unit code "constructor", name "__proto__", preparer "toString"',
    expect: accepted(unit("constructor", "__proto__", 4)),
  },
  { id: "id-long-name", file: "41_ten_dai.xlsx", about: "a 10,000-character unit name", expect: rejected(["id:UNIT_NAME:too-long"]) },
  {
    id: "id-control",
    file: "42_ky_tu_dieu_khien.xlsx",
    about: "unit name with a BEL and an ESC (as Excel stores them: _x0007_, _x001B_)",
    expect: warnings(["id:UNIT_NAME:control"], unit("CDCS_042", "Công đoàn\u0007 Trạm Y tế\u001b xã Na Sang", 5)),
  },
  {
    id: "id-nfd",
    file: "43_nfd.xlsx",
    about: "unit name in decomposed Unicode (NFD), as macOS writes it; must match the NFC roster",
    expect: accepted(unit("CDCS_043", "Công đoàn Trường Mầm non Hoa Ban Điện Biên", 2)),
  },

  // What only the merge can see.
  {
    id: "duplicate-first",
    file: "44_CDCS_044_lan1.xlsx",
    about: "unit CDCS_044, prepared 06/06",
    expect: rejected(["merge.file.duplicateOf"]),
  },
  {
    id: "duplicate-later",
    file: "45_CDCS_044_lan2.xlsx",
    about: "unit CDCS_044 again, prepared 12/06 (the later one counts)",
    expect: accepted(DISTRICT_UNITS.resent),
  },
  {
    id: "district",
    file: "46_LDLD_huyen.xlsx",
    about: "a district's consolidated workbook containing CDCS_047 and CDCS_048",
    expect: warnings(["merge.file.leafDoubleCounted"], DISTRICT_UNITS.g),
  },
  {
    id: "district-unit-direct",
    file: "47_CDCS_048_truc_tiep.xlsx",
    about: "CDCS_048 sent directly too, prepared later than the copy in the district's file",
    expect: accepted(DISTRICT_UNITS.hDirect),
  },
] as const satisfies readonly CorpusCase[];

export type CaseId = (typeof CASES)[number]["id"];
