/**
 * Which words the page shows for an error nothing caught (window "error" and "unhandledrejection"): the
 * officer learns what failed and what to do, never the browser's own text (that goes to the console).
 */
export type PageErrorKey = "errors.page.fileProtocol" | "errors.page.fileUnreadable" | "errors.page.memory" | "errors.page.unexpected";

function nameOf(error: unknown): string {
  if (error && typeof error === "object" && "name" in error && typeof (error as { name: unknown }).name === "string")
    return (error as { name: string }).name;
  return "";
}

/** `protocol`: the page's location.protocol ("file:" when opened from disk). */
export function pageErrorKey(error: unknown, protocol: string): PageErrorKey {
  const name = nameOf(error);
  // A page from disk may not start workers or read its own files: say so, and where to go instead.
  if (name === "SecurityError" && protocol === "file:") return "errors.page.fileProtocol";
  // The file was moved, renamed or locked after it was chosen.
  if (name === "NotReadableError" || name === "NotFoundError") return "errors.page.fileUnreadable";
  if (name === "QuotaExceededError" || (error instanceof RangeError && /memory|allocation/i.test(error.message)))
    return "errors.page.memory";
  return "errors.page.unexpected";
}
