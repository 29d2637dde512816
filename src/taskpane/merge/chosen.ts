/**
 * The files chosen for a merge, as the view lists them. Every file is kept, whatever its extension:
 * the reader judges it and says why it cannot be used (.xls, .pdf, a renamed text file …), so no file
 * the officer gave disappears. The same file chosen again (same name, size and date) is listed once,
 * with how many times it was chosen, and merged once.
 */
export interface ChosenFile {
  readonly file: File;
  /** Where it was inside a chosen folder ("Huyen A/cd01.xlsx"), or its name. */
  readonly label: string;
  readonly times: number;
}

const sameFile = (a: File, b: File): boolean => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** The folder path a folder picker gives (webkitRelativePath), or the name. */
export const fileLabel = (file: File): string => (file as File & { readonly webkitRelativePath?: string }).webkitRelativePath || file.name;

export function addChosen(before: readonly ChosenFile[], added: readonly File[]): ChosenFile[] {
  const list = [...before];
  for (const file of added) {
    const at = list.findIndex((c) => sameFile(c.file, file));
    if (at >= 0) list[at] = { ...list[at], times: list[at].times + 1 };
    else list.push({ file, label: fileLabel(file), times: 1 });
  }
  return list;
}
