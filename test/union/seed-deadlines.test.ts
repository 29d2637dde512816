/**
 * Issue 20 item 7: a deadline can depend on the level the unit reports to, and a finish-by date is not a
 * report-by date. The seeds' words are printed verbatim with the dates computed from them.
 */
import { buildTemplate, type CellPlan } from "../../src/domain/layout";
import { campaignFromJson, campaignToJson, deadlineFor } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import { campaign, catalog, DISTRICT, merge, PROVINCE, unitFile } from "../merge/support";
import { rosterFromRows } from "../../src/domain/merge";
import { render } from "../../src/domain/i18n/message";

const text = (cell: CellPlan | undefined): string => (typeof cell?.value === "string" ? cell.value : "");
const help = (id: string) =>
  buildTemplate({ catalog, campaign: campaign(id) })
    .plan.sheets.find((s) => s.role === "instructions")!
    .cells.map(text);

describe("the 6a plan (Điện Biên, 2020)", () => {
  const c = campaign("tk10-nq6a-2011-2020");
  it("gives a CĐCS directly under the province 20/7/2020, like the districts; a CĐCS under a district an earlier date", () => {
    expect(deadlineFor(c, "cdcs", "tinh")).toBe("2020-07-20");
    expect(deadlineFor(c, "cdcs", "huyen")).toBe("2020-07-10");
    expect(deadlineFor(c, "huyen", "tinh")).toBe("2020-07-20");
    expect(deadlineFor(c, "tinh", "tw")).toBe("2020-08-15");
  });
  it("prints the plan's words with the dates", () => {
    expect(help("tk10-nq6a-2011-2020")).toContain(
      "- Công đoàn cơ sở trực thuộc Liên đoàn Lao động tỉnh gửi Liên đoàn Lao động tỉnh: Các CĐCS trực thuộc LĐLĐ tỉnh … gửi báo cáo tổng kết về Liên đoàn Lao động tỉnh (qua Ban Tổ chức) trước ngày 20/7/2020 (hạn: 20/07/2020).",
    );
  });
  it("judges a CĐCS merged by the province by the province's date for it, not a district's", () => {
    const f = (code: string, date: string) =>
      unitFile({ code, name: code, date, figures: new Map<FigureKey, number | null>([["DV_TONG@end", 5]]) }, c, `${code}.xlsx`);
    const roster = rosterFromRows([
      ["Mã", "Tên", "Cấp"],
      ["A", "A", "cdcs"],
    ]);
    if (!roster.ok) throw new Error(render("en", roster.error));
    expect(merge([f("A", "2020-07-15")], PROVINCE, roster.value, c).roster!.lines[0]!.state).toBe("submitted");
    expect(merge([f("A", "2020-07-15")], DISTRICT, roster.value, c).roster!.lines[0]!.state).toBe("late");
  });
});

describe("the Resolution 20 guide (Đắk Nông, 2012)", () => {
  const c = campaign("sk5-nq20-2008-2012");
  it("30/6/2012 is when CĐCS directly under the province finish the review; their report reaches the province by 20/7/2012", () => {
    expect(deadlineFor(c, "cdcs", "tinh")).toBe("2012-07-20");
    expect(c.otherDeadlines?.filter((d) => d.finish).map((d) => [d.level, d.date])).toEqual([
      ["cdcs", "2012-06-30"],
      ["huyen", "2012-07-31"],
      ["tinh", "2012-09-30"],
    ]);
    const words = help("sk5-nq20-2008-2012");
    expect(words).toContain(
      "- Công đoàn cơ sở, thời hạn hoàn thành: Đối với CĐCS trực thuộc: hoàn thành việc sơ kết chậm nhất ngày 30 tháng 6/2012 (hoàn thành: 30/06/2012; đây không phải hạn gửi báo cáo).",
    );
    expect(words.join("\n")).toContain("thời gian nộp báo cáo chậm nhất ngày 20/7/2012 (hạn: 20/07/2012)");
  });
  it("travels inside every workbook: the campaign rebuilt from a file's meta has the same dates", () => {
    const again = campaignFromJson(campaignToJson(c));
    if (!again.ok) throw new Error(render("en", again.error));
    expect(again.value.otherDeadlines).toEqual(c.otherDeadlines);
    expect(again.value.deadlines).toEqual(c.deadlines);
  });
});
