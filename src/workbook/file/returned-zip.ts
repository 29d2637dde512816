/**
 * The page's "Tải tệp trả lại đơn vị (.zip)": every returned workbook and the chase list in one
 * archive. Each unit's file is fetched, added to and dropped in turn, so memory holds one file plus
 * the (already compressed) archive entries, not every file at once.
 */
import { zipSync, type Zippable } from "fflate";
import type { FileReport } from "../../domain/merge";
import { chaseList, chaseRows, isUnreadable, type ChaseLine } from "../../domain/merge/chase-list";
import { writeCsv } from "../../domain/merge/csv";
import { feedbackContent, returnedNames, type FileProblem } from "../../domain/merge/feedback";
import type { MergeResult } from "../../domain/merge";
import { t } from "../../domain/i18n/strings";
import { returnedWorkbook } from "./returned-workbook";

export interface ReturnedZipInput {
  readonly files: readonly FileReport[];
  readonly roster: MergeResult["roster"];
  readonly problems: ReadonlyMap<number, readonly FileProblem[]>;
  /** The unit's file by report index; null when it is no longer at hand (the sample's files). */
  readonly bytesOf: (index: number) => Promise<Uint8Array> | null;
  readonly returnedBy: string;
  readonly today: string;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReturnedZip {
  readonly zip: Uint8Array;
  readonly returned: number;
  readonly lines: readonly ChaseLine[];
}

export async function returnedZip(input: ReturnedZipInput): Promise<ReturnedZip> {
  const entries: Zippable = {};
  const returned = new Map<number, string>();
  const names = [...returnedNames(input.files, isUnreadable)];
  for (const [i, [index, name]] of names.entries()) {
    input.onProgress?.(i, names.length);
    const pending = input.bytesOf(index);
    const bytes = pending ? await pending.catch(() => null) : null;
    const report = input.files.find((f) => f.index === index)!;
    const workbook = bytes
      ? await returnedWorkbook(bytes, feedbackContent(report, input.problems.get(index) ?? [], input.returnedBy, input.today))
      : null;
    if (!workbook) continue;
    // A workbook is already deflated inside: stored as is, the archive costs no second compression.
    entries[name] = [workbook, { level: 0 }];
    returned.set(index, name);
  }
  const lines = chaseList({ files: input.files, roster: input.roster }, returned);
  entries[t("vi", "loop.chase.fileName")] = new TextEncoder().encode(writeCsv(chaseRows(lines)));
  return { zip: zipSync(entries), returned: returned.size, lines };
}
