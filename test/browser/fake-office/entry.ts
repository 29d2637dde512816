/**
 * A stand-in for office.js inside the browser: `Office` says the page runs in Excel, and `Excel.run`
 * drives the in-memory Excel of the adapter tests (test/office/fakeExcel.ts). Bundled by excel-host.ts
 * and served in place of dist/office-js/office.js, so the task pane's Excel branches (writing into the
 * open workbook, the replace dialog, a roster sheet) run in chromium exactly as inside Excel — against a
 * fake workbook, which is all this machine has. The test reads the fake back through window.fakeExcel.
 */
import { API_LEVELS, FakeExcel, type ApiLevel } from "../../office/fakeExcel";

// The host's ExcelApi level comes from the page address (`?api=1.7`), so each level runs through the UI.
const api = new URLSearchParams(window.location.search).get("api");
const excel = new FakeExcel((API_LEVELS as readonly string[]).includes(api ?? "") ? (api as ApiLevel) : "latest");
// A roster kept as a sheet of the open workbook, under a title, as province staff keep theirs.
const roster = excel.addSheet("Danh sách");
roster.put("A1", "DANH SÁCH CĐCS TRỰC THUỘC");
[
  ["Mã đơn vị", "Tên đơn vị", "Cấp"],
  ["CD01", "CĐCS CD01", "cdcs"],
  ["CD02", "CĐCS CD02", "cdcs"],
  ["CD09", "CĐCS chưa nộp", "cdcs"],
].forEach((row, i) => row.forEach((text, j) => roster.put(`${"ABC"[j]}${i + 3}`, text)));

const deps = excel.deps();
Object.assign(window, {
  fakeExcel: excel,
  Office: {
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "PC" }),
    context: {
      displayLanguage: "vi-VN",
      requirements: { isSetSupported: deps.isSetSupported },
      document: { settings: excel.officeSettings() },
    },
  },
  // Excel.run(batch), Excel.run(context, batch) or Excel.run(options, batch) (delayForCellEdit).
  Excel: {
    createWorkbook: deps.createWorkbook,
    run: (first: unknown, second?: unknown) => {
      if (typeof first === "function") return deps.run(first as Parameters<typeof deps.run>[0]);
      if (first && typeof first === "object" && "workbook" in first)
        return deps.runIn(first as Excel.RequestContext, second as Parameters<typeof deps.runIn>[1]);
      return deps.run(second as Parameters<typeof deps.run>[0], first as { delayForCellEdit?: boolean });
    },
  },
});
