import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import {
  loadCatalog,
  buildCatalog,
  faultMessage,
  type DefinitionFault,
  type DefinitionModel,
  resolveCampaign,
  customReviewCampaign,
  campaignToJson,
  campaignFromJson,
  cellName,
  noteName,
} from "../../src/domain/definition";
import { render } from "../../src/domain/i18n/message";

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("the shipped catalog", () => {
  const catalog = loadCatalog();

  it("has Biểu 01–04 with at least the codes of the domain spec", () => {
    const codes = new Set(catalog.rowsByCode.keys());
    for (const code of [
      "LD_TONG",
      "LD_NU",
      "DV_TONG",
      "DV_NU",
      "DV_DTTS",
      "DV_DANGVIEN",
      "DV_MOI",
      "DV_GIAM",
      "DV_TYLE",
      "CS_TONG",
      "CS_HCSN",
      "CS_DNNN",
      "CS_NGOAI",
      "CS_FDI",
      "CS_KHAC",
      "CS_MOI",
      "CS_GIAITHE",
      "XL_TONG",
      "XL_XS",
      "XL_TOT",
      "XL_HT",
      "XL_KHT",
      "CB_TONG",
      "CB_NU",
      "CB_TAPHUAN",
      "TU_SO",
      "HN_SO",
      "DT_SO",
      "DG_GIOITHIEU",
      "DG_KETNAP",
      "XL_TYLE",
      "SK_SO",
      "SK_GIATRI",
      "SK_BANG",
      "LDG_NGUOI",
      "GVN_DANGKY",
      "GVN_DAT",
      "XSD_DANGKY",
      "XSD_DAT",
      "ATVSV",
      "HT_LUOT",
      "NTM_TIEN",
      "KT_TAPTHE",
      "KT_CANHAN",
    ]) {
      expect(codes).toContain(code);
    }
    expect(catalog.tables.map((t) => t.id)).toEqual(["LD", "B01", "B02", "B03", "B04"]);
  });

  it("derives a part ≤ whole rule for every 'trong đó' row", () => {
    const parts = [...catalog.rowsByCode.values()].filter((r) => r.row.parent).map((r) => r.row.code);
    expect(parts.length).toBeGreaterThan(10);
    for (const code of parts) expect(catalog.rules.some((r) => r.id.startsWith(`PART_${code}_LE_`))).toBe(true);
  });

  it("names cells from codes and columns", () => {
    expect(cellName("DV_TONG", "value")).toBe("UR_DV_TONG_SL");
    expect(cellName("DV_TONG", "end")).toBe("UR_DV_TONG_CUOI");
    expect(noteName("DV_TONG")).toBe("UR_DV_TONG_GC");
  });

  it("adds Biểu 04 as data only: no source file outside the data names it", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(entry) && /\bB04\b|Biểu 04|PL_BUOI|MA_XAYMOI/.test(readFileSync(path, "utf8"))) offenders.push(path);
      }
    };
    walk(join(__dirname, "../../src"));
    expect(offenders).toEqual([]);
  });
});

describe("a broken catalog", () => {
  /** A definition model as a workbook carries it: the shipped one, to be broken by each test. */
  const model = (): DefinitionModel & {
    tables: { id: string; rows: { code: string; parent?: string }[] }[];
    rules: { id: string; left: { code: string }[] }[];
    campaigns: { id: string; tables: string[] }[];
  } => clone(loadCatalog().model) as never;
  /** The row the catalog refuses, and the Vietnamese refusal (no file of ours, no zod text). */
  const refusal = (broken: DefinitionModel): DefinitionFault & { text: string } => {
    const result = buildCatalog(broken.form, broken);
    if (result.ok) throw new Error("the broken catalog loaded");
    return { ...result.error, text: render("vi", faultMessage(result.error)) };
  };

  it("is rejected at the indicator's row with the column named", () => {
    const broken = model();
    broken.tables[1]!.rows[3]!.code = "cs ngoai";
    const fault = refusal(broken);
    expect([fault.sheet, fault.id, fault.key]).toEqual(["indicators", "cs ngoai", "definition.field.invalid"]);
    expect(fault.text).toBe("Giá trị ở cột code không hợp lệ.");
  });

  it("is rejected when a rule names a code that does not exist, naming the rule and the code", () => {
    const broken = model();
    broken.rules[0]!.left[0]!.code = "KHONG_CO";
    const fault = refusal(broken);
    expect([fault.sheet, fault.id]).toEqual(["rules", broken.rules[0]!.id]);
    expect(fault.text).toContain(broken.rules[0]!.id);
    expect(fault.text).toContain("KHONG_CO");
  });

  it("is rejected when a parent row is missing", () => {
    const broken = model();
    broken.tables[0]!.rows[1]!.parent = "DV_KHONG";
    const fault = refusal(broken);
    expect([fault.sheet, fault.id, fault.key]).toEqual(["indicators", broken.tables[0]!.rows[1]!.code, "definition.parent.unknown"]);
    expect(fault.text).toContain("DV_KHONG");
  });

  it("is rejected when a campaign uses an unknown table", () => {
    const broken = model();
    broken.campaigns[0]!.tables.push("B09");
    const fault = refusal(broken);
    expect([fault.sheet, fault.id, fault.key]).toEqual(["campaigns", broken.campaigns[0]!.id, "definition.campaign.table"]);
    expect(fault.text).toContain("B09");
  });

  it("is rejected when it has no table at all, naming the sheet", () => {
    const broken = model();
    broken.tables.length = 0;
    expect(refusal(broken).text).toBe("Trang tables cần ít nhất một dòng.");
  });
});

describe("campaigns", () => {
  const { campaignDefs } = loadCatalog();

  it("resolves periodic statistics for a chosen year with deadlines per level", () => {
    const c = resolveCampaign(campaignDefs, "tk-3105-2026");
    expect(c.ok && c.value.asOf).toBe("2026-05-31");
    expect(c.ok && c.value.deadlines.cdcs).toBe("2026-06-10");
    const y = resolveCampaign(campaignDefs, "tk-3011-2025");
    expect(y.ok && y.value.asOf).toBe("2025-11-30");
  });

  it("ships the two reviews of the seeds with their deadlines", () => {
    const r6a = resolveCampaign(campaignDefs, "tk10-nq6a-2011-2020");
    expect(
      r6a.ok && [r6a.value.baseYear, r6a.value.endYear, r6a.value.deadlines.cdcs, r6a.value.deadlines.huyen, r6a.value.deadlines.tinh],
    ).toEqual([2011, 2020, "2020-07-10", "2020-07-20", "2020-08-15"]);
    const r20 = resolveCampaign(campaignDefs, "sk5-nq20-2008-2012");
    expect(r20.ok && [r20.value.deadlines.cdcs, r20.value.deadlines.huyen]).toEqual(["2012-06-30", "2012-07-20"]);
  });

  it("refuses an unknown campaign with the list of known ones", () => {
    const c = resolveCampaign(campaignDefs, "tk-9999");
    expect(c.ok).toBe(false);
    if (!c.ok) expect(render("vi", c.error)).toContain("tk10-nq6a-2011-2020");
  });

  it("lets a user define a review campaign, stored and rebuilt from JSON", () => {
    const c = customReviewCampaign(
      { title: "Sơ kết 3 năm Chỉ thị 05", baseYear: 2021, endYear: 2024, deadlines: { cdcs: "2024-06-30", huyen: "2024-07-15" } },
      { tables: ["B01", "B02"], plausibility: campaignDefs[0].plausibility },
    );
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.value.id).toBe("rv-so-ket-3-nam-chi-thi-05-2021-2024");
    const back = campaignFromJson(campaignToJson(c.value));
    expect(back.ok && back.value).toEqual(c.value);
    const periodic = resolveCampaign(campaignDefs, "tk-3105-2026");
    expect(periodic.ok && periodic.value.id).toBe("tk-3105-2026");
    if (!periodic.ok) return; // failed just above
    expect(campaignFromJson(campaignToJson(periodic.value))).toEqual(periodic);
  });

  it("rejects a custom campaign whose end is not after its baseline", () => {
    const c = customReviewCampaign(
      { title: "Sai năm", baseYear: 2024, endYear: 2020, deadlines: { cdcs: "2024-06-30" } },
      { tables: ["B01"], plausibility: campaignDefs[0].plausibility },
    );
    expect(c.ok).toBe(false);
  });
});
