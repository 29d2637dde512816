/**
 * The register counts what exists; files are what arrived. With a roster, "Tổng số CĐCS" and its split
 * by sector count every CĐCS on it: a CĐCS with no file becomes a register-only unit of the consolidated
 * workbook — in its register (so a merge one level up counts it again, associative by construction),
 * with its 1 and 0s in the counted rows and no other figure. Without a roster the counts are of the
 * files received, and the form says so.
 */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import type { FigureKey } from "../submission";
import type { Level } from "../definition/schema";
import { registerOnlyFigures, sameValue, SECTOR_FIELD } from "./count-units";
import { figureRowOf } from "./figure-row";
import { makeLeaf } from "./leaves";
import { proposeCodes, type Roster, type RosterReport, type RosterUnit } from "./roster";
import { t } from "../i18n/strings";
import { keyed } from "../i18n/message";
import type { Leaf, Message } from "./types";

/** How the counted rows were counted, stated on the form and the status sheet. */
export interface Counting {
  readonly basis: "register" | "files";
  /** CĐCS counted from a file (their own, or inside a consolidated workbook). */
  readonly fromFiles: number;
  /** CĐCS on the register only, counted without a file (in this merge or a merge below it). */
  readonly registerOnly: number;
}

/** The register row's warning that marks a register-only unit; a merge one level up recognises it by it. */
export const registerOnlyText = (): string => t("vi", "uf.register.only");
export const isRegisterOnly = (leaf: Pick<Leaf, "warnings">): boolean => leaf.warnings.startsWith(registerOnlyText());

/** A roster line stands for a CĐCS: its level says so, or it has none and the merging unit is the level right above the CĐCS. */
const isCdcsLine = (unit: RosterUnit, mergingLevel: Level): boolean =>
  unit.level === "cdcs" || (unit.level === null && mergingLevel === "huyen");

/** The register-only units: the roster's CĐCS for which no file was counted. */
export function registerOnlyLeaves(
  catalog: Definition,
  campaign: Campaign,
  roster: Roster,
  report: RosterReport,
  keys: readonly FigureKey[],
  mergingLevel: Level,
): Leaf[] {
  const codes = proposeCodes(roster.units);
  const text = registerOnlyText();
  return report.lines
    .filter((line) => line.state === "missing" && isCdcsLine(line.unit, mergingLevel))
    .map((line) => {
      const figures = registerOnlyFigures(catalog, campaign, line.unit.sector);
      const code = line.unit.code || codes.get(line.unit.key) || line.unit.key;
      return makeLeaf(
        {
          code,
          name: line.unit.name,
          level: "cdcs",
          via: null,
          datePrepared: null,
          figures: figureRowOf(keys, (key) => figures.get(key)),
          warnings: text,
          fileIndex: -1,
          fileName: "",
        },
        keys,
      );
    });
}

/** The register's sector for a unit's code, to count a file that declares none, and to warn when the two differ. */
export function registerSectors(roster: Roster | null | undefined): ReadonlyMap<string, string> {
  const sectors = new Map<string, string>();
  for (const unit of roster?.units ?? []) if (unit.code && unit.sector) sectors.set(unit.key, unit.sector);
  return sectors;
}

/** The warning for a file whose sector is not the register's: the file's wins. */
export function sectorDiffers(fileFields: ReadonlyMap<string, string> | undefined, registerSector: string | undefined): Message | null {
  const own = (fileFields?.get(SECTOR_FIELD) ?? "").trim();
  if (!own || !registerSector || sameValue(own, registerSector)) return null;
  return keyed("uf.sector.differs", { file: own, roster: registerSector });
}

/** The CĐCS counted in the consolidated figures, by where their count came from. */
export function counting(leaves: readonly Leaf[], withRoster: boolean): Counting {
  let fromFiles = 0;
  let registerOnly = 0;
  for (const leaf of leaves) {
    if (leaf.level !== "cdcs") continue;
    if (isRegisterOnly(leaf)) registerOnly++;
    else fromFiles++;
  }
  return { basis: withRoster || registerOnly > 0 ? "register" : "files", fromFiles, registerOnly };
}

/** The Ghi chú of "Tổng số CĐCS" on the consolidated form. */
export function countingNote(c: Counting): string {
  return c.basis === "register"
    ? t("vi", "uf.count.register", { total: c.fromFiles + c.registerOnly, files: c.fromFiles, register: c.registerOnly })
    : t("vi", "uf.count.files", { files: c.fromFiles });
}
