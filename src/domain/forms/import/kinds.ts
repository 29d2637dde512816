/**
 * Stock or flow from a label's wording, only where the wording says so: "Tổng số …", "… hiện có" are
 * counted at a date (stock); "kết nạp mới", "thành lập mới", "trong kỳ", "được tập huấn" over the period
 * (flow). Anything else is the officer's to decide: a wrong guess would put a flow in a baseline column.
 */
import { looseKey } from "./words";

export type Kind = "stock" | "flow";

const FLOW = [
  /\bket nap\b/,
  /\bthanh lap moi\b/,
  /\bmoi thanh lap\b/,
  /\bphat trien moi\b/,
  /\btrong ky\b/,
  /\btrong nam\b/,
  /\bduoc tap huan\b/,
  /\bboi duong\b/,
  /\bgiai the\b/,
  /\bgiam\b/,
  /\bdinh cong\b/,
  /\bngung viec\b/,
  /\bto chuc duoc\b/,
];
const STOCK = [/^tong so\b/, /\bhien co\b/, /\bhien nay\b/, /\btinh den\b/, /\bcon no\b/];

export function kindFromWording(label: string): Kind | undefined {
  const key = looseKey(label);
  const flow = FLOW.some((pattern) => pattern.test(key));
  const stock = STOCK.some((pattern) => pattern.test(key));
  // "Tổng số đoàn viên kết nạp mới" is a flow: the period's words win over "Tổng số".
  if (flow) return "flow";
  return stock ? "stock" : undefined;
}
