import { templates } from "../../src/domain/i18n/templates";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe("the template texts", () => {
  it("exist in Vietnamese and English with the same placeholders", () => {
    expect(Object.keys(templates.en).sort()).toEqual(Object.keys(templates.vi).sort());
    for (const [key, text] of Object.entries(templates.vi))
      expect([key, placeholders(text)]).toEqual([key, placeholders(templates.en[key as keyof typeof templates.en])]);
  });

  it("fit Excel's limits on validation titles (32) and messages (225)", () => {
    for (const lang of [templates.vi, templates.en]) {
      for (const [key, text] of Object.entries(lang).filter(([k]) => k.startsWith("tpl.val."))) {
        expect([key, text.length <= (key.endsWith("Title") ? 32 : 225)]).toEqual([key, true]);
      }
    }
  });

  it("are NFC", () => {
    for (const lang of [templates.vi, templates.en]) for (const text of Object.values(lang)) expect(text).toBe(text.normalize("NFC"));
  });
});
