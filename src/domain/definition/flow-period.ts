/**
 * The period a periodic report's flow rows count over ("từ 01/12/2025 đến 31/5/2026" for the half-year
 * report): from the day after the previous report of the same definition to the report's as-of day.
 * The previous report is the definition's periodic campaign whose as-of day comes last before this one
 * in the year (30/11 of the year before for 31/5; 31/5 for 30/11); a definition with one periodic
 * report counts a whole year.
 */
import type { Campaign } from "./campaign";
import type { CampaignDef } from "./schema";
import { isoDate, isoParts, isoToSerial, serialToIso } from "../dates";

export interface FlowPeriod {
  /** ISO days, both included. */
  readonly from: string;
  readonly to: string;
}

export function flowPeriod(defs: readonly CampaignDef[], campaign: Campaign): FlowPeriod | null {
  if (campaign.kind !== "periodic" || !campaign.asOf) return null;
  const at = isoParts(campaign.asOf);
  if (!at) return null;
  const dayOfYear = (month: number, day: number): number => month * 100 + day;
  const own = dayOfYear(at.month, at.day);
  const days = defs.flatMap((d) => (d.kind === "periodic" && d.asOf ? [dayOfYear(d.asOf.month, d.asOf.day)] : []));
  const earlier = days.filter((d) => d < own);
  const previous = earlier.length > 0 ? { year: at.year, day: Math.max(...earlier) } : { year: at.year - 1, day: Math.max(own, ...days) };
  const previousIso = isoDate(previous.year, Math.floor(previous.day / 100), previous.day % 100);
  const serial = previousIso === null ? null : isoToSerial(previousIso);
  const from = serial === null ? null : serialToIso(serial + 1);
  return from ? { from, to: campaign.asOf } : null;
}
