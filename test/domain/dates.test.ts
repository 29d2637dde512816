/**
 * One rule for dates, seen from every place that reads or writes one: the check of the identification
 * sheet, the merge reading a breakdown, the template prefilling Ngày lập, and the reader's t="d" cells.
 */
import { displayDate, isoToSerial, localIsoDate, parseDateText, serialToIso } from "../../src/domain/dates";
import { customReviewCampaign, loadCatalog } from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import { setCell, shippedCopy } from "../forms/definition-edit";
import { readSubmission } from "../../src/domain/check";
import { buildTemplate } from "../../src/domain/layout";
import { dateFromCell } from "../../src/domain/merge/dates";
import { isoDateToSerial } from "../../src/workbook/file/reader/numbers";
import { catalog, PERIODIC, templateWorkbook } from "../check/helpers";
import { named } from "../layout/plan-helpers";

const checked = (value: unknown): string | null =>
  readSubmission(catalog, templateWorkbook(PERIODIC, { identification: { DATE: value as never } })).submission!.identification.datePrepared;
const merged = (value: string | number): string | null => dateFromCell({ value });
/** A review campaign's grassroots deadline as a definition workbook gives it: the ISO date loaded, or null with the problem named. */
function definitionDeadline(text: string): string | null {
  const sheets = shippedCopy();
  setCell(sheets, "campaign_levels", "campaign_id", "tk10-nq6a-2011-2020", "deadline", text);
  const loaded = loadDefinition(sheets);
  if (loaded.problems.some((p) => p.code === "forms.level.deadline")) return null;
  const def = loaded.definition!.campaigns.find((c) => c.id === "tk10-nq6a-2011-2020")!;
  const date = def.deadlines[0]!.date;
  return typeof date === "string" ? date : null;
}
const prefilled = (iso: string): unknown =>
  named(buildTemplate({ catalog, campaign: PERIODIC, unit: { datePrepared: iso } }).plan, "UR_ID_DATE").value;

describe("dates, one rule everywhere", () => {
  it.each([
    ["2026-6-5", "2026-06-05"],
    ["2026-06-05", "2026-06-05"],
    ["5/6/2026", "2026-06-05"],
    ["05.06.2026", "2026-06-05"],
    ["5-6-2026", "2026-06-05"],
    [" 31/12/9999 ", "9999-12-31"],
    ["01/01/2300", "2300-01-01"],
  ])("reads %j as %s in the check and in the merge alike", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
    expect(checked(text)).toBe(iso);
    expect(merged(text)).toBe(iso);
  });

  it.each(["31/02/2026", "2026/06/05", "5/6/26", "2026-13-01", "31/12/1899", "1/1/10000", "hôm qua", ""])(
    "refuses %j in the check and in the merge alike",
    (text) => {
      expect(parseDateText(text)).toBeNull();
      expect(merged(text)).toBeNull();
      if (text.trim() !== "") expect(checked(text)).toBeNull();
    },
  );

  it("counts serials as Excel does, with its phantom 29/02/1900 (serial 60) a day that never was", () => {
    expect([1, 59, 60, 61, 44027, 2_958_465].map(serialToIso)).toEqual([
      "1900-01-01",
      "1900-02-28",
      null,
      "1900-03-01",
      "2020-07-15",
      "9999-12-31",
    ]);
    expect([0, -1, 2_958_466, Number.NaN].map(serialToIso)).toEqual([null, null, null, null]);
    expect(serialToIso(44027.75)).toBe("2020-07-15");
    expect(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2020-07-15"].map(isoToSerial)).toEqual([1, 59, null, 61, 44027]);
  });

  it("gives the same date for a serial in the check (a date-formatted cell) and in the merge", () => {
    for (const serial of [5, 59, 60, 61, 46178]) expect(checked({ value: serial, isDate: true })).toBe(merged(serial));
  });

  it("turns every date back into the serial it came from", () => {
    for (let serial = 1; serial < 2_958_465; serial += 997) {
      const iso = serialToIso(serial);
      if (serial === 60) expect(iso).toBeNull();
      else expect(isoToSerial(iso!)).toBe(serial);
    }
  });

  it("prefills Ngày lập in a template as a serial by the same rule", () => {
    expect(prefilled("2026-6-5")).toBe(46178);
    expect(prefilled("1900-01-01")).toBe(1);
    expect(prefilled("2026-02-30")).toBe("2026-02-30");
  });

  it('reads a t="d" cell by the same calendar, and no date before Excel\'s first day', () => {
    expect(isoDateToSerial("1900-01-01")).toBe(1);
    expect(isoDateToSerial("1900-02-28T12:00:00")).toBe(59.5);
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial("1899-12-31")).toBeUndefined();
    expect(isoDateToSerial("1800-01-01")).toBeUndefined();
  });

  it("reads a campaign deadline in a definition workbook by the same rule", () => {
    expect(definitionDeadline("20/7/2020")).toBe("2020-07-20");
    expect(definitionDeadline("2020-7-20")).toBe("2020-07-20");
    expect(definitionDeadline("20/7/1800")).toBeNull();
    expect(definitionDeadline("30/2/2020")).toBeNull();
  });

  it("refuses a user's own campaign whose deadline is not a real day", () => {
    const custom = (cdcs: string) =>
      customReviewCampaign(
        { title: "Sơ kết 3 năm", baseYear: 2021, endYear: 2024, deadlines: { cdcs } },
        { tables: ["B01"], plausibility: loadCatalog().campaignDefs[0].plausibility },
      );
    expect(custom("2024-02-29").ok).toBe(true);
    expect(custom("2023-02-29").ok).toBe(false);
    expect(custom("2024-06-31").ok).toBe(false);
  });

  it("gives today as the local calendar day", () => {
    expect(localIsoDate(new Date(2026, 5, 5, 23, 59))).toBe("2026-06-05");
    expect(localIsoDate(new Date(2026, 0, 1, 0, 0))).toBe("2026-01-01");
  });

  it("shows a date dd/mm/yyyy, and leaves other text as it is", () => {
    expect(displayDate("2026-06-05")).toBe("05/06/2026");
    expect(displayDate(null)).toBe("");
    expect(displayDate("hôm qua")).toBe("hôm qua");
  });
});
