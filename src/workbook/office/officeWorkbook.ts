/**
 * The WorkbookPort inside Excel, through Office.js. Mapping only: plan in, Excel calls out; no domain logic.
 * Composed of read.ts, write.ts (+ draw.ts), highlight.ts and events.ts, each with its own payload budget.
 *
 * Every operation costs a constant number of context.sync() calls whatever its size (a sync is a round
 * trip to Excel; on the web each one is an HTTP request): reads are batched, writes are grouped into
 * rectangles and queued, and a write only syncs early when its queued payload nears Excel on the web's
 * limit (5 MB of UTF-8 for a request and for a response), see sync.ts. Office.js keeps what ran before
 * a failed sync: writePlan orders its work so that a failure can be undone, and highlighting never
 * drops a user's sheet protection.
 */
import type { CellRef } from "../../domain/raw";
import type { WorkbookPort } from "../port";
import type { OfficeDeps } from "./deps";
import { base64 } from "./base64";
import { naming } from "./errors";
import { createChangeEvents } from "./events";
import { detectFeatures } from "./features";
import { createHighlighter } from "./highlight";
import { quietWrites } from "./quiet";
import { createReader } from "./read";
import { SYNC_PAYLOAD_BUDGET } from "./sync";
import { createWriter } from "./write";
import { watchSelection } from "./selection";

export type { DocumentSettings, OfficeDeps } from "./deps";
export { HIGHLIGHT_FILL } from "./highlight";
export { SYNC_PAYLOAD_BUDGET } from "./sync";

export function createOfficeWorkbook(office: OfficeDeps, budget = SYNC_PAYLOAD_BUDGET): WorkbookPort {
  const features = detectFeatures(office.isSetSupported);
  // While the user is typing in a cell Excel refuses every batch; from 1.11 it can wait for them instead.
  const deps: OfficeDeps = features.delayForCellEdit
    ? { ...office, run: (batch) => office.run(batch, { delayForCellEdit: true }) }
    : office;
  const quiet = quietWrites();
  const reader = createReader(deps, budget);
  const writer = createWriter(deps, features, budget);
  const highlighter = createHighlighter(deps, features, budget);

  async function select(cell: CellRef): Promise<void> {
    await deps.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(cell.sheet);
      sheet.activate();
      sheet.getRange(cell.address).select();
      await context.sync();
    });
  }

  // What Excel refuses for a reason the officer can act on (payload, cell edit) is named in their words.
  const onChanged = features.sheetExtras ? createChangeEvents(deps, features, quiet) : undefined;
  return {
    host: "excel",
    read: () => naming(() => reader.read()),
    sheetNames: () => naming(() => reader.sheetNames()),
    readSheetRows: (sheet) => naming(() => reader.readSheetRows(sheet)),
    writePlan: (plan, options) => naming(() => quiet.during(() => writer.writePlan(plan, options), true)),
    select: (cell) => naming(() => select(cell)),
    onSelectionChanged: watchSelection(deps),
    highlight: (cells) => naming(() => quiet.during(() => highlighter.highlight(cells), false)),
    clearHighlights: () => naming(() => quiet.during(() => highlighter.clearHighlights(), false)),
    ...(onChanged ? { onChanged: (callback: () => void) => naming(() => onChanged(callback)) } : {}),
    ...(features.createWorkbook && office.createWorkbook
      ? { openAsNewWorkbook: (bytes: Uint8Array) => naming(() => office.createWorkbook!(base64(bytes))) }
      : {}),
  };
}
