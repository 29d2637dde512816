/**
 * Changing cells on sheets a user may have protected, keeping each protection as it was, and never
 * asking Excel to unprotect a sheet that may have a password: unprotect() without one may prompt the
 * user, and a 2026 regression (office-js#6784) refuses it with AccessDenied even where there is none.
 *
 * A protected sheet whose options allow formatting cells (ours do, see write.ts) is changed as it is.
 * Otherwise it is unprotected only when Excel says it has no password (isPasswordProtected, on the web:
 * ExcelApiOnline 1.1), and protected again with the same options afterwards, even when the change fails.
 * When Excel cannot say, the sheet is left alone and named, so the pane can say so.
 */
import type { Features } from "./features";

export async function onUnprotectedSheets(
  context: Excel.RequestContext,
  features: Features,
  sheetNames: readonly string[],
  change: (open: ReadonlySet<string>) => Promise<void>,
): Promise<string[]> {
  const sheets = sheetNames.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load(features.passwordState ? "protected,options,isPasswordProtected" : "protected,options");
    return { name, protection };
  });
  await context.sync();
  const locked: string[] = [];
  const reopened: { name: string; options: Excel.WorksheetProtectionOptions }[] = [];
  for (const { name, protection } of sheets) {
    if (!protection.protected || protection.options.allowFormatCells) continue;
    if (features.passwordState && !protection.isPasswordProtected) {
      protection.unprotect();
      reopened.push({ name, options: protection.options });
    } else locked.push(name);
  }
  if (reopened.length > 0) await context.sync();
  const reprotect = () => {
    for (const { name, options } of reopened) context.workbook.worksheets.getItem(name).protection.protect(options);
  };
  try {
    await change(new Set(sheetNames.filter((name) => !locked.includes(name))));
    reprotect();
    await context.sync();
  } catch (error) {
    // The change failed part-way: whatever it did, the user's protection comes back.
    const again = reopened.map(({ name, options }) => {
      const protection = context.workbook.worksheets.getItem(name).protection;
      protection.load("protected");
      return { protection, options };
    });
    await context.sync();
    for (const { protection, options } of again) if (!protection.protected) protection.protect(options);
    await context.sync();
    throw error;
  }
  return locked;
}
