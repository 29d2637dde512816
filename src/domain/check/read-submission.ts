/**
 * RawWorkbook → Submission: what both workbook adapters read, turned into what the checks and the
 * merge work on. Template and campaign first (without them the cells cannot be named), then the
 * identification, then every input cell with its type checks.
 */
import type { Definition } from "../definition/catalog";
import { campaignForLevel, type Campaign } from "../definition/campaign";
import type { RawWorkbook } from "../raw";
import type { Submission } from "../submission";
import { readFigures } from "./figures";
import { readIdentification } from "./identification";
import type { CheckIssue } from "./issue";
import { readMeta } from "./meta";

export interface SubmissionReading {
  /** null when the workbook is not a readable template of this release (the issues say why). */
  readonly submission: Submission | null;
  readonly campaign: Campaign | null;
  /** The campaign as the file's level fills it (campaignForLevel): what its figures were read and its rules checked against. */
  readonly form?: Campaign;
  /** Template, identification and type issues, blanks included; rules are checked by `checkRules`. */
  readonly issues: CheckIssue[];
}

export function readSubmission(catalog: Definition, raw: RawWorkbook): SubmissionReading {
  const { meta, issues: metaIssues } = readMeta(catalog, raw);
  if (!meta) return { submission: null, campaign: null, issues: metaIssues };
  const { identification, issues: idIssues } = readIdentification(catalog, raw, meta.campaign);
  // A CĐCS's form (1-HĐCĐ) has fewer rows than an upper level's (2-HĐCĐ): read the form of the level it names.
  const campaign = campaignForLevel(meta.campaign, identification.level);
  const { figures, texts, refs, notes, issues: figureIssues } = readFigures(catalog, raw, campaign, meta.kind === "consolidated");
  const submission: Submission = {
    templateId: meta.templateId,
    templateVersion: meta.templateVersion,
    campaignId: campaign.id,
    kind: meta.kind,
    identification,
    figures,
    ...(texts.size > 0 ? { texts } : {}),
    refs,
    notes,
  };
  return { submission, campaign: meta.campaign, form: campaign, issues: [...metaIssues, ...idIssues, ...figureIssues] };
}
