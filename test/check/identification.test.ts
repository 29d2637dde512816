/** Template, version, campaign and identification: who sends the report, with which template. */
import { campaignForLevel, campaignToJson, cellName, customReviewCampaign, identificationName } from "../../src/domain/definition";
import { checkWorkbook, readSubmission } from "../../src/domain/check";
import { catalog, PERIODIC, REVIEW, templateWorkbook } from "./helpers";
import { render } from "../../src/domain/i18n/message";

const idIssues = (identification: Record<string, unknown>) =>
  readSubmission(catalog, templateWorkbook(PERIODIC, { identification: identification as never })).issues.filter(
    (i) => i.category === "identification",
  );

describe("the template and its version", () => {
  it("reads a valid workbook with no template or identification issue", () => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC));
    expect(reading.issues.filter((i) => i.severity !== "blank")).toEqual([]);
    expect(reading.campaign!.id).toBe("tk-3105-2026");
    const sub = reading.submission!;
    expect(sub.templateId).toBe(catalog.templateId);
    expect(sub.templateVersion).toBe(catalog.version);
    expect(sub.campaignId).toBe("tk-3105-2026");
    expect(sub.kind).toBe("submission");
    expect(sub.identification).toEqual({
      unitName: "Công đoàn cơ sở Công ty May Điện Biên",
      unitCode: "CDCS-001",
      level: "huyen",
      parent: "LĐLĐ huyện Mường Ảng",
      campaignId: PERIODIC.id,
      period: PERIODIC.periodLabel.vi,
      preparer: "Nguyễn Thị Lan",
      phone: "0912 345 678",
      datePrepared: "2026-06-15",
      head: "Trần Văn Bình",
    });
  });

  it("rejects a workbook that is not one of our templates", () => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { meta: { TEMPLATE_ID: undefined } }));
    expect(reading.submission).toBeNull();
    expect(reading.issues.map((i) => [i.category, i.severity])).toEqual([["template", "error"]]);
  });

  it("rejects an unknown template id", () => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { meta: { TEMPLATE_ID: "KHAC" } }));
    expect(reading.submission).toBeNull();
    expect(render("vi", reading.issues[0].message)).toContain('"KHAC"');
  });

  it.each([
    [catalog.version + 1, "mới hơn"],
    [0, "cũ hơn"],
  ])("says which version made the file (%p: %s)", (version, word) => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { meta: { TEMPLATE_VERSION: version } }));
    expect(reading.submission).toBeNull();
    expect(render("vi", reading.issues[0].message)).toMatch(new RegExp(`^Tệp được tạo bằng mẫu phiên bản ${version}, ${word}`));
    expect(render("en", reading.issues[0].message)).toContain(`made with template version ${version}`);
  });

  it("accepts the version written as text", () => {
    expect(
      readSubmission(catalog, templateWorkbook(PERIODIC, { meta: { TEMPLATE_VERSION: String(catalog.version) } })).submission,
    ).not.toBeNull();
  });

  it("falls back to the campaign id when the stored definition is damaged", () => {
    const reading = readSubmission(catalog, templateWorkbook(REVIEW, { meta: { CAMPAIGN_DEF: "{not json" } }));
    expect(reading.campaign!.id).toBe(REVIEW.id);
  });

  it("rebuilds a custom campaign from its stored definition", () => {
    const custom = customReviewCampaign(
      { title: "Sơ kết 3 năm Chỉ thị 01", baseYear: 2021, endYear: 2024, deadlines: { cdcs: "2024-06-30" } },
      { tables: ["B01", "B02"], plausibility: PERIODIC.plausibility },
    );
    if (!custom.ok) throw new Error(render("en", custom.error));
    const reading = readSubmission(catalog, templateWorkbook(custom.value, { identification: { CAMPAIGN: custom.value.id } }));
    expect(reading.campaign!.id).toBe(custom.value.id);
    expect(reading.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(campaignToJson(reading.campaign!)).toBe(campaignToJson(custom.value));
  });

  it("rejects a workbook whose campaign cannot be determined", () => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { meta: { CAMPAIGN_DEF: undefined, CAMPAIGN_ID: "khong-co" } }));
    expect(reading.submission).toBeNull();
    expect(render("vi", reading.issues[0].message)).toContain("Không xác định được kỳ báo cáo");
  });

  it("reads a consolidated workbook's kind", () => {
    expect(readSubmission(catalog, templateWorkbook(PERIODIC, { meta: { KIND: "consolidated" } })).submission!.kind).toBe("consolidated");
  });
});

describe("identification", () => {
  it.each(["UNIT_NAME", "UNIT_CODE", "LEVEL"])("requires %s", (key) => {
    const issues = idIssues({ [key]: null });
    expect(issues).toHaveLength(1);
    expect(issues[0].severity).toBe("error");
    expect(issues[0].id).toBe(`id:${key}:required`);
    expect(issues[0].cells).toHaveLength(1);
  });

  it("requires the campaign and reports a different one", () => {
    expect(idIssues({ CAMPAIGN: null }).map((i) => i.id)).toEqual(["id:CAMPAIGN:required"]);
    expect(idIssues({ CAMPAIGN: "tk-3011-2025" }).map((i) => i.id)).toEqual(["id:CAMPAIGN:campaign-mismatch"]);
    expect(idIssues({ CAMPAIGN: PERIODIC.id })).toEqual([]);
  });

  it("reports a level that is not one of the levels", () => {
    const issues = idIssues({ LEVEL: "Chi bộ" });
    expect(render("vi", issues[0].message)).toContain('Cấp "Chi bộ"');
    expect(render("vi", issues[0].message)).toContain("Công đoàn cơ sở");
  });

  it("accepts a level code or alias, in any case and in NFD", () => {
    expect(idIssues({ LEVEL: "huyen" })).toEqual([]);
    const nfd = "CĐCS".normalize("NFD");
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { identification: { LEVEL: nfd } }));
    expect(reading.submission!.identification.level).toBe("cdcs");
  });

  it("normalises decomposed (NFD) Vietnamese to NFC and trims", () => {
    const reading = readSubmission(
      catalog,
      templateWorkbook(PERIODIC, { identification: { UNIT_NAME: "  Công đoàn Điện Biên  ".normalize("NFD") } }),
    );
    expect(reading.submission!.identification.unitName).toBe("Công đoàn Điện Biên");
  });

  it.each(["CD 001", "CD#1", "-abc"])("reports a malformed unit code %p", (code) => {
    expect(idIssues({ UNIT_CODE: code }).map((i) => i.id)).toEqual(["id:UNIT_CODE:bad-code"]);
  });

  it("accepts a unit code typed as a number", () => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { identification: { UNIT_CODE: 12345 } }));
    expect(reading.submission!.identification.unitCode).toBe("12345");
  });

  it("flags an over-long name, counting characters not UTF-16 units", () => {
    const max = catalog.identification.find((f) => f.key === "UNIT_NAME")!.maxLength;
    expect(idIssues({ UNIT_NAME: "Đ".repeat(max) })).toEqual([]);
    const issues = idIssues({ UNIT_NAME: "x".repeat(10_000) });
    expect(issues.map((i) => i.id)).toEqual(["id:UNIT_NAME:too-long"]);
    expect(render("vi", issues[0].message)).toContain("10000 ký tự");
    expect(idIssues({ UNIT_NAME: "😀".repeat(max) })).toEqual([]);
  });

  it("keeps control characters in the submission but strips them from messages", () => {
    const name = "Công đoàn\u0007 A\u0000";
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { identification: { UNIT_NAME: name } }));
    expect(reading.submission!.identification.unitName).toBe(name);
    const issue = reading.issues.find((i) => i.id === "id:UNIT_NAME:control")!;
    expect(issue.severity).toBe("warning");
    expect(render("vi", issue.message)).toContain('"Công đoàn A"');
    expect([...render("vi", issue.message)].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
  });

  it("uses only the displayed text of a formula such as =HYPERLINK(...)", () => {
    const reading = readSubmission(
      catalog,
      templateWorkbook(PERIODIC, {
        identification: { UNIT_NAME: { value: "Bấm vào đây", formula: 'HYPERLINK("http://x.example","Bấm vào đây")' } },
      }),
    );
    expect(reading.submission!.identification.unitName).toBe("Bấm vào đây");
    const issue = reading.issues.find((i) => i.id === "id:UNIT_NAME:formula")!;
    expect(issue.severity).toBe("warning");
    expect(render("vi", issue.message)).not.toContain("http");
  });

  it.each([
    [{ value: 46188, isDate: true }, "2026-06-15"],
    ["15/06/2026", "2026-06-15"],
    ["5/6/2026", "2026-06-05"],
    ["2026-06-15", "2026-06-15"],
  ])("reads the date prepared from %p", (value, iso) => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { identification: { DATE: value } }));
    expect(reading.submission!.identification.datePrepared).toBe(iso);
    expect(reading.issues.filter((i) => i.category === "identification")).toEqual([]);
  });

  it.each(["31/02/2026", "hôm qua", 46188])("reports a date prepared that is not a date: %p", (value) => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { identification: { DATE: value } }));
    expect(reading.submission!.identification.datePrepared).toBeNull();
    expect(reading.issues.find((i) => i.id === "id:DATE:bad-date")!.severity).toBe("warning");
  });

  it("reports an error value in the identification", () => {
    expect(idIssues({ UNIT_NAME: { value: { error: "#REF!" } } }).map((i) => [i.id, i.severity])).toEqual([
      ["id:UNIT_NAME:error", "error"],
    ]);
  });

  it("reports a deleted identification name", () => {
    const reading = readSubmission(catalog, templateWorkbook(PERIODIC, { omit: ["UR_ID_UNIT_CODE"] }));
    expect(reading.issues.find((i) => i.id === "id:UNIT_CODE:missing-name")!.severity).toBe("error");
  });

  it("without a level, does not call missing the rows only some levels' forms have (a CĐCS's form has no CS_TONG), but still a row every form has", () => {
    const cdcsForm = campaignForLevel(PERIODIC, "cdcs");
    const reading = readSubmission(
      catalog,
      templateWorkbook(cdcsForm, { omit: [identificationName("LEVEL"), cellName("DV_TONG", "value")] }),
    );
    const ids = reading.issues.filter((i) => i.severity === "error").map((i) => i.id);
    expect(ids).toContain("id:LEVEL:missing-name");
    expect(ids).toContain("missing:DV_TONG@value");
    expect(ids.filter((id) => id.startsWith("missing:") && id !== "missing:DV_TONG@value")).toEqual([]);
    // The same workbook naming an upper level is missing that level's rows, as before.
    const upper = readSubmission(catalog, templateWorkbook(cdcsForm));
    expect(upper.issues.map((i) => i.id)).toContain("missing:CS_TONG@value");
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])(
    "treats %p as harmless text for a unit code, name and note",
    (text) => {
      const before = Object.getOwnPropertyNames(Object.prototype).length;
      const { submission, issues } = checkWorkbook(
        catalog,
        templateWorkbook(PERIODIC, {
          identification: { UNIT_CODE: text.replace(/^_+/, ""), UNIT_NAME: text, PARENT: text },
          notes: { DV_TONG: text },
          figures: { "DV_TONG@value": text },
        }),
      );
      expect(submission!.identification.unitName).toBe(text);
      expect(submission!.notes.get("DV_TONG")).toBe(text);
      expect(render("vi", issues.find((i) => i.id === "type:DV_TONG@value")!.message)).toContain(text);
      expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it("ignores names that are not ours, including __proto__", () => {
    const raw = templateWorkbook(PERIODIC);
    const names = new Map(raw.names);
    names.set("__PROTO__", { name: "__PROTO__", sheet: "x", ref: "A1", cells: [[{ value: 1 }]] });
    names.set("CONSTRUCTOR", { name: "CONSTRUCTOR", sheet: "x", ref: "A1", cells: [[{ value: 1 }]] });
    expect(readSubmission(catalog, { ...raw, names }).issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
