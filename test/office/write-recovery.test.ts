/**
 * A write that fails at any sync (Office.js keeps the commands before the failure and drops the rest)
 * leaves the open workbook as it was; and when even the undo cannot run (Excel gone), the next write
 * completes and leaves nothing behind. Each sync of a real template insertion is failed in turn.
 */
import { loadCatalog, resolveCampaign } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import type { WorkbookPlan } from "../../src/domain/layout/plan";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { API_LEVELS, FakeExcel } from "./fakeExcel";
import { render } from "../../src/domain/i18n/message";

const yes = async () => true;

function template(unitName: string): WorkbookPlan {
  const campaign = resolveCampaign(loadCatalog().campaignDefs, "tk-3105-2026");
  if (!campaign.ok) throw new Error(render("en", campaign.error));
  return buildTemplate({
    catalog: loadCatalog(),
    campaign: campaign.value,
    unit: { unitName, unitCode: "DB-017", level: "cdcs", parent: "LĐLĐ huyện Điện Biên", datePrepared: "2026-06-05" },
    figures: new Map(),
    notes: new Map(),
  }).plan;
}

/** A workbook a user has worked in: their own sheet, and last year's template with a figure typed in. */
async function usedWorkbook(api: (typeof API_LEVELS)[number]): Promise<FakeExcel> {
  const excel = new FakeExcel(api);
  excel.addSheet("Ghi chép").put("A1", "giữ nguyên");
  await createOfficeWorkbook(excel.deps()).writePlan(template("CĐCS cũ"), { confirmReplace: yes });
  const target = excel.names.get("UR_DV_TONG_SL")!;
  excel.sheet(target.sheet)!.put(target.ref, 17);
  return excel;
}

/** Everything a user could see: sheets in order with their state and cells, and every defined name. */
function state(excel: FakeExcel) {
  return structuredClone({
    sheets: excel.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protectedWith: s.protectedWith,
      cells: [...s.cells].filter(([, c]) => c.value !== "" || c.formula).sort(),
    })),
    names: [...excel.names].sort(),
  });
}

const sorted = (s: ReturnType<typeof state>) => ({ sheets: [...s.sheets].sort((a, b) => a.name.localeCompare(b.name)), names: s.names });

describe.each(API_LEVELS)("a template re-insertion failing part-way at ExcelApi %s", (api) => {
  let syncsOfWrite = 0;
  let written: ReturnType<typeof state>;

  beforeAll(async () => {
    const excel = await usedWorkbook(api);
    const before = excel.syncs;
    await createOfficeWorkbook(excel.deps()).writePlan(template("CĐCS mới"), { confirmReplace: yes });
    syncsOfWrite = excel.syncs - before;
    written = state(excel);
    expect(syncsOfWrite).toBeGreaterThanOrEqual(4);
    expect(excel.unsynced).toBe(0); // nothing queued and forgotten: Excel would drop it too
  });

  it("leaves the workbook exactly as it was, whichever sync fails", async () => {
    for (let k = 1; k <= syncsOfWrite; k++) {
      const excel = await usedWorkbook(api);
      const before = state(excel);
      excel.failSync(k);
      await expect(createOfficeWorkbook(excel.deps()).writePlan(template("CĐCS mới"), { confirmReplace: yes })).rejects.toMatchObject({
        code: "GeneralException",
      });
      const after = state(excel);
      // The last sync only deletes the old sheets: a failure there is finished, not undone.
      expect({ k, state: k === syncsOfWrite ? sorted(after) : after }).toEqual({ k, state: k === syncsOfWrite ? sorted(written) : before });
    }
  });

  it("is completed by the next write, with no ~UR_OLD_ sheet left, when Excel failed the undo too", async () => {
    for (let k = 3; k <= syncsOfWrite; k++) {
      const excel = await usedWorkbook(api);
      const at = excel.syncs + k;
      excel.failOn = (sync, index, count) => sync > at || (sync === at && index === Math.floor(count / 2));
      await expect(createOfficeWorkbook(excel.deps()).writePlan(template("CĐCS mới"), { confirmReplace: yes })).rejects.toBeDefined();
      excel.failOn = null;
      await createOfficeWorkbook(excel.deps()).writePlan(template("CĐCS mới"), { confirmReplace: yes });
      expect({ k, state: sorted(state(excel)) }).toEqual({ k, state: sorted(written) });
    }
  });
});
