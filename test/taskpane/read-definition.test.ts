/**
 * The page's definition from the workbook open in Excel (src/taskpane/forms/read-definition.ts): one
 * Result, its failure a message of the pane's catalog — a sheet too large or unreadable is named in
 * Vietnamese (English too), never handed to the view as a bare string; a missing sheet is the loader's to name.
 */
import { definitionFromWorkbook } from "../../src/taskpane/forms/read-definition";
import { render } from "../../src/taskpane/strings";
import type { SheetRows, SheetRowsProblem, WorkbookPort } from "../../src/workbook/port";

/** A port whose every sheet answers the same (only readSheetRows is used). */
const portAnswering = (rows: SheetRows): WorkbookPort => ({ readSheetRows: async () => rows }) as unknown as WorkbookPort;
const refused = (why: SheetRowsProblem): SheetRows => ({ ok: false, error: why });

describe("a definition read from the open workbook", () => {
  it("names a definition sheet too large to read, in Vietnamese and English", async () => {
    const read = await definitionFromWorkbook(portAnswering(refused("tooLarge")));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.key).toBe("forms.ui.tooLarge");
    expect(render("vi", read.error)).toBe("Trang định nghĩa quá lớn.");
    expect(render("en", read.error)).toBe("A definition sheet is too large.");
  });

  it("names a sheet it could not read as unreadable", async () => {
    const read = await definitionFromWorkbook(portAnswering(refused("unreadable")));
    expect(!read.ok && render("vi", read.error)).toBe("Không đọc được tệp định nghĩa.");
  });

  it("leaves missing sheets to the loader, which lists them as the definition's problems", async () => {
    const read = await definitionFromWorkbook(portAnswering(refused("missing")));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.definition).toBeNull();
    expect(read.value.problems.some((p) => p.severity === "error")).toBe(true);
  });
});
