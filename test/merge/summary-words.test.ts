/**
 * The merge's counts of files read naturally: the files chosen, then the three parts they add up to —
 * accepted without warnings, accepted with warnings, refused — in the same words on the command line
 * (Vietnamese and English) and on the workbook's status sheet (the page: test/browser/merge*.test.ts).
 */
import { mergeFiles } from "../../src/app/merge";
import { textReport } from "../../src/cli/commands/merge-report";
import { statusSheetName } from "../../src/domain/merge/status-sheet";
import { t } from "../../src/domain/i18n/strings";
import { catalog, DISTRICT, memberFigures, unitWorkbook } from "./support";

const figs = memberFigures;

describe("the merge's summary of files", () => {
  let outcome: Awaited<ReturnType<typeof mergeFiles>>;
  beforeAll(async () => {
    outcome = await mergeFiles(
      catalog,
      [
        { name: "a.xlsx", bytes: await unitWorkbook("A", figs(10, 4)) },
        { name: "b.xlsx", bytes: await unitWorkbook("B", figs(20, 5)) },
        { name: "sai.xlsx", bytes: await unitWorkbook("C", figs(5, 9)) }, // DV_NU > DV_TONG: accepted with a warning, as asked
        { name: "rac.xlsx", bytes: new Uint8Array([1, 2, 3, 4]) },
      ],
      { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, acceptErrors: true, today: "2026-06-20" },
    );
  });
  const ok = () => {
    if (!outcome.ok) throw new Error("expected a merge");
    return outcome;
  };

  it("counts parts that add up to the files chosen", () => {
    const s = ok().result.summary;
    expect([s.files, s.accepted, s.warnings, s.rejected]).toEqual([4, 2, 1, 1]);
    expect(s.accepted + s.warnings + s.rejected).toBe(s.files);
  });

  it("says them on the command line as the files and their parts, in Vietnamese and English", () => {
    expect(textReport("vi", ok(), null)).toContain("Tệp: 4 (được nhận, không có cảnh báo 2 · được nhận, có cảnh báo 1 · bị từ chối 1) · ");
    expect(textReport("en", ok(), null)).toContain("Files: 4 (accepted without warnings 2 · accepted with warnings 1 · rejected 1) · ");
  });

  it("sets the parts in under the files chosen on the status sheet, and they add up", () => {
    const sheet = ok().plan.sheets.find((x) => x.name === statusSheetName())!;
    const at = new Map(sheet.cells.map((c) => [c.ref, c.value]));
    const filesRow = sheet.cells.find((c) => c.value === t("vi", "merge.summary.files"))!;
    expect(filesRow.ref).toMatch(/^A\d+$/);
    const row = Number(filesRow.ref.slice(1));
    expect(at.get(`C${row}`)).toBe(4);
    const parts = [1, 2, 3].map((i) => [at.get(`A${row + i}`), at.get(`B${row + i}`), at.get(`C${row + i}`)]);
    expect(parts).toEqual([
      [undefined, "được nhận, không có cảnh báo", 2],
      [undefined, "được nhận, có cảnh báo", 1],
      [undefined, "bị từ chối", 1],
    ]);
    // The label of the whole spans A–B; a part's stands in B alone, set in under it.
    expect(sheet.merges).toContain(`A${row}:B${row}`);
    expect(sheet.merges).not.toContain(`A${row + 1}:B${row + 1}`);
    expect(sheet.cells.some((c) => c.value === "Tệp được chấp nhận")).toBe(false);
  });
});
