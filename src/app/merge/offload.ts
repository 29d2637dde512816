/**
 * A share of the files judged on another thread (the CLI's worker thread): the officer's choice crosses the
 * thread as plain data, is made into the same measure there, and each file is judged exactly as the merge's own
 * thread judges it (judgeFile). The verdicts go back; the merge puts them in file order.
 */
import { catalogFromModel, loadCatalog } from "../../domain/definition/catalog";
import { campaignFromJson } from "../../domain/definition/campaign";
import type { DefinitionModel } from "../../domain/definition";
import { render } from "../../domain/i18n/message";
import { judgeFile, judgeState, type JudgeOptions, type MergeFileInput, type Verdict } from "./merge-files";

/** The officer's choice as it crosses to another thread. */
export interface OffloadChoice {
  readonly campaignId: string | null;
  /** The chosen definition (--forms), rebuilt on the other thread; absent: none chosen. */
  readonly definition?: DefinitionModel;
  /** The chosen campaign spec (--campaign-file) as campaignToJson writes it; absent: the campaign id. */
  readonly campaign?: string;
}

/**
 * Judges the files given, in order. The merge's thread built the same definition and campaign from the same
 * data: a failure to rebuild them here is a defect, thrown, and the merge's thread then judges these files itself.
 */
export async function judgeShare(
  choice: OffloadChoice,
  files: readonly { readonly index: number; readonly file: MergeFileInput }[],
  options: JudgeOptions,
): Promise<Verdict[]> {
  const chosen = choice.definition ? catalogFromModel(choice.definition) : null;
  if (chosen && !chosen.ok) throw new Error(render("en", chosen.error));
  const campaign = choice.campaign ? campaignFromJson(choice.campaign) : null;
  if (campaign && !campaign.ok) throw new Error(render("en", campaign.error));
  const state = judgeState(loadCatalog(), choice.campaignId, chosen?.value, campaign?.value);
  const verdicts: Verdict[] = [];
  for (const { index, file } of files) verdicts.push(await judgeFile(index, file, state, options));
  return verdicts;
}
