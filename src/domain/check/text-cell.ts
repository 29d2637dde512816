/**
 * A text row's input cell (a name, an answer in words): kept exactly as typed (NFC, trimmed), checked
 * for its length and, when the definition says so, for being filled. A number typed into it is kept
 * as the text it shows; an error value or a boolean is not text a unit meant to report.
 */
import type { Row } from "../definition/schema";
import type { RawCell } from "../raw";

export type TextReading =
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "tooLong"; readonly length: number; readonly max: number }
  | { readonly kind: "notText" };

const DEFAULT_MAX = 255;

export function readTextCell(cell: RawCell, row: Row): TextReading {
  const v = cell.value;
  if (v === null) return { kind: "blank" };
  if (typeof v === "object" || typeof v === "boolean") return { kind: "notText" };
  const text = (typeof v === "string" ? v : String(v)).normalize("NFC").trim();
  if (text === "") return { kind: "blank" };
  const max = row.maxLength ?? DEFAULT_MAX;
  const length = [...text].length;
  return length > max ? { kind: "tooLong", length, max } : { kind: "text", value: text };
}
