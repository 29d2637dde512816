/**
 * Which measures (definition + campaign) the chosen files carry, before any merge runs: the page shows
 * the one they agree on, or asks the officer to pick when they differ. Only each file's description of
 * itself is read (its carried definition and campaign), not its figures or rules; files that cannot be
 * read that far are left to the merge, which gives them their reason.
 */
import type { Definition } from "../../domain/definition/catalog";
import { readMeta } from "../../domain/check/meta";
import { CARRIED_TEXT_NAMES, CarriedCatalogs } from "../../domain/definition/carried-definition";
import { byCount, measureInfo, measureOf, type Measure, type MeasureGroup } from "../../domain/merge/measure";
import { fileSizeError, WorkbookReader, type ReadLimits } from "../../workbook/file/reader";
import type { MergeFileInput } from "./merge-files";

export interface SurveyOptions {
  /** The definition chosen in the page: files are read by it (a file of another definition is then left out). */
  readonly definition?: Definition | null;
  readonly limits?: Partial<ReadLimits>;
  readonly signal?: AbortSignal;
}

export async function surveyMeasures(
  shipped: Definition,
  files: readonly MergeFileInput[],
  options: SurveyOptions = {},
): Promise<MeasureGroup[]> {
  const reader = new WorkbookReader();
  const carried = new CarriedCatalogs(shipped);
  const groups = new Map<string, { measure: Measure; files: string[] }>();
  for (const file of files) {
    if (options.signal?.aborted) break;
    if (file.size !== undefined && fileSizeError(file.size, options.limits)) continue;
    try {
      const bytes = file.bytes ?? (file.read ? await file.read() : null);
      if (!bytes) continue;
      let read = reader.readWorkbook(bytes, options.limits, { skipNames: CARRIED_TEXT_NAMES });
      if (read.ok && carried.needsText(read.value.workbook)) read = reader.readWorkbook(bytes, options.limits);
      if (!read.ok) continue;
      const own = carried.of(read.value.workbook);
      if (!own.ok) continue;
      const readWith = options.definition ?? own.value;
      const { meta } = readMeta(readWith, read.value.workbook);
      if (!meta) continue;
      const measure = measureOf(readWith, meta.campaign);
      const group = groups.get(measure.id) ?? { measure, files: [] };
      group.files.push(file.name);
      groups.set(measure.id, group);
    } catch {
      // The merge judges this file and says why it cannot be read.
    }
  }
  return byCount([...groups.values()].map((g) => ({ info: measureInfo(g.measure), files: g.files })));
}
