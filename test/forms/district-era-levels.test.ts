/**
 * Level names per campaign: the seed reviews (2012, 2020) were planned before 2025, when the upper level
 * above a CĐCS was the district federation ("LĐLĐ huyện, thị xã"), and their forms must say so; a 2026
 * campaign says "Công đoàn cấp trên trực tiếp cơ sở". Read back from real .xlsx files our writer makes.
 */
import ExcelJS from "exceljs";
import { LEVEL_LABELS, levelLabel, parseLevel, resolveCampaign, loadCatalog, type Campaign, type Level } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { readSubmission } from "../../src/domain/check";
import { breakdownSheetName, consolidatedPlan, mergeSubmissions, rosterFromRows, statusSheetName } from "../../src/domain/merge";
import { sheetCells } from "../../src/domain/layout";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { readWorkbook } from "../../src/workbook/file/reader";
import { fileFromPlan } from "../merge/support";
import { render } from "../../src/domain/i18n/message";

const catalog = loadCatalog();

function campaign(id: string): Campaign {
  const c = resolveCampaign(catalog.campaignDefs, id);
  if (!c.ok) throw new Error(render("en", c.error));
  return c.value;
}

/** Every text cell of every sheet of the written file, read by ExcelJS (an independent reader), by sheet. */
async function textsOf(bytes: Uint8Array): Promise<Map<string, string[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out = new Map<string, string[]>();
  workbook.eachSheet((sheet) => {
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") texts.push(cell.value);
      }),
    );
    out.set(sheet.name, texts);
  });
  return out;
}

async function upperTemplate(id: string, level: Level = "huyen"): Promise<Uint8Array> {
  return writeWorkbook(
    buildTemplate({ catalog, campaign: campaign(id), unit: { unitCode: "LDLD-01", unitName: "Đơn vị thử", level } }).plan,
  );
}

const TODAY_UPPER = LEVEL_LABELS.huyen.vi; // "Công đoàn cấp trên trực tiếp cơ sở"
const TODAY_PROVINCE = LEVEL_LABELS.tinh.vi;

describe.each([
  ["tk10-nq6a-2011-2020", "LĐLĐ huyện, thị xã, thành phố; công đoàn ngành; Công đoàn Viên chức tỉnh", "Liên đoàn Lao động tỉnh"],
  ["sk5-nq20-2008-2012", "LĐLĐ huyện, thị xã; công đoàn ngành", "LĐLĐ tỉnh"],
])("the seed review %s keeps its district-era level names", (id, upper, province) => {
  it("in the definition, per campaign", () => {
    expect(levelLabel("huyen", campaign(id).levelNames).vi).toBe(upper);
    expect(levelLabel("tinh", campaign(id).levelNames).vi).toBe(province);
    expect(levelLabel("cdcs", campaign(id).levelNames)).toEqual(LEVEL_LABELS.cdcs);
  });

  it("in the written template: identification, level list and instructions; never the 2026 names", async () => {
    const texts = await textsOf(await upperTemplate(id));
    const identification = texts.get("Thông tin chung")!;
    expect(identification).toContain(upper);
    expect(texts.get("_meta")!).toEqual(expect.arrayContaining([LEVEL_LABELS.cdcs.vi, upper, province, LEVEL_LABELS.tw.vi]));
    expect(texts.get("Hướng dẫn")!.join("\n")).toContain(upper);
    for (const [sheet, cells] of texts) {
      if (sheet === "_meta") continue; // the carried definition holds every campaign, 2026 ones included
      for (const text of cells) {
        expect(`${sheet}: ${text}`).not.toContain(TODAY_UPPER);
        expect(`${sheet}: ${text}`).not.toContain(TODAY_PROVINCE);
      }
    }
  });

  it("reads a unit's level back by its district-era name, with no level error", async () => {
    const read = readWorkbook(await upperTemplate(id));
    if (!read.ok) throw new Error(render("en", read.error));
    const reading = readSubmission(catalog, read.value.workbook);
    expect(reading.submission?.identification.level).toBe("huyen");
    expect(reading.issues.filter((i) => i.code === "bad-level")).toEqual([]);
  });

  it("names the levels that way on the merge's status sheet", () => {
    const c = campaign(id);
    const units = ["CD1", "CD2"].map((code, i) =>
      fileFromPlan(
        buildTemplate({
          catalog,
          campaign: c,
          unit: {
            unitCode: code,
            unitName: `CĐCS ${code}`,
            level: "cdcs",
            datePrepared: `${c.endYear}-06-01`,
            sector: "Doanh nghiệp nhà nước",
          },
        }).plan,
        `${code}.xlsx`,
        i,
      ),
    );
    const roster = rosterFromRows([
      ["Mã đơn vị", "Tên đơn vị", "Cấp"],
      ["CD1", "CĐCS CD1", "CĐCS"],
      ["CD2", "CĐCS CD2", "Công đoàn cơ sở"],
      ["LD9", "LĐLĐ thị xã Mường Lay", "LĐLĐ huyện"],
    ]);
    if (!roster.ok) throw new Error(roster.error.key);
    const result = mergeSubmissions({
      catalog,
      campaign: c,
      mergingUnit: { code: "LDLD-T", name: "LĐLĐ tỉnh", level: "tinh" },
      accepted: units,
      rejected: [],
      roster: roster.value,
    });
    const status = consolidatedPlan(catalog, result, `${c.endYear}-07-01`).plan.sheets.find((s) => s.name === statusSheetName())!;
    const texts = sheetCells(status).map((cell) => cell.value);
    expect(texts).toContain(upper);
    expect(texts).not.toContain(TODAY_UPPER);
  });

  it("names a unit's level that way in the merge's register", async () => {
    const c = campaign(id);
    const district = fileFromPlan(
      buildTemplate({
        catalog,
        campaign: c,
        unit: { unitCode: "LD1", unitName: "LĐLĐ thị xã Mường Lay", level: "huyen", datePrepared: `${c.endYear}-06-01` },
      }).plan,
      "LD1.xlsx",
      0,
    );
    const result = mergeSubmissions({
      catalog,
      campaign: c,
      mergingUnit: { code: "LDLD-T", name: "LĐLĐ tỉnh", level: "tinh" },
      accepted: [district],
      rejected: [],
    });
    expect(result.leaves.map((leaf) => leaf.level)).toEqual(["huyen"]);
    const written = await textsOf(await writeWorkbook(consolidatedPlan(catalog, result, `${c.endYear}-07-01`).plan));
    expect(written.get(breakdownSheetName())!).toContain(upper);
    expect(written.get(breakdownSheetName())!).not.toContain(TODAY_UPPER);
  });
});

describe("a 2026 campaign shows the 2026 level names", () => {
  it.each(["tk-3105-2026", "tk-3011-2026", "nk-2023-2025"])("%s", async (id) => {
    expect(campaign(id).levelNames).toBeUndefined();
    const texts = await textsOf(await upperTemplate(id));
    expect(texts.get("Thông tin chung")!).toContain(TODAY_UPPER);
    expect(texts.get("Hướng dẫn")!.join("\n")).toContain(TODAY_UPPER);
    // _meta carries the whole definition, the seed campaigns' names included; every sheet a person reads does not.
    expect(
      [...texts]
        .filter(([sheet]) => sheet !== "_meta")
        .flatMap(([, cells]) => cells)
        .join("\n"),
    ).not.toMatch(/LĐLĐ huyện/);
  });
});

describe("old level names are still accepted in options and rosters", () => {
  it.each([
    ["LĐLĐ huyện", "huyen"],
    ["LĐLĐ huyện, thị xã", "huyen"],
    ["lđlđ huyện, thị xã; công đoàn ngành", "huyen"],
    ["LĐLĐ huyện, thị xã, thành phố; công đoàn ngành; Công đoàn Viên chức tỉnh", "huyen"],
    ["Công đoàn Viên chức tỉnh", "huyen"],
    ["Liên đoàn Lao động tỉnh", "tinh"],
    ["LĐLĐ tỉnh", "tinh"],
    [TODAY_UPPER, "huyen"],
    ["công đoàn xã, phường, đặc khu", "huyen"],
  ])("%s → %s", (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });

  it("a campaign's own name for a level is accepted where the campaign is known, and only there", () => {
    const names = { huyen: { vi: "Công đoàn khối thi đua số 3", en: "Emulation block 3" } };
    expect(parseLevel("công đoàn khối thi đua số 3", names)).toBe("huyen");
    expect(parseLevel("Công đoàn khối thi đua số 3")).toBeNull();
  });
});
