/**
 * The user's own references into sheets a write replaces: formulas on their other sheets and their
 * defined names. Replacing a sheet deletes it, and Excel turns every reference to a deleted sheet into
 * #REF!; so they are found before (scanning formulas in bands under the response budget), named in
 * the question to the user, and pointed at the new sheet of the same name before the old one goes.
 */
import { NAME_PREFIX } from "../../domain/raw";
import { parseRange, rectAddress, refersToSheet, splitAddress, type Rect } from "./a1";
import type { Features } from "./features";
import { packed, syncInChunks } from "./sync";

/** Response bytes per formula cell, with a margin (most cells of a user's sheet hold short text or numbers). */
const FORMULA_CELL_BYTES = 64;

export interface UserReference {
  /** A cell's formula ("sheet" and A1 "address") or a defined name ("name"). */
  readonly sheet?: string;
  readonly address?: string;
  readonly name?: string;
  /** The formula as it was, "=" included: what it is given back once the new sheet exists. */
  readonly formula: string;
}

/** "'Tổng hợp'!B5" or a name: how the question to the user shows a reference. */
export function describeReference(reference: UserReference): string {
  return reference.name ?? `'${reference.sheet}'!${reference.address}`;
}

/** Formulas of the sheets not replaced, and names not ours, that refer to a replaced sheet. */
export async function referencesTo(
  context: Excel.RequestContext,
  features: Features,
  replaced: readonly string[],
  others: readonly string[],
  budget: number,
): Promise<UserReference[]> {
  if (replaced.length === 0) return [];
  const hits = (formula: unknown): formula is string =>
    typeof formula === "string" && formula.startsWith("=") && replaced.some((sheet) => refersToSheet(formula, sheet));
  const names = context.workbook.names;
  names.load(features.sheetExtras ? "items/name,items/type,items/value,items/formula" : "items/name,items/type,items/value");
  const used = others.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    return { name, range };
  });
  await context.sync();
  const found: UserReference[] = [];
  for (const item of names.items) {
    if (item.name.toUpperCase().startsWith(NAME_PREFIX)) continue;
    // Before 1.7 a name's formula cannot be read: a range name's value is its address, without "=".
    const formula = features.sheetExtras ? String(item.formula) : item.type === "Range" ? `=${String(item.value).replace(/^=/, "")}` : "";
    if (hits(formula)) found.push({ name: item.name, formula });
  }
  // Each sheet's used range in bands of rows whose answer fits the budget, the bands packed into syncs.
  const bandsOf = used
    .filter(({ range }) => !range.isNullObject)
    .flatMap(({ name, range }) => {
      const rect = parseRange(splitAddress(range.address).ref);
      const rowBytes = (rect.right - rect.left + 1) * FORMULA_CELL_BYTES;
      const rowsPerBand = Math.max(1, Math.floor(budget / rowBytes));
      const bands: { name: string; rect: Rect; bytes: number }[] = [];
      for (let top = rect.top; top <= rect.bottom; top += rowsPerBand) {
        const bottom = Math.min(rect.bottom, top + rowsPerBand - 1);
        bands.push({ name, rect: { ...rect, top, bottom }, bytes: (bottom - top + 1) * rowBytes });
      }
      return bands;
    });
  const loaded = await syncInChunks(
    context,
    packed(bandsOf, ({ bytes }) => bytes, budget),
    (chunk) =>
      chunk.map(({ name, rect }) => {
        const range = context.workbook.worksheets.getItem(name).getRange(rectAddress(rect));
        range.load("formulas");
        return { name, rect, range };
      }),
  );
  for (const { name, rect, range } of loaded.flat()) {
    range.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const at = { top: rect.top + r, bottom: rect.top + r, left: rect.left + c, right: rect.left + c };
        if (hits(formula)) found.push({ sheet: name, address: rectAddress(at), formula });
      }),
    );
  }
  return found;
}

/** Gives each reference its formula back: after the rename it pointed at the old sheet, now at the new one. */
export function restoreReferences(context: Excel.RequestContext, features: Features, references: readonly UserReference[]): void {
  for (const reference of references) {
    if (reference.sheet !== undefined && reference.address !== undefined)
      context.workbook.worksheets.getItem(reference.sheet).getRange(reference.address).formulas = [[reference.formula]];
    else if (reference.name !== undefined) {
      if (features.sheetExtras) context.workbook.names.getItem(reference.name).formula = reference.formula;
      else {
        context.workbook.names.getItem(reference.name).delete();
        context.workbook.names.add(reference.name, reference.formula);
      }
    }
  }
}
