/**
 * The values a definition's count filters list for an identification field ("LOAI_HINH = Hợp tác xã;
 * HTX; …"), folded the one way they are compared: marks off, lower case, punctuation as spaces, so
 * "Hợp tác xã, khác" and "hop tac xa khac" are one value. What a sector typed by hand is matched by.
 */
import type { Definition } from "./catalog";
import { asciiFold } from "../ascii-fold";
import { perObject } from "../memo";

/** The filter value that catches a unit whose field is blank or matches no value the definition lists. */
export const UNKNOWN_VALUE = "?";

export const foldFilterValue = (text: string): string =>
  asciiFold(text.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Per field, every folded value some filter of the catalog names (what "?" is the rest of). */
export const filterValues = perObject((catalog: Definition): ReadonlyMap<string, ReadonlySet<string>> => {
  const map = new Map<string, Set<string>>();
  for (const table of catalog.tables) {
    for (const row of table.rows) {
      if (!row.unitFilter) continue;
      const set = map.get(row.unitFilter.field) ?? new Set<string>();
      for (const value of row.unitFilter.values) if (value !== UNKNOWN_VALUE) set.add(foldFilterValue(value));
      map.set(row.unitFilter.field, set);
    }
  }
  return map;
});

/** Whether the catalog's filters list this text for the field (after folding). */
export function isListedValue(catalog: Definition, field: string, text: string): boolean {
  const folded = foldFilterValue(text);
  return folded !== "" && (filterValues(catalog).get(field)?.has(folded) ?? false);
}
