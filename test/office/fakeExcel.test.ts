/**
 * The stand-in itself is as strict as Excel where the adapter could go wrong: if one of these passed
 * without the rule, the adapter suites would prove nothing about it.
 */
import { FakeExcel, PAYLOAD_LIMIT } from "./fakeExcel";

async function run(excel: FakeExcel, batch: (context: Excel.RequestContext) => Promise<void>): Promise<unknown> {
  return excel
    .deps()
    .run(batch)
    .then(
      () => null,
      (error: unknown) => (error as { code?: string }).code,
    );
}

describe("the strict in-memory Excel", () => {
  it("runs commands only at sync, and a failing one keeps those before it and drops those after", async () => {
    const excel = new FakeExcel("latest");
    excel.addSheet("Sheet1");
    const code = await run(excel, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("A");
      expect(excel.sheet("A")).toBeUndefined(); // queued, not yet run
      sheets.add("a"); // names compare case-insensitively
      sheets.add("B");
      await context.sync();
    });
    expect(code).toBe("ItemAlreadyExists");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "A"]);
  });

  it("has each member only from its requirement set", async () => {
    const excel = new FakeExcel("1.7");
    excel.addSheet("Sheet1");
    expect(excel.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(
      await run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).toBeNull();
    expect(
      await run(excel, async (context) => {
        context.workbook.worksheets.onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).toBe("ApiNotFound");
    expect(
      await run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    ).toBe("ApiNotFound");
  });

  it("keeps Excel's sheet-name rules, one visible sheet, and no activating a hidden one", async () => {
    for (const name of ["History", "a/b", "x".repeat(32), "'quoted'"]) {
      const excel = new FakeExcel("latest");
      const code = await run(excel, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
      expect({ name, code }).toEqual({ name, code: "InvalidArgument" });
    }
    const excel = new FakeExcel("latest");
    excel.addSheet("Only");
    excel.addSheet("Hidden").visibility = "Hidden";
    expect(
      await run(excel, async (context) => {
        context.workbook.worksheets.getItem("Only").visibility = "Hidden";
        await context.sync();
      }),
    ).toBe("InvalidOperation");
    expect(
      await run(excel, async (context) => {
        context.workbook.worksheets.getItem("Hidden").activate();
        await context.sync();
      }),
    ).toBe("InvalidOperation");
  });

  it("takes a list source as a Range, an inline list or a formula referring to a range, and refuses a formula to nowhere", async () => {
    const excel = new FakeExcel("latest");
    excel.addSheet("S");
    const rule = (source: unknown) =>
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: source as string },
        };
        await context.sync();
      });
    // The formula form the reference documents (its sample: "=Names!$A$1:$A$3"), on a sheet that exists.
    expect(await rule("=S!$B$1:$B$3")).toBeNull();
    expect(excel.sheet("S")?.peek("A1")?.validation).toEqual({ list: { inCellDropDown: true, source: "='S'!$B$1:$B$3" } });
    expect(await rule("=Nowhere!$B$1:$B$3")).toBe("InvalidArgument");
    expect(await rule("a,b,c")).toBeNull();
    expect(
      await run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: sheet.getRange("B1:B3") } };
        await context.sync();
      }),
    ).toBeNull();
    expect(excel.sheet("S")?.peek("A2")?.validation).toEqual({ list: { inCellDropDown: true, source: "='S'!$B$1:$B$3" } });
  });

  it("needs the password to unprotect, reads a mixed fill as null, and refuses a request over 5 MB", async () => {
    const excel = new FakeExcel("latest");
    const sheet = excel.addSheet("S");
    sheet.protect({}, "pw");
    expect(
      await run(excel, async (context) => {
        context.workbook.worksheets.getItem("S").protection.unprotect();
        await context.sync();
      }),
    ).toBe("InvalidArgument");
    expect(sheet.password).toBe("pw");
    sheet.protect({}, null);
    sheet.cell(0, 0).fill = "#FF0000";
    let color: unknown = "unread";
    await run(excel, async (context) => {
      const fill = context.workbook.worksheets.getItem("S").getRange("A1:A2").format.fill;
      fill.load("color");
      await context.sync();
      color = fill.color;
    });
    expect(color).toBeNull();
    sheet.protectedWith = null;
    expect(
      await run(excel, async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["Đoàn viên".repeat(Math.ceil(PAYLOAD_LIMIT / 12))]];
        await context.sync();
      }),
    ).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("fails saveAsync when told to", async () => {
    const excel = new FakeExcel("latest");
    excel.settingsFail = true;
    await expect(excel.deps().settings.save()).rejects.toThrow(/saveAsync failed/);
  });
});
