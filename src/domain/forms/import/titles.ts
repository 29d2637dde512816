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

export function readTitles(grid: TypedGrid, headerRow: number): TitleFacts {
  let number: string | undefined;
  let asOf: string | undefined;
  let years: TitleFacts["years"];
  const candidates: { text: string; strong: boolean }[] = [];
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
    candidates.push({ text, strong: bold || text === text.toUpperCase() });
  }
  const title = (candidates.find((c) => c.strong) ?? candidates[0])?.text;
  return { title, number, asOf, years };
}
