/** A campaign's dates come from the one dates module: a month/day that the chosen year lacks is refused by name, never rolled over. */
import { concreteCampaign, campaignFromJson, campaignToJson, loadCatalog, type CampaignDef } from "../../src/domain/definition";
import { render } from "../../src/domain/i18n/message";

const plausibility = loadCatalog().campaignDefs[0]!.plausibility;
const leapDeadline: CampaignDef = {
  id: "db-2902",
  kind: "periodic",
  title: { vi: "Báo cáo nhanh {year}", en: "Quick report {year}" },
  tables: ["B01"],
  asOf: { month: 1, day: 31 },
  deadlines: [
    { level: "cdcs", date: { month: 2, day: 29, yearOffset: 0 } },
    { level: "huyen", date: { month: 3, day: 10, yearOffset: 0 } },
  ],
  plausibility,
};

describe("campaign dates", () => {
  it("gives a 29/2 deadline in a leap year", () => {
    const c = concreteCampaign(leapDeadline, 2028);
    if (!c.ok) throw new Error(render("en", c.error));
    expect(c.value.deadlines).toEqual({ cdcs: "2028-02-29", huyen: "2028-03-10" });
    expect(c.value.asOf).toBe("2028-01-31");
    expect(c.value.periodLabel.vi).toBe("Số liệu tính đến 31/01/2028");
  });

  it("refuses a 29/2 deadline in a year without one, naming the day and the year, instead of writing 2027-02-29", () => {
    const c = concreteCampaign(leapDeadline, 2027);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.error.code).toBe("campaign.deadline.noDay");
    expect(render("vi", c.error)).toBe('Kỳ báo cáo "db-2902": năm 2027 không có ngày 29/2 để làm hạn nộp.');
    expect(render("en", c.error)).toContain("2027 has no day 29/2");
  });

  it("refuses an as-of day the year lacks", () => {
    const c = concreteCampaign({ ...leapDeadline, asOf: { month: 2, day: 30 } }, 2028);
    expect(c.ok ? null : c.error.code).toBe("campaign.asOf.noDay");
  });

  it("keeps the year, day and level names through a workbook's stored campaign", () => {
    const named = concreteCampaign({ ...leapDeadline, levelNames: { huyen: { vi: "LĐLĐ huyện", en: "District federation" } } }, 2028);
    if (!named.ok) throw new Error(render("en", named.error));
    const back = campaignFromJson(campaignToJson(named.value));
    if (!back.ok) throw new Error(render("en", back.error));
    expect(back.value).toEqual(named.value);
  });
});
