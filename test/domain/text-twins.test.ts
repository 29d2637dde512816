/**
 * Text helpers that used to live in several copies: the ASCII fold of Vietnamese and the {placeholder}
 * filler. Every former copy's caller is asked here, so a copy that drifts again fails.
 */
import { asciiFold } from "../../src/domain/ascii-fold";
import { customCampaignId, customReviewCampaign, loadCatalog } from "../../src/domain/definition";
import { fillParams, t } from "../../src/domain/i18n/strings";
import { rosterFromRows } from "../../src/domain/merge/roster";
import { readerError } from "../../src/workbook/file/reader/reader-error";
import { templateFileName } from "../../src/workbook/file/writer/fileName";
import { render } from "../../src/domain/i18n/message";

const catalog = loadCatalog();
const defaults = { tables: ["B01"], plausibility: catalog.campaignDefs[0].plausibility };

describe("one ASCII fold of Vietnamese", () => {
  it("drops marks, đ → d and Đ → D, keeping case", () => {
    expect(asciiFold("Đoàn Thị Ngọc Ánh, công đoàn cơ sở")).toBe("Doan Thi Ngoc Anh, cong doan co so");
    expect(asciiFold("Đoàn".normalize("NFD"))).toBe("Doan");
    expect(asciiFold("ăâêôơư ẮẦẺỖỢỨỲ Đường")).toBe("aaeoou AAEOOUY Duong");
  });

  it("is the fold behind file names, campaign ids and roster headers", () => {
    expect(templateFileName("ĐB-01", "Công đoàn Đường sắt")).toBe("DB-01-cong-doan-duong-sat.xlsx");
    expect(customCampaignId("Đại hội Công đoàn", 2020, 2025)).toBe("rv-dai-hoi-cong-doan-2020-2025");
    const roster = rosterFromRows([
      ["MÃ ĐƠN VỊ", "Tên Đơn Vị"],
      ["CD01", "CĐCS A"],
    ]);
    expect(roster.ok && roster.value.units.map((u) => u.code)).toEqual(["CD01"]);
  });
});

describe("one {placeholder} filler", () => {
  it("fills the catalog, the reader's errors and campaign titles the same way, numbers in the language", () => {
    expect(fillParams("vi", "{n} đoàn viên, {x}", { n: 1250 })).toBe("1.250 đoàn viên, {x}");
    expect(fillParams("en", "{n} members", { n: 1250 })).toBe("1,250 members");
    expect(render("vi", readerError("reader.too-large", { size: 1250, limit: 50 }))).toBe(
      t("vi", "reader.too-large", { size: 1250, limit: 50 }),
    );
  });

  it("never fills a placeholder from Object.prototype, whoever wrote the text", () => {
    expect(fillParams("vi", "{constructor} {toString} {__proto__}", {})).toBe("{constructor} {toString} {__proto__}");
    // A user's own campaign title goes through the campaign's filler: it used to print "function Object() { [native code] }".
    const custom = customReviewCampaign(
      { title: "Tổng kết {constructor} {toString}", baseYear: 2020, endYear: 2025, deadlines: { cdcs: "2025-06-30" } },
      defaults,
    );
    expect(custom.ok && custom.value.title.vi).toBe("Tổng kết {constructor} {toString}");
  });
});
