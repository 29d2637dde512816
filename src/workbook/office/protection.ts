/** Changing cells on sheets a user may have protected, keeping each protection as it was. */

/**
 * Changes fills on sheets a user may have protected, keeping each protection as it was. A protected
 * sheet is unprotected without a password in a sync of its own: when that fails the sheet has a
 * password we do not know, and nothing on it is changed (its name is returned). The others are
 * protected again with the options they had, even when the change itself fails.
 */
export async function onUnprotectedSheets(context: Excel.RequestContext, sheetNames: readonly string[], change: (open: ReadonlySet<string>) => void): Promise<string[]> {
  const sheets = sheetNames.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected,options");
    return { name, protection };
  });
  await context.sync();
  const locked: string[] = [];
  const reopened: { name: string; options: Excel.WorksheetProtectionOptions }[] = [];
  for (const { name, protection } of sheets) {
    if (!protection.protected) continue;
    const options = protection.options;
    protection.unprotect();
    try {
      await context.sync();
      reopened.push({ name, options });
    } catch {
      locked.push(name);
    }
  }
  const reprotect = () => {
    for (const { name, options } of reopened) context.workbook.worksheets.getItem(name).protection.protect(options);
  };
  try {
    change(new Set(sheetNames.filter((name) => !locked.includes(name))));
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
