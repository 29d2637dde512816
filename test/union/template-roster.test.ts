/** `template --roster` with a "Loại hình" column: each CĐCS's workbook comes with its sector chosen. */
import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { readBack } from "../writer/readBack";
import { cli, scratchDir } from "../writer/cli/io";

describe("template --roster with the register's Loại hình", () => {
  it("fills each unit's sector from the roster, and leaves it blank where the roster has none", async () => {
    const dir = scratchDir();
    const roster = [
      "Mã đơn vị;Tên đơn vị;Cấp;Loại hình",
      "DB001;CĐCS Hợp tác xã Chè;cdcs;Hợp tác xã",
      "DB002;CĐCS Trường Tiểu học;cdcs;Đơn vị sự nghiệp công lập",
      "DB003;CĐCS mới;cdcs;",
    ].join("\r\n");
    writeFileSync(join(dir, "ds.csv"), `\uFEFF${roster}`);
    const { code } = await cli(["template", "--campaign", "tk-3105-2026", "--roster", "ds.csv", "--out", "gui-di"], dir);
    expect(code).toBe(0);
    const files = readdirSync(join(dir, "gui-di"));
    const sectorOf = async (prefix: string) =>
      (
        await readBack(
          new Uint8Array(
            readFileSync(
              join(
                dir,
                "gui-di",
                files.find((f) => f.startsWith(prefix))!,
              ),
            ),
          ),
        )
      ).values.get("UR_ID_LOAI_HINH");
    expect(await sectorOf("DB001")).toBe("Hợp tác xã");
    expect(await sectorOf("DB002")).toBe("Đơn vị sự nghiệp công lập");
    expect(await sectorOf("DB003")).toBeNull();
  });
});

describe("codes --level", () => {
  it("gives each level's own cells: a CĐCS template's TL_BQ where its template has it", async () => {
    const { buildTemplate } = await import("../../src/domain/layout");
    const { loadCatalog, resolveCampaign, campaignForLevel } = await import("../../src/domain/definition");
    const catalog = loadCatalog();
    const c = resolveCampaign(catalog.campaignDefs, "tk-3105-2026");
    if (!c.ok) throw new Error("campaign");
    const addressIn = (level: "cdcs" | "huyen") =>
      buildTemplate({ catalog, campaign: campaignForLevel(c.value, level), unit: { level } }).cells.find((x) => x.code === "TL_BQ")!
        .address;
    const listed = async (level: string) => {
      const { code, stdout } = await cli(["codes", "--campaign", "tk-3105-2026", "--level", level, "--json"]);
      expect(code).toBe(0);
      return (JSON.parse(stdout) as { cells: { code: string; address: string }[] }).cells.find((x) => x.code === "TL_BQ")!.address;
    };
    expect(await listed("cdcs")).toBe(addressIn("cdcs"));
    expect(await listed("xa")).toBe(addressIn("huyen"));
    expect(addressIn("cdcs")).not.toBe(addressIn("huyen"));
    const bad = await cli(["codes", "--campaign", "tk-3105-2026", "--level", "thôn"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("xa, phuong, dac-khu, cong-doan-xa");
  });
});
