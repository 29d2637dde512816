/**
 * The definition's identity: SHA-256 over a canonical text of the loaded model (keys sorted, no
 * whitespace), so two definitions that load to the same model have the same hash whatever their
 * workbook looked like (column order, blank rows, spacing), and any change to a code, a rule or a
 * campaign changes it. A cryptographic hash because a file claims a definition by it: a crafted
 * definition must not be able to pass as the chosen one.
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** JSON with object keys sorted at every level; undefined members left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function definitionHash(model: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(model))));
}
