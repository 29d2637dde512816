/**
 * merge --previous: this period against the same level's consolidated workbook of the previous period.
 * Per unit present in both, each figure whose change goes beyond the campaign's change band
 * (plausibility.changeFactor: now/before outside [1/f, f]) is flagged, in the register's "Cảnh báo"
 * column and on the file's card; a comparison sheet gives the totals now and before, the change and
 * the units that moved it most; the units in one period only are listed.
 * Pure: the previous register comes in as named ranges (the reader's), the result goes out as a MergeResult and a SheetPlan.
 */
import { BREAKDOWN_NAME, registerName } from "../definition/names";
import type { Definition } from "../definition/catalog";
import { bilingual, keyed, render, type Message } from "../i18n/message";
import { t, type StringKey } from "../i18n/strings";
import type { SheetPlan, StyleName, WorkbookPlan } from "../layout/plan";
import { sheetCursor } from "../layout/sheet-cursor";
import type { RawNamedRange } from "../raw";
import type { FigureKey } from "../submission";
import { ExactTotal } from "../exact";
import { figureAt } from "./figure-row";
import { cellText, joinWarnings } from "./leaves";
import type { MergeResult } from "./merge";
import { figureName } from "./messages";
import { unitKey } from "./normalise";
import type { FileReport, Leaf } from "./types";

export interface PreviousUnit {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly figures: ReadonlyMap<FigureKey, number>;
}

export interface PreviousPeriod {
  readonly fileName: string;
  readonly units: readonly PreviousUnit[];
}

/** A register column of a figure ("LD_TONG@value"), whatever the definition of that period. */
const FIGURE_COLUMN = /^[A-Z][A-Z0-9_]*@[a-z]+$/;

/**
 * The previous period's register, leniently: the unit code and name and every figure column (a figure
 * added or dropped since then is simply not compared). Null without a register.
 */
export function previousFromNames(fileName: string, names: ReadonlyMap<string, RawNamedRange>): PreviousPeriod | null {
  if (!names.has(BREAKDOWN_NAME)) return null;
  const units: PreviousUnit[] = [];
  for (let n = 0, part = names.get(BREAKDOWN_NAME); part !== undefined; part = names.get(registerName(++n))) {
    const [header, ...rows] = part.cells;
    if (!header) continue;
    const columns = new Map<string, number>();
    header.forEach((cell, i) => {
      const text = cellText(cell);
      if (text && !columns.has(text)) columns.set(text, i);
    });
    const codeAt = columns.get("UNIT_CODE");
    const nameAt = columns.get("UNIT_NAME");
    if (codeAt === undefined) continue;
    const figureColumns = [...columns].filter(([text]) => FIGURE_COLUMN.test(text)) as [FigureKey, number][];
    for (const row of rows) {
      const code = cellText(row[codeAt]);
      if (!code) continue;
      const figures = new Map<FigureKey, number>();
      for (const [key, i] of figureColumns) {
        const value = row[i]?.value;
        if (typeof value === "number" && Number.isFinite(value)) figures.set(key, value);
      }
      units.push({ key: unitKey(code), code, name: nameAt === undefined ? code : cellText(row[nameAt]), figures });
    }
  }
  return { fileName, units };
}

export interface FigureComparison {
  readonly key: FigureKey;
  readonly now: number | null;
  readonly before: number | null;
  /** The units whose own change moved the total most, largest first. */
  readonly movers: readonly { readonly name: string; readonly change: number }[];
}

export interface UnitFlag {
  readonly leaf: Leaf;
  readonly message: Message;
}

export interface Comparison {
  readonly fileName: string;
  readonly factor: number;
  readonly figures: readonly FigureComparison[];
  readonly flags: readonly UnitFlag[];
  readonly onlyNow: readonly { readonly code: string; readonly name: string }[];
  readonly onlyBefore: readonly { readonly code: string; readonly name: string }[];
}

const MOVERS = 3;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** "Tổng số lao động: 12, kỳ trước 3.215 (giảm 99,6 %)". */
export function changeMessage(catalog: Definition, key: FigureKey, now: number, before: number): Message {
  const percent = round1((Math.abs(now - before) / before) * 100);
  return keyed("loop.previous.flag", {
    figure: figureName(catalog, key),
    now,
    before,
    direction: bilingual(now < before ? "loop.previous.down" : "loop.previous.up"),
    percent,
  });
}

/** Outside [1/f, f]: a fall to zero is flagged, a rise from zero cannot be judged by a ratio and is not. */
export const beyondBand = (now: number, before: number, factor: number): boolean =>
  before > 0 && (now * factor < before || now > before * factor);

export function comparePeriods(catalog: Definition, result: MergeResult, previous: PreviousPeriod): Comparison {
  const factor = result.campaign.plausibility.changeFactor;
  const before = new Map(previous.units.map((u) => [u.key, u]));
  const nowKeys = new Set(result.leaves.map((l) => l.key));
  const flags: UnitFlag[] = [];
  const compared = result.keys.map((key, index) => ({ key, index })).filter(({ key }) => previous.units.some((u) => u.figures.has(key)));
  const figures: FigureComparison[] = [];
  for (const { key, index } of compared) {
    const totalNow = new ExactTotal();
    const totalBefore = new ExactTotal();
    const changes: { name: string; change: number }[] = [];
    for (const leaf of result.leaves) {
      const now = figureAt(leaf.figures, index);
      const was = before.get(leaf.key)?.figures.get(key) ?? null;
      if (now !== null) totalNow.add(now);
      if (now !== null && was !== null && beyondBand(now, was, factor))
        flags.push({ leaf, message: changeMessage(catalog, key, now, was) });
      if (now !== null || was !== null) changes.push({ name: leaf.name || leaf.code, change: (now ?? 0) - (was ?? 0) });
    }
    for (const unit of previous.units) {
      const was = unit.figures.get(key);
      if (was === undefined) continue;
      totalBefore.add(was);
      if (!nowKeys.has(unit.key)) changes.push({ name: unit.name || unit.code, change: -was });
    }
    const movers = changes
      .filter((c) => c.change !== 0)
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
      .slice(0, MOVERS);
    figures.push({ key, now: totalNow.value(), before: totalBefore.value(), movers });
  }
  return {
    fileName: previous.fileName,
    factor,
    figures,
    flags,
    onlyNow: result.leaves.filter((l) => !before.has(l.key)).map((l) => ({ code: l.code, name: l.name })),
    onlyBefore: previous.units.filter((u) => !nowKeys.has(u.key)).map((u) => ({ code: u.code, name: u.name })),
  };
}

/** The merge with the flags where the officer looks: each unit's register warnings, and its file's card. */
export function withComparison(result: MergeResult, comparison: Comparison): MergeResult {
  if (comparison.flags.length === 0) return result;
  const byLeaf = new Map<Leaf, Message[]>();
  for (const flag of comparison.flags) byLeaf.set(flag.leaf, [...(byLeaf.get(flag.leaf) ?? []), flag.message]);
  const leaves = result.leaves.map((leaf) => {
    const messages = byLeaf.get(leaf);
    return messages ? { ...leaf, warnings: joinWarnings([leaf.warnings, ...messages.map((m) => render("vi", m))]) } : leaf;
  });
  const byFile = new Map<number, Message[]>();
  for (const { leaf, message } of comparison.flags) {
    const file = result.files.find((f) => f.index === leaf.fileIndex);
    // A consolidated file brings many units: each flag names its unit.
    const shown = file?.kind === "consolidated" ? keyed("loop.previous.flagOf", { unit: leaf.name || leaf.code, flag: message }) : message;
    byFile.set(leaf.fileIndex, [...(byFile.get(leaf.fileIndex) ?? []), shown]);
  }
  const files = result.files.map((f): FileReport => (byFile.has(f.index) ? { ...f, reasons: [...f.reasons, ...byFile.get(f.index)!] } : f));
  return { ...result, leaves, files };
}

const WIDTH = 6;
const COLUMN_WIDTHS = [44, 16, 16, 16, 12, 60];
export const comparisonSheetName = (): string => t("vi", "loop.previous.sheet");

/** "So sánh kỳ trước": totals now and before, change, the units that moved them; the flags; the units in one period only. */
export function comparisonSheet(catalog: Definition, comparison: Comparison): SheetPlan {
  const vi = (key: StringKey, params?: Readonly<Record<string, string | number>>) => t("vi", key, params);
  const sheet = sheetCursor(WIDTH);
  const { put, line, next } = sheet;
  line(vi("loop.previous.title"), "title");
  line(
    vi("loop.previous.source", {
      file: comparison.fileName,
      campaign: vi("loop.previous.flagsCount", { count: comparison.flags.length, factor: comparison.factor }),
    }),
    "paragraph",
  );
  next();
  sheet.header(
    (
      [
        "loop.previous.col.figure",
        "loop.previous.col.now",
        "loop.previous.col.before",
        "loop.previous.col.change",
        "loop.previous.col.percent",
        "loop.previous.col.units",
      ] as const
    ).map((k) => vi(k)),
  );
  const numberStyle = (x: number | null): StyleName => (x !== null && !Number.isInteger(x) ? "computedDecimal" : "computedInteger");
  for (const f of comparison.figures) {
    put(1, figureName(catalog, f.key).vi);
    put(2, f.now, numberStyle(f.now));
    put(3, f.before, numberStyle(f.before));
    if (f.now !== null && f.before !== null) {
      sheet.cell(4, {
        formula: `${sheet.at(2)}-${sheet.at(3)}`,
        value: Math.round((f.now - f.before) * 1000) / 1000,
        style: numberStyle(f.now - f.before),
      });
      sheet.cell(5, {
        formula: `IF(${sheet.at(3)}=0,"",${sheet.at(4)}/${sheet.at(3)})`,
        value: f.before === 0 ? "" : (f.now - f.before) / f.before,
        style: "computedPercent",
      });
    } else {
      put(4, null);
      put(5, null);
    }
    put(
      6,
      f.movers
        .map(
          (m) => `${m.name} (${m.change > 0 ? "+" : ""}${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 }).format(m.change)})`,
        )
        .join("; "),
    );
    next();
  }
  next();
  line(vi("loop.previous.flags"), "textBold");
  if (comparison.flags.length === 0) line(vi("loop.previous.none"), "text");
  else {
    put(1, vi("loop.previous.col.unit"), "header");
    put(2, vi("loop.previous.col.flag"), "header");
    sheet.merge(2);
    next();
    for (const flag of comparison.flags) {
      put(1, `${flag.leaf.name} (${flag.leaf.code})`);
      put(2, render("vi", flag.message));
      sheet.merge(2);
      next();
    }
  }
  next();
  for (const [heading, units] of [
    ["loop.previous.onlyNow", comparison.onlyNow],
    ["loop.previous.onlyBefore", comparison.onlyBefore],
  ] as const) {
    line(vi(heading), "textBold");
    if (units.length === 0) line(vi("loop.previous.none"), "text");
    for (const u of units) line(`${u.code} – ${u.name}`, "text");
    next();
  }
  return sheet.plan({ name: comparisonSheetName(), role: "status", columnWidths: COLUMN_WIDTHS, freeze: { rows: 4, columns: 1 } });
}

/** The consolidated workbook with the comparison sheet among its visible sheets, before the hidden meta sheet. */
export function withComparisonSheet(plan: WorkbookPlan, sheet: SheetPlan): WorkbookPlan {
  const sheets = [...plan.sheets];
  const metaAt = sheets.findIndex((s) => s.role === "meta");
  sheets.splice(metaAt < 0 ? sheets.length : metaAt, 0, sheet);
  return { ...plan, sheets };
}
