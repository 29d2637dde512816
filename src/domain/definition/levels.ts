/**
 * The levels of the union hierarchy: codes used in files, rosters and the command line, and the
 * labels a user picks from the list in the identification sheet. Reading accepts either, NFC-normalised
 * and case-insensitive, so a roster typed by hand ("CĐCS", "Cấp huyện") still matches.
 */
import type { Level, Localized } from "./schema";
import { LEVELS } from "./schema";

/** Today's (2026) names; a campaign whose plan names the levels otherwise carries its own (`levelNames`). */
export const LEVEL_LABELS: Readonly<Record<Level, Localized>> = {
  cdcs: { vi: "Công đoàn cơ sở", en: "Grassroots union" },
  huyen: { vi: "Công đoàn cấp trên trực tiếp cơ sở", en: "Upper-level union (commune or ward, sector, industrial zone, corporation)" },
  tinh: { vi: "LĐLĐ tỉnh, thành phố; công đoàn ngành trung ương", en: "Province federation or national sector union" },
  tw: { vi: "Tổng Liên đoàn Lao động Việt Nam", en: "National confederation" },
};

/** Other ways people write a level, lower-cased NFC. A Map: the text looked up is untrusted ("__proto__"). */
const ALIASES: ReadonlyMap<string, Level> = new Map<string, Level>(
  Object.entries({
    cđcs: "cdcs",
    "cơ sở": "cdcs",
    "nghiệp đoàn": "cdcs",
    huyện: "huyen",
    "cấp huyện": "huyen",
    "cấp trên cơ sở": "huyen",
    "công đoàn ngành": "huyen",
    "lđlđ huyện": "huyen",
    // 2026: no district federations; the upper level directly above the CĐCS goes by these names, and by
    // these short codes on the command line and in rosters (`huyen` stays for old files and scripts).
    xa: "huyen",
    phuong: "huyen",
    "dac-khu": "huyen",
    "dac khu": "huyen",
    "cong-doan-xa": "huyen",
    "cong doan xa": "huyen",
    xã: "huyen",
    phường: "huyen",
    "đặc khu": "huyen",
    "cấp xã": "huyen",
    "công đoàn xã, phường": "huyen",
    "công đoàn cấp xã": "huyen",
    "công đoàn xã": "huyen",
    "công đoàn phường": "huyen",
    "công đoàn đặc khu": "huyen",
    "công đoàn xã, phường, đặc khu": "huyen",
    "công đoàn các kcn": "huyen",
    "công đoàn các khu công nghiệp": "huyen",
    "công đoàn khu công nghiệp": "huyen",
    "công đoàn tập đoàn": "huyen",
    "công đoàn tổng công ty": "huyen",
    "công đoàn tập đoàn, tổng công ty": "huyen",
    "công đoàn ngành địa phương": "huyen",
    "lđlđ tỉnh, thành phố": "tinh",
    "lđlđ thành phố": "tinh",
    "công đoàn ngành trung ương": "tinh",
    tlđ: "tw",
    "tổng liên đoàn lao động việt nam": "tw",
    // The district era's names, as the seed plans (2012, 2020) write them and as their reviews' forms show
    // them (the definition's level_name_vi): a roster or an option kept from those years still reads.
    "lđlđ huyện, thị xã, thành phố": "huyen",
    "lđlđ huyện, thị xã": "huyen",
    "lđlđ huyện, thị xã; công đoàn ngành": "huyen",
    "lđlđ huyện, thị xã, thành phố; công đoàn ngành; công đoàn viên chức tỉnh": "huyen",
    "công đoàn viên chức tỉnh": "huyen",
    "liên đoàn lao động huyện": "huyen",
    "liên đoàn lao động tỉnh": "tinh",
    tỉnh: "tinh",
    "cấp tỉnh": "tinh",
    "lđlđ tỉnh": "tinh",
    "trung ương": "tw",
    "tổng liên đoàn": "tw",
  }) as [string, Level][],
);

const normalise = (text: string): string => text.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/** Names a campaign gives its levels, where its plan names them otherwise than today (Campaign.levelNames). */
export type LevelNames = Readonly<Partial<Record<Level, Localized>>>;

/** A level's name as a campaign shows it: the campaign's own name for it, else today's. */
export const levelLabel = (level: Level, names?: LevelNames): Localized => names?.[level] ?? LEVEL_LABELS[level];

/** A level typed or picked: its code, today's name, a campaign's own name for it (`names`), or a known alias. */
export function parseLevel(text: string, names?: LevelNames): Level | null {
  const t = normalise(text);
  for (const level of LEVELS) {
    if (t === level || t === normalise(LEVEL_LABELS[level].vi) || t === normalise(LEVEL_LABELS[level].en)) return level;
    const own = names?.[level];
    if (own && (t === normalise(own.vi) || t === normalise(own.en))) return level;
  }
  return ALIASES.get(t) ?? null;
}

/** The level a unit reports to, for deadlines and for the identification of a consolidated workbook. */
export const PARENT_LEVEL: Readonly<Record<Level, Level | null>> = { cdcs: "huyen", huyen: "tinh", tinh: "tw", tw: null };
