/**
 * What a merge keeps of a file it accepts: figures and identification, and the file's register (when it is a
 * consolidated workbook) read by the keys of the definition the merge runs against, as mergeSubmissions lists
 * them, not by the file's own. Not the cell references and notes: the merge never shows them.
 */
import type { Campaign } from "../definition/campaign";
import type { Definition } from "../definition/catalog";
import type { Message } from "../i18n/message";
import type { RawNamedRange } from "../raw";
import type { Submission } from "../submission";
import { inputFigureKeys } from "./figure-keys";
import { breakdownOf } from "./leaves";
import type { AcceptedFile } from "./merge";
import { textIndexes } from "./not-summed";

export interface AcceptedFileParts {
  readonly index: number;
  readonly name: string;
  readonly submission: Submission;
  /** The workbook's defined names (keyed by upper-case name), where a consolidated workbook keeps its register. */
  readonly names: ReadonlyMap<string, RawNamedRange>;
  /** The measure the merge runs against. */
  readonly catalog: Definition;
  readonly campaign: Campaign;
  readonly warnings: readonly Message[];
}

export function acceptedFile({ index, name, submission, names, catalog, campaign, warnings }: AcceptedFileParts): AcceptedFile {
  const keys = inputFigureKeys(catalog, campaign);
  return { index, name, submission: kept(submission), breakdown: breakdownOf(names, keys, textIndexes(catalog, keys)), warnings };
}

/**
 * Strings are copied: a string sliced out of a file's XML can keep the whole XML text alive in V8, and a
 * thousand of those is what "memory grows with N" looks like.
 */
function kept(sub: Submission): Submission {
  const id = sub.identification;
  const copy = (text: string): string => (text.length === 0 ? text : (" " + text).slice(1));
  return {
    ...sub,
    templateId: copy(sub.templateId),
    campaignId: copy(sub.campaignId),
    identification: {
      ...id,
      unitName: copy(id.unitName),
      unitCode: copy(id.unitCode),
      parent: "",
      campaignId: copy(id.campaignId),
      period: "",
      preparer: "",
      phone: "",
      head: "",
      datePrepared: id.datePrepared === null ? null : copy(id.datePrepared),
    },
    figures: new Map(sub.figures),
    ...(sub.texts ? { texts: new Map([...sub.texts].map(([key, text]) => [key, (" " + text).slice(1)])) } : {}),
    refs: new Map(),
    notes: new Map(),
  };
}
