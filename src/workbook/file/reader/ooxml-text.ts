/**
 * OOXML text (ST_Xstring) carries characters XML cannot hold as `_xHHHH_`: Excel writes a BEL typed in
 * a cell as `_x0007_`, and a literal "_x" sequence as `_x005F_x…`. Decoding them gives back what the user
 * typed, so nothing is silently changed and the control-character check can see it.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeOoxmlText(text: string): string {
  return text.includes("_x") ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
