/**
 * What the import tells the officer: a note is a message of the string catalog (rendered only at the
 * edges), with the sheet row it is about. A `todo` note is a decision left to the officer; it is also
 * written into the indicator's todo cell, which `forms check` lists until it is cleared.
 */
import type { StringKey } from "../../i18n/strings";

export interface ImportNote {
  readonly key: StringKey;
  readonly params?: Readonly<Record<string, string | number>>;
  /** 1-based row of the typed sheet, when the note is about one line. */
  readonly row?: number;
  /** The code proposed for that line, when it has one. */
  readonly code?: string;
  /** The definition sheet whose todo cell holds it, when it is about a sheet (tables, campaigns, campaign_levels, settings) rather than a line. */
  readonly sheet?: string;
  readonly todo: boolean;
}

/** A decision or remark about one line, before its code is known. */
export interface LineNote {
  readonly key: StringKey;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Params that name other lines by index; replaced by their codes once codes are made. */
  readonly lineParams?: Readonly<Record<string, number>>;
  readonly todo: boolean;
}
