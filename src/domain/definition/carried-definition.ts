/**
 * The definition a workbook carries (meta FORM_HASH and the FORM_DEF cells), turned back into a
 * catalog so a filled template can be checked with nothing else. The hash is the identity: a carried
 * model whose text does not hash to the hash it claims is refused, and a carried definition that
 * reuses a shipped campaign id is refused. A workbook without a hash was made before definitions
 * travelled: it was made from the shipped definition.
 */
import { z } from "zod";
import { catalogFromModel, loadCatalog, type Definition, type DefinitionModel } from "./catalog";
import { FORM_DEF_NAME, metaName } from "./names";
import { localizedSchema } from "./schema";
import { cellText, namedCell } from "../named-cell";
import type { RawWorkbook } from "../raw";
import { reusedShippedIds } from "./definition-catalog";
import { message } from "../i18n/message";
import type { Result } from "../errors";

/** A definition is small; a carried text beyond this is hostile, not a form. */
const MAX_DEFINITION_TEXT = 4_000_000;

export interface CarriedIdentity {
  /** null: the workbook predates carried definitions. */
  readonly hash: string | null;
  readonly id: string | null;
  readonly version: number | null;
}

/** The definition a workbook carries, or why it cannot be trusted (a message of the one model). */
export type CarriedDefinition = Result<Definition>;

const metaText = (raw: RawWorkbook, key: "FORM_ID" | "FORM_VERSION" | "FORM_HASH"): string | null => {
  const found = namedCell(raw, metaName(key));
  return found ? cellText(found.cell) : null;
};

/** What the workbook says it was made from: cheap, no JSON read. */
export function carriedIdentity(raw: RawWorkbook): CarriedIdentity {
  const hash = metaText(raw, "FORM_HASH");
  const version = metaText(raw, "FORM_VERSION");
  return {
    hash: hash && /^[0-9a-f]{64}$/.test(hash) ? hash : hash === null ? null : "invalid",
    id: metaText(raw, "FORM_ID")?.slice(0, 80) ?? null,
    version: version && /^\d{1,6}$/.test(version) ? Number(version) : null,
  };
}

/**
 * The names whose cells only `CarriedCatalogs.of` reads, and only for a definition it has not met yet
 * (`needsText`): a reader may leave them unread until then. The definition is most of a template's
 * text, and a merge's files nearly all carry the one it already has.
 */
export const CARRIED_TEXT_NAMES: readonly string[] = [FORM_DEF_NAME];

const modelSchema = z
  .object({
    form: z
      .object({
        id: z.string().max(80),
        version: z.number().int().min(1),
        title: localizedSchema,
        source: localizedSchema.optional(),
        previousVersions: z
          .array(z.string().regex(/^[0-9a-f]{64}$/))
          .max(50)
          .optional(),
      })
      .strict(),
    tables: z.unknown(),
    rules: z.unknown(),
    campaigns: z.unknown(),
  })
  .strict();

function carriedText(raw: RawWorkbook): string | null {
  const range = raw.names.get(FORM_DEF_NAME);
  if (!range) return null;
  let text = "";
  for (const row of range.cells) {
    for (const cell of row) {
      if (typeof cell.value === "string") text += cell.value;
      if (text.length > MAX_DEFINITION_TEXT) return null;
    }
  }
  return text;
}

/**
 * Rebuilding a definition costs a JSON parse and a zod pass: a merge's files mostly carry the same
 * one, so results are kept by hash. Bounded, and owned by the caller (one per merge or per check).
 */
export class CarriedCatalogs {
  private readonly byHash = new Map<string, Extract<CarriedDefinition, { ok: true }>>();
  constructor(private readonly shipped: Definition = loadCatalog()) {}

  /** Whether `of(raw)` would read the carried text (CARRIED_TEXT_NAMES): a hash neither shipped nor already rebuilt. */
  needsText(raw: RawWorkbook): boolean {
    const { hash } = carriedIdentity(raw);
    return hash !== null && hash !== "invalid" && hash !== this.shipped.form.hash && !this.byHash.has(hash);
  }

  of(raw: RawWorkbook): CarriedDefinition {
    const { hash } = carriedIdentity(raw);
    if (hash === null || hash === this.shipped.form.hash) return { ok: true, value: this.shipped };
    const known = this.byHash.get(hash);
    if (known) return known;
    const result = this.rebuild(raw, hash);
    // Only a definition that checked out is kept: a refusal belongs to that file's text, and must not
    // refuse the genuine files that claim the same hash (an edited file read first would otherwise
    // decide the verdict of every file after it).
    if (!result.ok) return result;
    if (this.byHash.size >= 16) this.byHash.clear();
    this.byHash.set(hash, result);
    return result;
  }

  private rebuild(raw: RawWorkbook, hash: string): CarriedDefinition {
    const unreadable: CarriedDefinition = { ok: false, error: message("template:definition-unreadable", "forms.carried.unreadable") };
    const text = hash === "invalid" ? null : carriedText(raw);
    if (text === null) return unreadable;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return unreadable;
    }
    const shape = modelSchema.safeParse(data);
    if (!shape.success) return unreadable;
    const built = catalogFromModel(shape.data as DefinitionModel);
    if (!built.ok) return unreadable;
    if (built.value.form.hash !== hash) return { ok: false, error: message("template:definition-altered", "forms.carried.altered") };
    const reused = reusedShippedIds(built.value, this.shipped);
    if (reused.length > 0)
      return { ok: false, error: message("template:definition-shipped-id", "forms.carried.shippedId", { id: reused[0]! }) };
    return { ok: true, value: built.value };
  }
}
