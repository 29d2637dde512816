/**
 * The one `{placeholder}` filler, for the string catalog, the reader's errors, campaign titles and rule
 * messages. A name the caller has no value for stays as written, so a text never loses a part silently.
 */

const PLACEHOLDER = /\{(\w+)\}/g;

/** Every `{name}` replaced by `value(name, offset)`; undefined leaves it as it is. */
export function fillPlaceholders(template: string, value: (name: string, offset: number) => string | undefined): string {
  return template.replace(PLACEHOLDER, (whole: string, name: string, offset: number) => value(name, offset) ?? whole);
}

/**
 * The value of a placeholder among params given as an object: own properties only, so a text that
 * says "{constructor}" or "{__proto__}" (a definition may come from a user's workbook) is left alone.
 */
export function paramOf<T>(params: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
}
