/**
 * Đơn vị tính → the row's value type. Counted things (người, đơn vị, cuộc, lượt, …) are whole numbers;
 * money is a decimal in đồng, nghìn đồng or triệu đồng; "%" is a percent; "chữ", "văn bản" a text. Anything else is left to the officer.
 */
import type { MONEY_UNITS } from "../../definition/schema";
import { looseKey } from "./words";

export type MoneyUnit = (typeof MONEY_UNITS)[number];

export type UnitType =
  | { readonly type: "whole" }
  | { readonly type: "decimal"; readonly moneyUnit?: MoneyUnit }
  | { readonly type: "percent" }
  /** Written in words (a name, an answer): "chữ", "văn bản". */
  | { readonly type: "text" }
  /** Not recognised: the officer chooses. */
  | { readonly type: "unknown" };

/** Things counted one by one, folded. */
const COUNTED = new Set([
  "nguoi",
  "don vi",
  "cuoc",
  "luot",
  "luot nguoi",
  "cong trinh",
  "sang kien",
  "tap the",
  "vu",
  "lop",
  "to chuc",
  "co so",
  "doan vien",
  "hoi vien",
  "lao dong",
  "ca nhan",
  "ho",
  "cau lac bo",
  "clb",
  "buoi",
  "doanh nghiep",
  "nghiep doan",
  "can bo",
  "cdcs",
  "ban",
  "bo",
  "thoa uoc",
  "cong doan",
  "chi nhanh",
  "phong trao",
  "mo hinh",
  "hoi nghi",
  "dot",
  "lan",
  "chuyen de",
  "nguoi lao dong",
  "gia dinh",
  "hoc vien",
  "tai lieu",
  "bai",
  "tin bai",
  "can",
  "nha",
  "suat",
  "phan qua",
  "qua",
  "so",
  "the",
  "chi bo",
  "dang vien",
  "hop dong",
  "trang",
  "cap",
]);

/** Units that say the answer is written in words, folded ("chữ" and "chú" fold alike: "ghi chú" is not among them). */
const WORDS = new Set(["chu", "van ban", "text", "ghi bang chu", "ghi ro"]);

export function unitType(unit: string): UnitType {
  const key = looseKey(unit);
  if (key === "%" || key === "ty le" || key === "ty le %") return { type: "percent" };
  if (key === "dong" || key === "vnd" || key === "d") return { type: "decimal", moneyUnit: "dong" };
  if (
    key === "nghin dong" ||
    key === "ngan dong" ||
    key === "1000 dong" ||
    key === "1 000 dong" ||
    key === "1000d" ||
    key === "nghin d" ||
    key === "ngan d"
  )
    return { type: "decimal", moneyUnit: "nghin_dong" };
  if (key === "trieu dong" || key === "trieu" || key === "tr d" || key === "trd" || key === "tr dong")
    return { type: "decimal", moneyUnit: "trieu_dong" };
  if (COUNTED.has(key)) return { type: "whole" };
  if (WORDS.has(key)) return { type: "text" };
  return { type: "unknown" };
}
