import { allKeys, formatNumber, t } from "../../src/domain/i18n/strings";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the string catalog", () => {
  it("has every key in Vietnamese and in English", () => {
    expect(allKeys("en").sort()).toEqual(allKeys("vi").sort());
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of allKeys("vi")) {
      const vi = t("vi", key as never);
      const en = t("en", key as never);
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(vi) });
    }
  });

  it("has no empty text", () => {
    for (const lang of ["vi", "en"] as const) for (const key of allKeys(lang)) expect(t(lang, key as never).trim()).not.toBe("");
  });

  it("formats numbers the Vietnamese way in Vietnamese", () => {
    expect(formatNumber("vi", 1250)).toBe("1.250");
    expect(formatNumber("vi", 1250.5)).toBe("1.250,5");
    expect(formatNumber("en", 1250.5)).toBe("1,250.5");
  });
});
