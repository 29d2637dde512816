/** The sample scenario as files: each unit's template filled and written by our writer, the roster as CSV. */
import type { Definition } from "../../domain/definition/catalog";
import { resolveCampaign } from "../../domain/definition/campaign";
import { buildTemplate } from "../../domain/layout/template";
import { sampleRosterCsv, sampleScenario, SAMPLE_CAMPAIGN_ID, SAMPLE_PARENT_NAME } from "../../domain/merge/sample";
import { writeWorkbook } from "../file/writer";
import { render } from "../../domain/i18n/message";

export interface SampleFiles {
  readonly campaignId: string;
  /** `received`: the ISO day the scenario has the file arrive (the day it was prepared), for its modification time. */
  readonly files: { readonly name: string; readonly bytes: Uint8Array; readonly received?: string }[];
  readonly roster: { readonly name: string; readonly bytes: Uint8Array };
}

export async function sampleFiles(catalog: Definition): Promise<SampleFiles> {
  const campaign = resolveCampaign(catalog.campaignDefs, SAMPLE_CAMPAIGN_ID);
  if (!campaign.ok) throw new Error(render("en", campaign.error)); // shipped data: a defect, not a user error
  const scenario = sampleScenario();
  const files: { name: string; bytes: Uint8Array; received?: string }[] = [];
  for (const f of scenario.files) {
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign.value,
      unit: {
        unitCode: f.unit.code,
        unitName: f.unit.name,
        level: f.unit.level,
        parent: SAMPLE_PARENT_NAME,
        ...(f.unit.sector ? { sector: f.unit.sector } : {}),
        preparer: "Nguyễn Thị Lan",
        phone: "0215 3 868 123",
        datePrepared: f.datePrepared,
        head: "Lò Văn Minh",
      },
      figures: f.figures,
    });
    files.push({ name: f.fileName, bytes: await writeWorkbook(plan), ...(f.datePrepared ? { received: f.datePrepared } : {}) });
  }
  files.push({ name: scenario.notExcel.fileName, bytes: new TextEncoder().encode(scenario.notExcel.text) });
  return {
    campaignId: campaign.value.id,
    files,
    roster: { name: "danh-sach-don-vi.csv", bytes: new TextEncoder().encode(sampleRosterCsv()) },
  };
}
