/** `union-report campaigns` and `union-report codes`, run in-process. */
import { writeFileSync } from "fs";
import { join } from "path";
import { loadCatalog } from "../../../src/domain/definition";
import { buildTemplate } from "../../../src/domain/layout";
import { everyCampaign } from "../campaigns";
import { cli, scratchDir } from "./io";

const year = new Date().getFullYear();

describe("union-report campaigns", () => {
  it("lists periodic campaigns for this year and next, and the shipped reviews, with deadlines", async () => {
    const { code, stdout } = await cli(["campaigns"]);
    expect(code).toBe(0);
    for (const id of [`tk-3105-${year}`, `tk-3105-${year + 1}`, `tk-3011-${year}`, "tk10-nq6a-2011-2020", "sk5-nq20-2008-2012"])
      expect(stdout).toContain(id);
    expect(stdout).toContain("Tổng kết 10 năm thực hiện Nghị quyết 6a/NQ-TLĐ (2011–2020)");
    // The 2020 plan's own level names, not 2026's "cấp trên trực tiếp cơ sở".
    expect(stdout).toMatch(
      /Hạn gửi: CĐCS 10\/07\/2020; LĐLĐ huyện, thị xã, thành phố; công đoàn ngành; Công đoàn Viên chức tỉnh 20\/07\/2020; Liên đoàn Lao động tỉnh 15\/08\/2020/,
    );
    expect(stdout).toMatch(/Hạn gửi: CĐCS 30\/06\/2012; LĐLĐ huyện, thị xã; công đoàn ngành 20\/07\/2012/);
    // The plans' other dates: to the province directly, and finish-by dates.
    expect(stdout).toContain("CĐCS trực thuộc Liên đoàn Lao động tỉnh: hạn gửi 20/07/2020");
    expect(stdout).toContain("CĐCS: hạn hoàn thành 30/06/2012 (không phải hạn gửi báo cáo)");
    // No provenance notes of ours on what an officer reads.
    expect(stdout).not.toMatch(/chúng tôi|suy ra/);
    expect(stdout).toContain("tk-3105-<năm>");
  });

  it("gives JSON with id, kind, period, deadlines by level and tables", async () => {
    const { code, stdout } = await cli(["campaigns", "--json", "--year", "2027"]);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as {
      id: string;
      kind: string;
      deadlines: Record<string, string>;
      tables: string[];
      pattern?: string;
      period: { vi: string };
    }[];
    const half = list.find((c) => c.id === "tk-3105-2027")!;
    expect(half).toMatchObject({
      kind: "periodic",
      pattern: "tk-3105-<year>",
      tables: ["LD", "B01", "B02", "B03", "B04"],
      deadlines: { cdcs: "2027-06-10", huyen: "2027-06-20", tinh: "2027-06-30" },
    });
    expect(half.period.vi).toBe("Số liệu tính đến 31/05/2027");
    expect(list.find((c) => c.id === "sk5-nq20-2008-2012")).toMatchObject({
      kind: "review",
      deadlines: { cdcs: "2012-06-30", huyen: "2012-07-20" },
    });
    expect(
      list
        .filter((c) => c.kind === "periodic")
        .map((c) => c.id)
        .sort(),
    ).toEqual(["tk-3011-2027", "tk-3105-2027"]);
  });

  it("speaks English when asked", async () => {
    const { stdout } = await cli(["--lang", "en", "campaigns"]);
    expect(stdout).toContain("Deadlines: grassroots");
  });

  it("rejects an unknown option with exit code 2", async () => {
    const { code, stderr } = await cli(["campaigns", "--bogus"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Tùy chọn không hợp lệ: --bogus");
  });
});

describe("union-report codes", () => {
  const catalog = loadCatalog();

  it.each(
    everyCampaign(year)
      .filter((c) => !c.custom)
      .map((c) => [c.id]),
  )("lists every named cell of %s, tab-separated", async (id) => {
    const { code, stdout } = await cli(["codes", "--campaign", id]);
    expect(code).toBe(0);
    const [header, ...lines] = stdout.trimEnd().split("\n");
    expect(header.split("\t")).toHaveLength(8);
    const built = buildTemplate({ catalog, campaign: everyCampaign(year).find((c) => c.id === id)! });
    expect(lines).toHaveLength(built.plan.names.length);
    const byName = new Map(lines.map((l) => [l.split("\t")[0], l.split("\t")]));
    for (const cell of built.cells) {
      expect(byName.get(cell.name)!.slice(1, 4)).toEqual([cell.sheet, cell.address, cell.code]);
      expect(byName.get(cell.name)![6]).toBe(cell.input ? "nhập" : "tính");
    }
  });

  it("gives JSON for a review campaign: base, end and change of a stock, cumulative of a flow", async () => {
    const { stdout } = await cli(["codes", "--campaign", "tk10-nq6a-2011-2020", "--json"]);
    const cells = (JSON.parse(stdout) as { cells: { name: string; column: string; role: string; valueType: string }[] }).cells;
    expect(cells.find((c) => c.name === "UR_DV_TONG_DAU")).toMatchObject({ column: "base", role: "input", valueType: "integer" });
    expect(cells.find((c) => c.name === "UR_DV_TONG_TD")).toMatchObject({ column: "change", role: "computed" });
    expect(cells.find((c) => c.name === "UR_DV_MOI_LK")).toMatchObject({ column: "cumulative", role: "input" });
    expect(cells.find((c) => c.name === "UR_DV_TYLE_CUOI")).toMatchObject({ role: "computed", valueType: "percent" });
    expect(cells.find((c) => c.name === "UR_ID_CAMPAIGN")).toMatchObject({ role: "prefilled" });
  });

  it("lists a user's own review campaign from --campaign-file", async () => {
    const dir = scratchDir();
    writeFileSync(
      join(dir, "ky.json"),
      `\uFEFF${JSON.stringify({ title: "Sơ kết 3 năm Chỉ thị 29", baseYear: 2022, endYear: 2025, deadlines: { cdcs: "2025-10-15" } })}`,
    );
    const { code, stdout } = await cli(["codes", "--campaign-file", "ky.json", "--json"], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).campaign).toBe("rv-so-ket-3-nam-chi-thi-29-2022-2025");
  });

  it("explains an unknown campaign and exits 2", async () => {
    const { code, stderr } = await cli(["codes", "--campaign", "tk-9999"]);
    expect(code).toBe(2);
    expect(stderr).toContain('Không có kỳ báo cáo "tk-9999"');
  });

  it("asks for a campaign", async () => {
    const { code, stderr } = await cli(["codes"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Cần chọn kỳ báo cáo");
  });
});
