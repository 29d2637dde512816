/** Whether an Excel number format shows a date: a d, m or y code outside quotes, escapes and [colour] brackets (an [h]:mm duration is not a date). */
export function isDateFormat(format: string): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}
