/**
 * The Merge view's state, one concern at a time (src/taskpane/merge/use*.ts, merge-run.ts): each reducer
 * and what the view reads from it, without a browser. The view itself is driven in test/browser/merge*.test.ts.
 */
import { chosenFilesReducer } from "../../src/taskpane/merge/useChosenFiles";
import { mergingUnitOf, mergingUnitReducer, mergingUnitStart, missingFields } from "../../src/taskpane/merge/useMergingUnit";
import { LOOP_OPTIONS_START, loopJobOptions, loopOptionsReducer } from "../../src/taskpane/merge/useLoopOptions";
import { MEASURE_PICK_START, measureChoiceView, measurePickReducer } from "../../src/taskpane/merge/measure-pick";
import { ROSTER_CHOICE_START, rosterChoiceName, rosterChoiceReducer } from "../../src/taskpane/merge/useRosterChoice";
import { mergeResultView } from "../../src/taskpane/merge/useMergeResult";
import { mergeJobOptions, runStop } from "../../src/taskpane/merge/merge-run";
import type { MergeState } from "../../src/taskpane/merge/useMerge";
import type { MeasureGroup } from "../../src/domain/merge/measure";
import { keyed } from "../../src/domain/i18n/message";

const file = (name: string, size = 3, lastModified = 1) => new File([new Uint8Array(size)], name, { lastModified });
const group = (id: string, files: string[]) => ({ info: { id }, files }) as unknown as MeasureGroup;

describe("the chosen files", () => {
  it("adds files, counts the same file chosen again once, removes one and clears", () => {
    const a = file("a.xlsx");
    let files = chosenFilesReducer([], { type: "add", files: [a, file("b.pdf")] });
    files = chosenFilesReducer(files, { type: "add", files: [file("a.xlsx")] });
    expect(files.map((c) => [c.label, c.times])).toEqual([
      ["a.xlsx", 2],
      ["b.pdf", 1],
    ]);
    expect(files[0].file).toBe(a);
    files = chosenFilesReducer(files, { type: "remove", index: 0 });
    expect(files.map((c) => c.label)).toEqual(["b.pdf"]);
    expect(chosenFilesReducer(files, { type: "clear" })).toEqual([]);
  });

  it("keeps the same list when nothing changes (no new survey of the same files)", () => {
    const files = chosenFilesReducer([], { type: "add", files: [file("a.xlsx")] });
    expect(chosenFilesReducer(files, { type: "add", files: [] })).toBe(files);
    const none = chosenFilesReducer([], { type: "clear" });
    expect(chosenFilesReducer(none, { type: "clear" })).toBe(none);
  });
});

describe("the consolidating unit", () => {
  it("starts from the unit remembered from the last run, and says so until the officer types", () => {
    const start = mergingUnitStart({ code: "LDLD-DB", name: "LĐLĐ huyện Điện Biên", level: "huyen" });
    expect(start).toMatchObject({ code: "LDLD-DB", name: "LĐLĐ huyện Điện Biên", level: "huyen", remembered: true, tried: false });
    expect(mergingUnitReducer(start, { type: "level", level: "tinh" }).remembered).toBe(true);
    expect(mergingUnitReducer(start, { type: "name", value: "LĐLĐ huyện Mường Ảng" })).toMatchObject({
      name: "LĐLĐ huyện Mường Ảng",
      remembered: false,
    });
    expect(mergingUnitReducer(start, { type: "code", value: "X" }).remembered).toBe(false);
  });

  it("starts blank when nothing is remembered: never invented", () => {
    expect(mergingUnitStart(null)).toEqual({ code: "", name: "", level: "", remembered: false, tried: false });
  });

  it("points at a blank code or name only once a merge was tried", () => {
    const blank = mergingUnitReducer(mergingUnitStart(null), { type: "code", value: "  X  " });
    expect(missingFields(blank)).toEqual({ code: false, name: false });
    const tried = mergingUnitReducer(blank, { type: "tried" });
    expect(missingFields(tried)).toEqual({ code: false, name: true });
    expect(missingFields(mergingUnitReducer(tried, { type: "name", value: "   " }))).toEqual({ code: false, name: true });
    expect(mergingUnitOf(tried)).toEqual({ code: "X", name: "", level: "" });
  });
});

describe("the run's options", () => {
  it("keeps each option until changed", () => {
    const previous = file("ky-truoc.xlsx");
    let s = loopOptionsReducer(LOOP_OPTIONS_START, { type: "previous", value: previous });
    s = loopOptionsReducer(s, { type: "parent", value: " LĐLĐ tỉnh Điện Biên " });
    s = loopOptionsReducer(s, { type: "acceptErrors", value: true });
    expect(s).toEqual({ preparedOn: "", previous, parent: " LĐLĐ tỉnh Điện Biên ", acceptErrors: true });
    expect(loopOptionsReducer(s, { type: "acceptErrors", value: true })).toBe(s);
  });

  it("gives the job the date typed, or today's; the parent trimmed, or none", () => {
    expect(loopJobOptions(LOOP_OPTIONS_START, "2026-06-20")).toEqual({ today: "2026-06-20", acceptErrors: false });
    const typed = loopOptionsReducer(loopOptionsReducer(LOOP_OPTIONS_START, { type: "preparedOn", value: "2026-06-05" }), {
      type: "parent",
      value: " LĐLĐ tỉnh ",
    });
    expect(loopJobOptions(typed, "2026-06-20")).toEqual({ today: "2026-06-05", acceptErrors: false, parent: "LĐLĐ tỉnh" });
    expect(loopJobOptions(loopOptionsReducer(LOOP_OPTIONS_START, { type: "parent", value: "   " }), "2026-06-20")).not.toHaveProperty(
      "parent",
    );
  });
});

describe("the measure", () => {
  const survey = (groups: MeasureGroup[]) => ({ status: "done", groups }) as const;
  const two = [group("aaa", ["a.xlsx", "b.xlsx"]), group("bbb", ["c.xlsx"])];

  it("needs a pick when the files carry more than one measure and no campaign is chosen", () => {
    expect(measureChoiceView(MEASURE_PICK_START, survey(two), null)).toMatchObject({
      groups: two,
      picked: null,
      needsPick: true,
      showNeed: false,
    });
    expect(measureChoiceView(MEASURE_PICK_START, survey(two.slice(0, 1)), null).needsPick).toBe(false);
    const campaign = measurePickReducer(MEASURE_PICK_START, { type: "campaign", id: "tk-3105-2026" });
    expect(measureChoiceView(campaign, survey(two), null).needsPick).toBe(false);
  });

  it("says a pick is needed once a run was asked for, and stops saying it once one is picked", () => {
    const asked = measurePickReducer(MEASURE_PICK_START, { type: "ask" });
    expect(measureChoiceView(asked, survey(two), null).showNeed).toBe(true);
    const picked = measurePickReducer(asked, { type: "pick", id: "bbb" });
    expect(picked.asked).toBe(false);
    expect(measureChoiceView(picked, survey(two), null)).toMatchObject({ picked: "bbb", needsPick: false, showNeed: false });
  });

  it("forgets a pick the files no longer carry", () => {
    const picked = measurePickReducer(MEASURE_PICK_START, { type: "pick", id: "bbb" });
    const other = [group("aaa", ["a.xlsx"]), group("ccc", ["d.xlsx"])];
    expect(measureChoiceView(picked, survey(other), null)).toMatchObject({ picked: null, needsPick: true });
  });

  it("offers the measures a run stopped on over the survey's, and is not surveying then", () => {
    const stopped = [group("ddd", ["x.xlsx"]), group("eee", ["y.xlsx"])];
    expect(measureChoiceView(MEASURE_PICK_START, { status: "surveying" }, stopped)).toMatchObject({ groups: stopped, surveying: false });
    expect(measureChoiceView(MEASURE_PICK_START, { status: "surveying" }, null)).toMatchObject({ groups: null, surveying: true });
    // What the merge itself found wins over an earlier survey's answer.
    expect(measureChoiceView(MEASURE_PICK_START, survey(two), stopped).groups).toBe(stopped);
  });
});

describe("the roster", () => {
  it("is a file or a sheet of the open workbook, never both", () => {
    const roster = file("danh-sach.csv");
    const byFile = rosterChoiceReducer(ROSTER_CHOICE_START, { type: "file", file: roster });
    expect(rosterChoiceName(byFile)).toBe("danh-sach.csv");
    const bySheet = rosterChoiceReducer(byFile, { type: "sheet", sheet: "Danh sách" });
    expect(bySheet).toMatchObject({ file: null, sheet: "Danh sách" });
    expect(rosterChoiceName(bySheet)).toBe("Danh sách");
    expect(rosterChoiceReducer(bySheet, { type: "file", file: roster })).toMatchObject({ file: roster, sheet: "" });
    // "no sheet" keeps a file chosen before
    expect(rosterChoiceReducer(byFile, { type: "sheet", sheet: "" }).file).toBe(roster);
    expect(rosterChoiceName(ROSTER_CHOICE_START)).toBe("");
  });

  it("keeps the open workbook's sheet names as last read", () => {
    expect(rosterChoiceReducer(ROSTER_CHOICE_START, { type: "sheetNames", names: ["Biểu 01", "Danh sách"] }).sheetNames).toEqual([
      "Biểu 01",
      "Danh sách",
    ]);
  });
});

describe("a run", () => {
  const unit = mergingUnitStart({ code: "LDLD-DB", name: "LĐLĐ huyện Điện Biên", level: "huyen" });
  const fine = () => [];

  it("stops at the first thing missing, in the order the officer meets them", () => {
    const problem = keyed("ui.error.unexpected");
    expect(runStop(0, unit, fine, { needsPick: true })).toEqual({ kind: "needFiles" });
    expect(runStop(2, mergingUnitStart(null), fine, { needsPick: true })).toEqual({ kind: "unitMissing" });
    expect(runStop(2, unit, () => [problem], { needsPick: true })).toEqual({ kind: "unitInvalid", problems: [problem] });
    expect(runStop(2, unit, fine, { needsPick: true })).toEqual({ kind: "pickMeasure" });
    expect(runStop(2, unit, fine, { needsPick: false })).toBeNull();
  });

  it("checks the unit as typed, trimmed", () => {
    const seen: unknown[] = [];
    runStop(1, mergingUnitReducer(unit, { type: "code", value: " LDLD-DB " }), (u) => (seen.push(u), []), { needsPick: false });
    expect(seen).toEqual([{ code: "LDLD-DB", name: "LĐLĐ huyện Điện Biên" }]);
  });

  it("gives the job the campaign or the measure picked, the unit trimmed with its parent, the day and the policy", () => {
    const loop = loopOptionsReducer(loopOptionsReducer(LOOP_OPTIONS_START, { type: "parent", value: " LĐLĐ tỉnh " }), {
      type: "acceptErrors",
      value: true,
    });
    const options = mergeJobOptions({
      measure: MEASURE_PICK_START,
      picked: "bbb",
      unit: mergingUnitReducer(unit, { type: "name", value: " LĐLĐ huyện Điện Biên " }),
      loop,
      today: "2026-06-20",
      writeXlsx: true,
      definition: null,
    });
    expect(options).toEqual({
      campaignId: null,
      measureId: "bbb",
      mergingUnit: { code: "LDLD-DB", name: "LĐLĐ huyện Điện Biên", level: "huyen", parent: "LĐLĐ tỉnh" },
      acceptErrors: true,
      today: "2026-06-20",
      writeXlsx: true,
      definition: null,
    });
    const chosen = mergeJobOptions({
      measure: measurePickReducer(MEASURE_PICK_START, { type: "campaign", id: "tk-3105-2026" }),
      picked: null,
      unit: mergingUnitReducer(unit, { type: "level", level: "" }),
      loop: LOOP_OPTIONS_START,
      today: "2026-06-20",
      writeXlsx: false,
      definition: null,
    });
    expect(chosen).toMatchObject({ campaignId: "tk-3105-2026", measureId: null, mergingUnit: { level: null }, acceptErrors: false });
    expect(chosen.mergingUnit).not.toHaveProperty("parent");
  });
});

describe("what the view shows of a merge's state", () => {
  it("tells running, finished and a result apart", () => {
    expect(mergeResultView({ status: "idle" })).toMatchObject({ running: false, finished: false, hasResult: false });
    const running: MergeState = { status: "running", stage: "read", done: 0, total: 3, name: "", thread: "worker" };
    expect(mergeResultView(running)).toMatchObject({ running: true, finished: false });
    expect(mergeResultView({ status: "cancelled" })).toMatchObject({ running: false, finished: true, hasResult: false });
    expect(mergeResultView({ status: "failed", message: "x", files: [] })).toMatchObject({ finished: true, hasResult: false });
  });

  it("offers the measures a run stopped on, and carries the roster's and the previous period's problems", () => {
    const measures = [group("aaa", ["a.xlsx"]), group("bbb", ["b.xlsx"])];
    const rosterProblem = keyed("ui.error.unexpected");
    const stopped = {
      status: "done",
      outcome: { ok: false, measures, files: [], problems: [], reason: keyed("ui.error.unexpected") },
      xlsx: null,
      fileName: "",
      rosterProblem,
      previousProblem: null,
    } as unknown as MergeState;
    expect(mergeResultView(stopped)).toEqual({
      running: false,
      finished: true,
      hasResult: false,
      rosterProblem,
      previousProblem: null,
      stoppedMeasures: measures,
    });
    const merged = { ...stopped, outcome: { ok: true } } as unknown as MergeState;
    expect(mergeResultView(merged)).toMatchObject({ hasResult: true, stoppedMeasures: null });
  });
});
