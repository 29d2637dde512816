/** The units behind a consolidated figure, and a file name matched to the roster. */
import type { FigureKey } from "../../src/domain/submission";
import { unitsBehind, registerRowOf } from "../../src/domain/merge/drill-down";
import { unitOfFileName } from "../../src/domain/merge/chase-list";
import { returnedFileName } from "../../src/domain/merge/feedback";
import { rosterFromRows } from "../../src/domain/merge";
import { catalog, merge, unitFile } from "./support";

const figs = (ld: number | null) => new Map<FigureKey, number | null>([["LD_TONG@value", ld]]);

describe("unitsBehind", () => {
  const result = merge([
    unitFile({ code: "A", name: "CĐCS A", figures: figs(10) }),
    unitFile({ code: "B", name: "CĐCS B", figures: figs(60) }),
    unitFile({ code: "C", name: "CĐCS C", figures: figs(null) }),
    unitFile({ code: "D", name: "CĐCS D", figures: figs(30) }),
  ]);

  it("gives the largest units first, with their share of the total and their register row", () => {
    const f = unitsBehind(catalog, result, "LD_TONG@value", 2);
    expect(f.total).toBe(100);
    expect(f.reported).toBe(3);
    expect(f.units.map((u) => [u.code, u.value, u.share])).toEqual([
      ["B", 60, 60],
      ["D", 30, 30],
    ]);
    const b = result.leaves.findIndex((l) => l.code === "B");
    expect(f.units[0]).toMatchObject(registerRowOf(b));
    expect(f.units[0].sheet).toBe("Chi tiết theo đơn vị");
  });

  it("gives every reporting unit without a limit, and nothing for a figure the merge does not have", () => {
    expect(unitsBehind(catalog, result, "LD_TONG@value").units.map((u) => u.code)).toEqual(["B", "D", "A"]);
    expect(unitsBehind(catalog, result, "NOPE@value" as FigureKey).units).toEqual([]);
  });

  it("continues on the next register sheet after the rows per sheet", () => {
    expect(registerRowOf(0, 10)).toEqual({ sheet: "Chi tiết theo đơn vị", row: 7 });
    expect(registerRowOf(12, 10)).toEqual({ sheet: "Chi tiết theo đơn vị (2)", row: 9 });
  });
});

describe("unitOfFileName", () => {
  const roster = rosterFromRows([
    ["Mã đơn vị", "Tên đơn vị", "Cấp"],
    ["CDCS-01", "CĐCS Trường Tiểu học Kim Đồng", "cdcs"],
    ["CDCS-011", "CĐCS Bệnh viện huyện", "cdcs"],
    ["CDCS-02", "CĐCS Công ty Cao su", "cdcs"],
    ["X", "CĐCS Xã Na Sang", "cdcs"],
  ]);
  if (!roster.ok) throw new Error("roster");
  const units = roster.value.units;
  it("matches by code (the longest that fits), else by the whole name without marks, else not at all", () => {
    expect(unitOfFileName("bao cao CDCS-011.xls", units)?.code).toBe("CDCS-011");
    expect(unitOfFileName("CDCS_01 (1).pdf", units)?.code).toBe("CDCS-01");
    expect(unitOfFileName("Báo cáo CĐCS Công ty Cao su.xls", units)?.code).toBe("CDCS-02");
    expect(unitOfFileName("cdcs xa na sang.pdf", units)?.code).toBe("X"); // a one-letter code never matches by itself
    expect(unitOfFileName("scan.pdf", units)).toBeNull();
  });
});

describe("returnedFileName", () => {
  it("prefixes the unit's own file name, and an .xlsm comes back as .xlsx (its macros are not kept)", () => {
    expect(returnedFileName("thu-muc/CĐCS A.xlsx")).toBe("tra-lai-CĐCS A.xlsx");
    expect(returnedFileName("b.XLSM")).toBe("tra-lai-b.xlsx");
  });
});
