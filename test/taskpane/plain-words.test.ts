/**
 * The pane speaks the officer's words: no text names the definition file's internal columns
 * ("todo") — the officer sees a yellow reminder on a row, not a column with a developer's name.
 */
import { allPaneKeys, t } from "../../src/taskpane/strings";

describe("the pane's texts", () => {
  it.each(["vi", "en"] as const)("never name the internal todo column (%s)", (lang) => {
    const texts = allPaneKeys(lang).map((key) => [key, t(lang, key as Parameters<typeof t>[1])] as const);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(([, text]) => /\btodo\b/i.test(text))).toEqual([]);
  });
});
