/**
 * Writing a plan into the open workbook. Office.js does not roll back a sync that fails part-way, so the
 * order is chosen for recovery (see writePlan); the queue syncs early only when it nears the request
 * budget (SyncBudget).
 */
import { NAME_PREFIX } from "../../domain/raw";
import type { SheetPlan, WorkbookPlan } from "../../domain/layout/plan";
import type { WritePlanOptions, WritePlanOutcome } from "../port";
import { rectAddress, splitAddress } from "./a1";
import type { OfficeDeps } from "./deps";
import { drawSheet, setValidation, type SheetList } from "./draw";
import { describeReference, referencesTo, restoreReferences, type UserReference } from "./references";
import type { Features } from "./features";
import { errorCode, SyncBudget } from "./sync";

const OLD_SHEET_PREFIX = "~UR_OLD_";

interface Probe {
  /** The plan's sheets that exist, and whether each holds data. */
  readonly existing: Map<string, boolean>;
  /** Our names the write deletes, with their reference formula ("='Biểu 01'!$D$4") to give them back if it fails. */
  readonly staleNames: readonly { readonly name: string; readonly formula: string | null }[];
  /** Every sheet before the write. */
  readonly sheets: readonly string[];
  /** The user's formulas and names that refer to a sheet being replaced. */
  readonly references: readonly UserReference[];
}

/** The range of an address such as "'_meta'!$D$2:$D$5", as a Range object: what a list validation's source may be. */
function rangeAt(worksheets: Excel.WorksheetCollection, address: string): Excel.Range {
  const { sheet, ref } = splitAddress(address.replace(/^=/, ""));
  return worksheets.getItem(sheet).getRange(ref);
}

/**
 * The dropdowns whose items are on a sheet, in a sync of their own: as Range objects, and where the
 * build refuses that (office-js#277, InvalidArgument) again as reference formulas such as
 * "='_meta'!$D$2:$D$5", the form Microsoft's sample uses. Setting a rule twice is harmless.
 */
async function setSheetLists(context: Excel.RequestContext, queue: SyncBudget, lists: readonly SheetList[]): Promise<void> {
  if (lists.length === 0) return;
  await queue.flush();
  const worksheets = context.workbook.worksheets;
  const set = (source: (address: string) => Excel.Range | string) => {
    for (const { sheet, rect, validation } of lists) setValidation(sheet.getRange(rectAddress(rect)), validation, source);
  };
  set((address) => rangeAt(worksheets, address));
  try {
    await queue.flush();
  } catch (error) {
    if (errorCode(error) !== "InvalidArgument") throw error;
    set((address) => `=${address.replace(/^=/, "")}`);
    await queue.flush();
  }
}

export interface Writer {
  writePlan(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanOutcome>;
}

/** The write, its request syncs under `budget` bytes. */
export function createWriter(deps: OfficeDeps, features: Features, budget: number): Writer {
  /** What a write will replace: the plan's sheets that exist (and whether they hold data), our names it would leave dangling, leftovers of a failed write. */
  async function probe(plan: WorkbookPlan): Promise<Probe> {
    return deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const names = context.workbook.names;
      // NamedItem.value is the address without "=": given back as is it would become a text constant
      // (office-js#2283). The formula (1.7) has the "="; before 1.7 it is added to the address.
      names.load(features.sheetExtras ? "items/name,items/type,items/value,items/formula" : "items/name,items/type,items/value");
      await context.sync();
      const planned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
      const used = sheets.items
        .filter((s) => planned.has(s.name.toLowerCase()))
        .map((s) => {
          const range = s.getUsedRangeOrNullObject(true);
          range.load("address");
          return { name: s.name, range };
        });
      await context.sync();
      const replaced = new Set(used.map((u) => u.name.toLowerCase()));
      const others = sheets.items
        .map((s) => s.name)
        .filter((name) => !planned.has(name.toLowerCase()) && !name.startsWith(OLD_SHEET_PREFIX));
      const references = await referencesTo(
        context,
        features,
        used.map((u) => u.name),
        others,
        budget,
      );
      const plannedNames = new Set(plan.names.map((n) => n.name.toUpperCase()));
      // A name of ours that the plan defines again, or that points into a sheet being replaced, would dangle.
      const staleNames = names.items
        .filter((n) => n.name.toUpperCase().startsWith(NAME_PREFIX))
        .filter(
          (n) =>
            plannedNames.has(n.name.toUpperCase()) ||
            (n.type === "Range" && replaced.has(splitAddress(String(n.value).replace(/^=/, "")).sheet.toLowerCase())),
        )
        .map((n) => ({
          name: n.name,
          formula: n.type !== "Range" ? null : features.sheetExtras ? String(n.formula) : `=${String(n.value).replace(/^=/, "")}`,
        }));
      return {
        existing: new Map(used.map((u) => [u.name, !u.range.isNullObject])),
        staleNames,
        sheets: sheets.items.map((s) => s.name),
        references,
      };
    });
  }

  /**
   * Draws the plan in one Excel.run. Office.js does not roll back a sync that fails part-way, so the
   * order is chosen for recovery: old sheets step aside (renamed), every new sheet is added and drawn,
   * then names, protection and visibility, and only in the last sync are the old sheets deleted, once
   * the user's own references to them (which the rename took along) point at the new sheets again. A
   * failure before that last sync is undone by rollBack (the workbook as it was); a failure in it is
   * finished by it (the new sheets are complete by then). Sheets such a rollback could not remove are
   * named ~UR_OLD_ and removed by the next successful write.
   */
  async function writePlan(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanOutcome> {
    const found = await probe(plan);
    const withData = [...found.existing].filter(([, hasData]) => hasData).map(([name]) => name);
    // A sheet the user's own formulas refer to is asked about even when it is empty.
    const asked = withData.length > 0 ? withData : found.references.length > 0 ? [...found.existing.keys()] : [];
    if (asked.length > 0 && !(await options.confirmReplace(asked, found.references.map(describeReference))))
      return { written: false, reason: "declined" };

    const taken = new Set(found.sheets.map((n) => n.toLowerCase()));
    const leftovers = found.sheets.filter((n) => n.startsWith(OLD_SHEET_PREFIX));
    let next = 0;
    const aliases = new Map<string, string>();
    for (const name of found.existing.keys()) {
      while (taken.has(`${OLD_SHEET_PREFIX}${next}`.toLowerCase())) next++;
      aliases.set(name, `${OLD_SHEET_PREFIX}${next++}`);
    }
    let deleting = false;
    try {
      await deps.run(async (context) => {
        const queue = new SyncBudget(context, budget);
        const worksheets = context.workbook.worksheets;
        // Our writes raise no change event (1.8); switched back on in the last sync, or by recover().
        if (features.quietWrites) context.runtime.enableEvents = false;
        // Old sheets step aside (renamed) and go last, so the workbook never lacks a visible sheet and
        // references from other sheets are not broken before the new sheet exists.
        let old: Excel.Worksheet[] = [];
        let drawn: { sheet: Excel.Worksheet; plan: SheetPlan }[] = [];
        await queue.add([...aliases, ...plan.sheets.map((s) => s.name)], 2 * aliases.size + plan.sheets.length, () => {
          old = [...aliases].map(([name, alias]) => {
            const sheet = worksheets.getItem(name);
            sheet.name = alias;
            return sheet;
          });
          // Every new sheet exists before any is drawn: a list validation's source may be on a later sheet (_meta).
          drawn = plan.sheets.map((sheetPlan) => ({ sheet: worksheets.add(sheetPlan.name), plan: sheetPlan }));
        });
        const lists: SheetList[] = [];
        for (const { sheet, plan: sheetPlan } of drawn)
          lists.push(...(await drawSheet(sheet, sheetPlan, queue, features, budget, (address) => rangeAt(worksheets, address))));
        await setSheetLists(context, queue, lists);
        for (const { name } of found.staleNames) await queue.add(name, 2, () => context.workbook.names.getItem(name).delete());
        for (const name of plan.names)
          await queue.add(name, 3, () => context.workbook.names.add(name.name, worksheets.getItem(name.sheet).getRange(name.ref)));
        if (features.sheetExtras) {
          const props = context.workbook.properties;
          props.title = plan.properties.title;
          props.subject = plan.properties.subject;
          props.author = plan.properties.creator;
          props.keywords = plan.properties.keywords;
        }
        const firstVisible = drawn.find((d) => d.plan.visibility === "visible");
        firstVisible?.sheet.activate();
        for (const { sheet, plan: sheetPlan } of drawn) {
          if (sheetPlan.visibility === "hidden") sheet.visibility = "Hidden";
          // Last: a protected sheet refuses the writes above.
          // Formatting cells stays allowed: the check's highlights then need no unprotect (protection.ts).
          if (sheetPlan.protect)
            sheet.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
        }
        await queue.flush();
        deleting = true;
        // The rename took the user's references along to the old sheets: back to the new ones, before the old go.
        restoreReferences(context, features, found.references);
        for (const sheet of old) sheet.delete();
        for (const name of leftovers) worksheets.getItem(name).delete();
        if (features.quietWrites) context.runtime.enableEvents = true;
        await context.sync();
      });
    } catch (error) {
      // Best effort: the error the user sees is the write's, not the recovery's.
      await recover(plan, found, aliases, deleting ? "finish" : "undo").catch(() => undefined);
      if (features.quietWrites)
        await deps
          .run(async (context) => {
            context.runtime.enableEvents = true;
            await context.sync();
          })
          .catch(() => undefined);
      throw error;
    }
    return { written: true, sheets: plan.sheets.map((s) => s.name) };
  }

  /**
   * After a failed write: "undo" removes what it added and gives the old sheets and names back;
   * "finish" (the failure came while deleting the old sheets) deletes what is left of them.
   */
  async function recover(plan: WorkbookPlan, before: Probe, aliases: ReadonlyMap<string, string>, mode: "undo" | "finish"): Promise<void> {
    await deps.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name");
      await context.sync();
      const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
      if (mode === "finish") {
        for (const alias of aliases.values()) if (present.has(alias.toLowerCase())) worksheets.getItem(alias).delete();
        await context.sync();
        return;
      }
      const stale = new Map(before.staleNames.map((n) => [n.name.toUpperCase(), n]));
      const ours = new Set([...plan.names.map((n) => n.name.toUpperCase()), ...stale.keys()]);
      for (const item of names.items) if (ours.has(item.name.toUpperCase())) item.delete();
      for (const sheetPlan of plan.sheets) {
        const alias = [...aliases].find(([name]) => name.toLowerCase() === sheetPlan.name.toLowerCase())?.[1];
        const renamed = alias !== undefined && present.has(alias.toLowerCase());
        // The plan's name now holds a new sheet when the old one stepped aside, or when there was none.
        if (present.has(sheetPlan.name.toLowerCase()) && (renamed || alias === undefined)) worksheets.getItem(sheetPlan.name).delete();
      }
      for (const [name, alias] of aliases) if (present.has(alias.toLowerCase())) worksheets.getItem(alias).name = name;
      for (const { name, formula } of stale.values()) if (formula !== null) context.workbook.names.add(name, formula);
      await context.sync();
    });
  }

  return { writePlan };
}
