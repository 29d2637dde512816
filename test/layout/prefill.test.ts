import { figureKey, type FigureKey } from "../../src/domain/submission";
import { buildTemplate } from "../../src/domain/layout";
import { byId, catalog } from "./campaigns";
import { named } from "./plan-helpers";

describe("a template made for one unit", () => {
  const campaign = byId("tk10-nq6a-2011-2020");

  it("writes the unit's identification as literal values", () => {
    const { plan } = buildTemplate({
      catalog,
      campaign,
      unit: {
        unitName: "CĐCS Công ty Than Điện Biên",
        unitCode: "DB-0042",
        level: "cdcs",
        parent: "LĐLĐ huyện Mường Chà",
        preparer: "Lò Thị Hoa",
        phone: "0912 345 678",
        datePrepared: "2020-07-15",
        head: "Quàng Văn Minh",
      },
    });
    expect(named(plan, "UR_ID_UNIT_NAME").value).toBe("CĐCS Công ty Than Điện Biên");
    expect(named(plan, "UR_ID_UNIT_CODE").value).toBe("DB-0042");
    expect(named(plan, "UR_ID_LEVEL").value).toBe("Công đoàn cơ sở");
    expect(named(plan, "UR_ID_PARENT").value).toBe("LĐLĐ huyện Mường Chà");
    expect(named(plan, "UR_ID_PHONE").value).toBe("0912 345 678");
    expect(named(plan, "UR_ID_HEAD").value).toBe("Quàng Văn Minh");
    expect(named(plan, "UR_ID_DATE")).toMatchObject({ value: 44027, style: "inputDate" }); // 15/7/2020 as an Excel serial day
    expect(plan.sheets.find((s) => s.name === "Biểu 01")!.print?.header).toBe("CĐCS Công ty Than Điện Biên");
  });

  it("keeps a unit name that looks like a formula as text", () => {
    const unitName = '=HYPERLINK("http://x")';
    const { plan } = buildTemplate({ catalog, campaign, unit: { unitName } });
    const cell = named(plan, "UR_ID_UNIT_NAME");
    expect(cell.value).toBe(unitName);
    expect(cell.formula).toBeUndefined();
    for (const s of plan.sheets) for (const c of s.cells) expect(c.formula ?? "").not.toContain("HYPERLINK");
    expect(plan.sheets.find((s) => s.name === "Biểu 01")!.print?.header).toBe(unitName);
  });

  it("writes Vietnamese text composed (NFC), however it was typed", () => {
    const decomposed = "Công đoàn cơ sở Trường Tiểu học Mường Phăng".normalize("NFD");
    const { plan } = buildTemplate({
      catalog,
      campaign,
      unit: { unitName: decomposed },
      notes: new Map([["DV_TONG", "Giảm do sáp nhập".normalize("NFD")]]),
    });
    expect(named(plan, "UR_ID_UNIT_NAME").value).toBe(decomposed.normalize("NFC"));
    expect(named(plan, "UR_DV_TONG_GC").value).toBe("Giảm do sáp nhập".normalize("NFC"));
  });

  it("keeps a date prepared that is not a real date as the text given, for the preparer to correct", () => {
    const { plan } = buildTemplate({ catalog, campaign, unit: { datePrepared: "2020-02-30" } });
    expect(named(plan, "UR_ID_DATE").value).toBe("2020-02-30");
  });

  it("puts a placeholder in the page header when the unit is not known", () => {
    const { plan } = buildTemplate({ catalog, campaign });
    expect(plan.sheets.find((s) => s.name === "Biểu 01")!.print?.header).toMatch(/^Đơn vị: \.+$/);
    expect(named(plan, "UR_ID_UNIT_NAME").value).toBeUndefined();
  });
});

describe("a template with figures and notes", () => {
  const campaign = byId("sk5-nq20-2008-2012");
  const figures = new Map<FigureKey, number | null>([
    [figureKey("DV_TONG", "base"), 1200],
    [figureKey("DV_TONG", "end"), 1350],
    [figureKey("LD_TONG", "end"), 1500],
    [figureKey("DV_MOI", "cumulative"), 410],
    [figureKey("NTM_TIEN", "cumulative"), 12.5],
    [figureKey("DV_NU", "base"), null],
    [figureKey("DV_TYLE", "end"), 0.9], // a computed cell: never written over
  ]);
  const notes = new Map([["DV_TONG", "Tăng do thành lập 3 CĐCS mới"]]);
  const { plan, cells } = buildTemplate({ catalog, campaign, figures, notes, kind: "consolidated" });

  it("writes each figure into its named input cell, as a number", () => {
    expect(named(plan, "UR_DV_TONG_DAU").value).toBe(1200);
    expect(named(plan, "UR_DV_TONG_CUOI").value).toBe(1350);
    expect(named(plan, "UR_LD_TONG_CUOI").value).toBe(1500);
    expect(named(plan, "UR_DV_MOI_LK").value).toBe(410);
    expect(named(plan, "UR_NTM_TIEN_LK").value).toBe(12.5);
  });

  it("leaves a null or absent figure blank: not reported is not zero", () => {
    expect(named(plan, "UR_DV_NU_DAU").value).toBeUndefined();
    expect(named(plan, "UR_LD_TONG_DAU").value).toBeUndefined();
  });

  it("keeps computed cells as formulas whatever the figures say", () => {
    const cell = named(plan, "UR_DV_TYLE_CUOI");
    expect(cell.value).toBeUndefined();
    expect(cell.formula).toContain("SUM(");
  });

  it("writes the notes into the Ghi chú cells", () => {
    expect(named(plan, "UR_DV_TONG_GC").value).toBe("Tăng do thành lập 3 CĐCS mới");
  });

  it("marks the workbook as consolidated, at the same addresses as a submission", () => {
    expect(named(plan, "UR_META_KIND").value).toBe("consolidated");
    expect(cells).toEqual(buildTemplate({ catalog, campaign }).cells);
  });
});
