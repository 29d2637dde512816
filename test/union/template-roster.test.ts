/** `template --roster` with a "Loại hình" column: each CĐCS's workbook comes with its sector chosen. */
import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { readBack } from "../writer/readBack";
import { cli, scratchDir } from "../writer/cli/io";

describe("template --roster with the register's Loại hình", () => {
  it("fills each unit's sector from the roster, and leaves it blank where the roster has none", async () => {
    const dir = scratchDir();
    const roster = ["Mã đơn vị;Tên đơn vị;Cấp;Loại hình", "DB001;CĐCS Hợp tác xã Chè;cdcs;Hợp tác xã", "DB002;CĐCS Trường Tiểu học;cdcs;Đơn vị sự nghiệp công lập", "DB003;CĐCS mới;cdcs;"].join("\r\n");
    writeFileSync(join(dir, "ds.csv"), `\uFEFF${roster}`);
    const { code } = await cli(["template", "--campaign", "tk-3105-2026", "--roster", "ds.csv", "--out", "gui-di"], dir);
    expect(code).toBe(0);
    const files = readdirSync(join(dir, "gui-di"));
    const sectorOf = async (prefix: string) => (await readBack(new Uint8Array(readFileSync(join(dir, "gui-di", files.find((f) => f.startsWith(prefix))!))))).values.get("UR_ID_LOAI_HINH");
    expect(await sectorOf("DB001")).toBe("Hợp tác xã");
    expect(await sectorOf("DB002")).toBe("Đơn vị sự nghiệp công lập");
    expect(await sectorOf("DB003")).toBeNull();
  });
});
