/**
 * Versions of one definition. A later version may only add codes, so a file made from an earlier one
 * can still be merged by the later one — its missing codes are simply not reported. Which earlier
 * versions a definition accepts is its own to say: the hashes it declares (settings!previous_versions,
 * checked by `forms check`), and for the shipped definition the hashes earlier releases shipped
 * (shipped-history.json). An earlier version it does not declare — a "version 1 without rules" anyone
 * can make — is refused, naming both.
 */
import shippedHistory from "../catalog/data/shipped-history.json";
import { loadCatalog, type Definition } from "./catalog";

const HISTORY: Readonly<Record<string, Readonly<Record<string, string>>>> = shippedHistory.forms;

/**
 * True when `older` is an earlier version of the same form whose codes all exist in `newer` with the
 * same kind and type. A code may move to another table (the 2026 forms moved LD_TONG into "I. Tình hình
 * lao động"): figures are read by their defined names, never by sheet or position.
 */
export function olderSubsetOf(older: Definition, newer: Definition): boolean {
  if (older.form.id !== newer.form.id || older.form.version >= newer.form.version) return false;
  for (const [code, { row }] of older.rowsByCode) {
    const found = newer.rowsByCode.get(code);
    if (!found || found.row.kind !== row.kind || found.row.valueType !== row.valueType) return false;
  }
  return true;
}

/** The earlier versions' hashes `catalog` accepts: its own declaration, and for the shipped definition its release history. */
export function declaredPreviousVersions(catalog: Definition): ReadonlySet<string> {
  const declared = new Set(catalog.form.previousVersions ?? []);
  if (catalog.form.hash === loadCatalog().form.hash) for (const hash of Object.values(HISTORY[catalog.form.id] ?? {})) declared.add(hash);
  return declared;
}

/** Whether a file claims to be an earlier version of `chosen`'s form (same form id, lower version): accepted or not, it is judged as one. */
export const claimsEarlierVersion = (chosen: Definition, theirs: Definition): boolean =>
  theirs.form.id === chosen.form.id && theirs.form.version < chosen.form.version;

/** Whether the merge's definition `chosen` accepts a file made from `older`: an earlier version it declares, whose codes it keeps. */
export function acceptsOlder(chosen: Definition, older: Definition): boolean {
  return declaredPreviousVersions(chosen).has(older.form.hash) && olderSubsetOf(older, chosen);
}
