/** A definition sheet's `levels` cell ("cdcs, huyen"): the one reader for the indicators and columns sheets. */
import type { Level } from "./schema";
import { LEVELS } from "./schema";
import { parseLevel } from "./levels";
import type { SheetTable, TableRow } from "./sheet-table";

/** The levels listed (each once); undefined when blank; null after reporting an unknown level at the cell. */
export function levelsCell(sheet: SheetTable, line: TableRow): Level[] | undefined | null {
  const text = sheet.text(line, "levels");
  if (!text) return undefined;
  const levels = text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => ({ s, level: parseLevel(s) }));
  const unknown = levels.find((l) => !l.level);
  if (unknown || levels.length === 0) {
    sheet.at(line, "levels", "forms.level.unknown", "forms.level.unknown", {
      value: (unknown?.s ?? text).slice(0, 30),
      allowed: LEVELS.join(", "),
    });
    return null;
  }
  return [...new Set(levels.map((l) => l.level!))];
}
