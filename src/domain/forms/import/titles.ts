/**
 * What the rows above the header say: the table's title, its number ("Biểu số 01", "Mẫu 1-HĐCĐ"), the
 * date figures are counted at ("Tính đến ngày 31/5/2026") and the years of a review ("2011 – 2020").
 * The national motto, the issuing body and "Đơn vị báo cáo: …" lines are recognised and left out.
 */
import { cellText, type TypedGrid } from "./grid";
import { looseKey } from "./words";

export interface TitleFacts {
  readonly title?: string;
  /** As printed after "Biểu số" / "Mẫu số": "01", "1-HĐCĐ". */
  readonly number?: string;
  /** "31/5" from "tính đến ngày 31/5/2026". */
  readonly asOf?: string;
  readonly years?: { readonly base: number; readonly end: number };
}

const NUMBER = /^(?:biểu|bieu|mẫu|mau)(?:\s+(?:số|so))?\s*[:.]?\s*([0-9A-Za-zĐđ][0-9A-Za-zĐđ\-./]*)\s*$/iu;
const AS_OF = /(?:tính|tinh)\s+(?:đến|den)\s+(?:ngày|ngay)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})/iu;
const YEARS = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/u;
const SKIP = [/^cong hoa xa hoi/, /^doc lap tu do/, /^don vi( bao cao)?\b.*/, /^(kem theo|ban hanh kem)/, /^(ngay|so)\s*\d/, /^noi nhan/];
/** A line left for the unit to fill in ("LĐLĐ HUYỆN/CĐ NGÀNH: ........", "Tên đơn vị: ____"): never a title. */
const PLACEHOLDER = /(\.{3,}|…|_{3,}|-{4,})|:\s*$/u;
/** The issuing or reporting body, alone on its row: "LIÊN ĐOÀN LAO ĐỘNG TỈNH …", "CÔNG ĐOÀN NGÀNH …", "LĐLĐ HUYỆN …". */
const BODY =
  /^(ldld|lien doan lao dong|tong lien doan|cong doan (nganh|co so|cap tren|tong cong ty|vien chuc|giao duc|y te)|cd (nganh|co so|cap tren)|cdcs|uy ban|dang uy|ban chap hanh|ban thuong vu)\b/;
/** How a form's title starts, when the rows above the header hold several lone lines. */
const TITLE_WORDS =
  /^(bao cao|bieu (tong hop|thong ke|so lieu|bao cao)|tong hop|ket qua|thong ke|so lieu|tinh hinh|danh sach|tong ket|so ket)\b/;

export function readTitles(grid: TypedGrid, headerRow: number): TitleFacts {
  let number: string | undefined;
  let asOf: string | undefined;
  let years: TitleFacts["years"];
  const candidates: { text: string; strong: boolean; worded: boolean }[] = [];
  for (let r = 0; r < headerRow; r++) {
    const texts = grid.rows[r].map((cell) => ({ text: cellText(cell), bold: cell?.bold === true })).filter((c) => c.text !== "");
    for (const { text } of texts) {
      const n = NUMBER.exec(text);
      if (n && number === undefined) number = n[1];
      const d = AS_OF.exec(text);
      if (d && asOf === undefined) asOf = `${Number(d[1])}/${Number(d[2])}`;
      const y = YEARS.exec(text);
      if (y && years === undefined && Number(y[1]) < Number(y[2])) years = { base: Number(y[1]), end: Number(y[2]) };
    }
    // A title stands alone on its row (often merged across the table); the issuing body and the motto share theirs.
    if (texts.length !== 1) continue;
    const { text, bold } = texts[0];
    const key = looseKey(text);
    if (NUMBER.test(text) || SKIP.some((skip) => skip.test(key)) || text.startsWith("(") || key.length < 4) continue;
    if (PLACEHOLDER.test(text) || BODY.test(key)) continue;
    candidates.push({ text, strong: bold || text === text.toUpperCase(), worded: TITLE_WORDS.test(key) });
  }
  const title = (candidates.find((c) => c.worded) ?? candidates.find((c) => c.strong) ?? candidates[0])?.text;
  return { title, number, asOf, years };
}

/** "… NĂM 2026" as a periodic campaign's title says it: "… NĂM {year}", so next year's campaign says next year. */
export function titleWithYear(title: string): string {
  return title.replace(YEAR_IN_TITLE, (_match, word: string) => `${word} {year}`);
}

/** The title as a table or definition prints it, every year: "BÁO CÁO … NĂM 2026" → "BÁO CÁO …", "… 6 THÁNG ĐẦU NĂM 2026" → "… 6 THÁNG ĐẦU NĂM". */
export function titleWithoutYear(title: string): string {
  const cut = title
    .replace(YEAR_IN_TITLE, (match: string, word: string, _year: string, at: number) => (PART_OF_YEAR.test(title.slice(0, at)) ? word : ""))
    .replace(/\s+([)\]])/g, "$1")
    .replace(/\(\s*\)/g, "")
    .replace(/[\s,:–—-]+$/u, "")
    .trim();
  return cut === "" ? title : cut;
}

/** "đầu năm", "cuối năm", "giữa năm": the year's word stays when its number goes. */
const PART_OF_YEAR = /(đầu|cuối|giữa|dau|cuoi|giua)\s*$/iu;
/** "năm 2026" (any case) not part of a span "2011 – 2020". */
const YEAR_IN_TITLE = /\b(năm|NĂM|Năm|nam|NAM|Nam)\s+((?:19|20)\d{2})\b(?!\s*[-–—]\s*(?:19|20)\d{2})/gu;
