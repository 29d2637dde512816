/**
 * Change events of the open workbook: the whole workbook's event (1.9) or each sheet's own (1.7–1.8).
 * Our own writes are not passed on (quiet.ts).
 */
import type { OfficeDeps } from "./deps";
import type { Features } from "./features";
import type { QuietWrites } from "./quiet";

export function createChangeEvents(
  deps: OfficeDeps,
  features: Features,
  quiet: QuietWrites,
): (callback: () => void) => Promise<() => void> {
  return async (callback) => {
    const listener = quiet.listener(callback);
    const subscriptions = await deps.run(async (context) => {
      const handler = async () => listener.heard();
      const worksheets = context.workbook.worksheets;
      if (features.workbookEvents) {
        const all = worksheets.onChanged.add(handler);
        await context.sync();
        return [all];
      }
      // ExcelApi 1.7–1.8 have only each sheet's own event (the collection's is 1.9): the sheets there now.
      worksheets.load("items/name");
      await context.sync();
      const each = worksheets.items.map((sheet) => sheet.onChanged.add(handler));
      await context.sync();
      return each;
    });
    return () => {
      listener.stop();
      if (subscriptions.length === 0) return;
      // Best effort: a pane closing while Excel is busy must not surface an error.
      void deps
        .runIn(subscriptions[0].context as Excel.RequestContext, async (context) => {
          for (const subscription of subscriptions) subscription.remove();
          await context.sync();
        })
        .catch(() => undefined);
    };
  };
}
