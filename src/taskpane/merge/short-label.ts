/**
 * A chart label cut to fit, in the middle: unit names share their start ("CĐCS Trường …") and differ
 * at the end ("… Kim Đồng", "… Lê Lợi"), so the end is kept whole and the start only briefly.
 */
export function shortenMiddle(label: string, max: number): string {
  const chars = [...label.normalize("NFC")];
  if (chars.length <= max) return chars.join("");
  const head = Math.max(1, Math.floor((max - 1) / 3));
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join("").trimEnd()}…${chars.slice(chars.length - tail).join("").trimStart()}`;
}
