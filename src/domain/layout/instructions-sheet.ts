/**
 * "Hướng dẫn": a short page a union officer reads once — how to fill, what a blank means, where to
 * explain a warning, how and by when to send (the campaign's deadline for each level), and that the
 * sheets are protected without a password.
 */
import type { Campaign, Definition, Level } from "../definition";
import { planRowHeights } from "./row-height";
import { hasOwnColumns, levelLabel, LEVELS, PARENT_LEVEL } from "../definition";
import { address } from "../a1";
import type { CellPlan, SheetPlan, StyleName } from "./plan";
import { displayDate } from "../dates";
import { vi } from "./text";
import { identificationSheetName } from "./identification-sheet";

export const instructionsSheetName = (): string => vi("tpl.sheet.instructions");

/**
 * The one column's width, in characters: what fits a portrait A4 page between its margins at 100 %.
 * Fitting to the page width is asked too, but LibreOffice prints a wider column at full size, and the
 * centred title then ran off both edges of the page.
 */
const INSTRUCTIONS_WIDTH = 88;

/** One line per level that has a deadline, lowest level first. */
export function deadlineLines(campaign: Campaign): string[] {
  const lines = LEVELS.flatMap((level: Level) => {
    const date = campaign.deadlines[level];
    if (!date) return [];
    const parent = PARENT_LEVEL[level];
    const name = levelLabel(level, campaign.levelNames).vi;
    const parentName = parent ? levelLabel(parent, campaign.levelNames).vi : "";
    // The plan's own wording when the definition gives it ("chậm nhất ngày 20/7/2012"), else the date.
    const text = campaign.deadlineTexts?.[level];
    if (text)
      return [
        parent
          ? vi("tpl.help.deadlineWorded", { level: name, parent: parentName, text, date: displayDate(date) })
          : vi("tpl.help.deadlineWordedTop", { level: name, text, date: displayDate(date) }),
      ];
    return [
      parent
        ? vi("tpl.help.deadline", { level: name, parent: parentName, date: displayDate(date) })
        : vi("tpl.help.deadlineTop", { level: name, date: displayDate(date) }),
    ];
  });
  // Beside each level's own date: the plan's date to another level (a CĐCS directly under the province) and finish-by dates, each in the plan's words with the date computed from them.
  const others = (campaign.otherDeadlines ?? []).map((d) => {
    const name = levelLabel(d.level, campaign.levelNames).vi;
    const words = d.text ?? displayDate(d.date);
    if (d.finish) return vi("uf.help.finish", { level: name, text: words, date: displayDate(d.date) });
    return vi("uf.help.reportsTo", {
      level: name,
      parent: levelLabel(d.reportsTo!, campaign.levelNames).vi,
      text: words,
      date: displayDate(d.date),
    });
  });
  const all = [...lines, ...others];
  return all.length > 0 ? all : [vi("tpl.help.noDeadline")];
}

export function instructionsSheet(catalog: Definition, campaign: Campaign): SheetPlan {
  const sheets = campaign.tables.map((id) => catalog.tables.find((t) => t.id === id)?.sheetName ?? id).join(", ");
  const years = { baseYear: String(campaign.baseYear ?? ""), endYear: String(campaign.endYear ?? "") };
  const ownColumns = catalog.tables.some((t) => campaign.tables.includes(t.id) && hasOwnColumns(campaign.kind, t));
  const lines: [StyleName, string][] = [
    ["title", vi("tpl.help.title")],
    ["subtitle", campaign.title.vi],
    // A paragraph, not "small": the source can be a long line, and only a wrapping style stays on the page.
    ...(campaign.source ? [["paragraph", vi("tpl.help.source", { source: campaign.source.vi })] as [StyleName, string]] : []),
    ["text", ""],
    ["textBold", vi("tpl.help.fill.heading")],
    ["paragraph", vi("tpl.help.fill.identification", { sheet: identificationSheetName() })],
    ["paragraph", vi("tpl.help.fill.tables", { sheets })],
    [
      "paragraph",
      campaign.kind === "review"
        ? vi("tpl.help.fill.review", years)
        : // A form whose tables have their own columns (plan, actual, %; sectors) has no "Số lượng" column to speak of.
          vi(ownColumns ? "columns.help.fill" : "tpl.help.fill.periodic", { asOf: displayDate(campaign.asOf ?? "") }),
    ],
    ["paragraph", vi("tpl.help.fill.numbers")],
    ["textBold", vi("tpl.help.blank.heading")],
    ["paragraph", vi("tpl.help.blank")],
    ["textBold", vi("tpl.help.note.heading")],
    ["paragraph", vi("tpl.help.note")],
    ["textBold", vi("tpl.help.send.heading")],
    ["paragraph", vi("tpl.help.send")],
    ...deadlineLines(campaign).map((line): [StyleName, string] => ["paragraph", line]),
    ["textBold", vi("tpl.help.protect.heading")],
    ["paragraph", vi("tpl.help.protect")],
  ];
  const cells: CellPlan[] = lines.flatMap(([style, text], i) => (text ? [{ ref: address(1, 1 + i), value: text, style }] : []));
  return {
    name: instructionsSheetName(),
    role: "instructions",
    cells,
    merges: [],
    columnWidths: [INSTRUCTIONS_WIDTH],
    rowHeights: planRowHeights(cells, [INSTRUCTIONS_WIDTH], []),
    protect: true,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
    visibility: "visible",
  };
}
