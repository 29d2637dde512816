/** Which words the page shows for an error nothing caught (src/taskpane/errors/page-error.ts). */
import { pageErrorKey } from "../../src/taskpane/errors/page-error";
import { t } from "../../src/taskpane/strings";

describe("the page's words for an uncaught error", () => {
  it("tells an officer with a page opened from disk where to go instead", () => {
    const refused = new DOMException(
      "Failed to construct 'Worker': Script at 'file:///merge.js' cannot be accessed from origin 'null'",
      "SecurityError",
    );
    expect(pageErrorKey(refused, "file:")).toBe("errors.page.fileProtocol");
    expect(t("vi", "errors.page.fileProtocol")).toContain("bao-cao-cong-doan.html");
    // Served over https the same error is not about the disk.
    expect(pageErrorKey(refused, "https:")).toBe("errors.page.unexpected");
  });

  it("names a file moved or locked after it was chosen, and memory running out", () => {
    expect(pageErrorKey(new DOMException("The requested file could not be read", "NotReadableError"), "https:")).toBe(
      "errors.page.fileUnreadable",
    );
    expect(pageErrorKey(new DOMException("A requested file or directory could not be found", "NotFoundError"), "file:")).toBe(
      "errors.page.fileUnreadable",
    );
    expect(pageErrorKey(new RangeError("Array buffer allocation failed"), "https:")).toBe("errors.page.memory");
  });

  it("says something plain for anything else, whatever was thrown", () => {
    for (const thrown of [new TypeError("x is undefined"), "a string", null, undefined, 42, { name: 7 }])
      expect(pageErrorKey(thrown, "https:")).toBe("errors.page.unexpected");
  });

  it("has every message in Vietnamese and English, saying what to do", () => {
    for (const key of [
      "errors.page.fileProtocol",
      "errors.page.fileUnreadable",
      "errors.page.memory",
      "errors.page.unexpected",
      "errors.view.body",
    ] as const) {
      expect(t("vi", key)).not.toBe(t("en", key));
      expect(t("vi", key)).toMatch(/Hãy|hãy/);
    }
  });
});
