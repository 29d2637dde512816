/** The campaigns every layout test runs over: the four shipped ones and a review of the user's own. */
import { customReviewCampaign, loadCatalog, resolveCampaign, type Campaign, type Definition } from "../../src/domain/definition";
import { render } from "../../src/domain/i18n/message";
import type { Result } from "../../src/domain/errors";

export const catalog: Definition = loadCatalog();

function must(result: Result<Campaign>): Campaign {
  if (!result.ok) throw new Error(render("en", result.error));
  return result.value;
}

export const custom: Campaign = must(
  customReviewCampaign(
    {
      title: "Sơ kết 3 năm thực hiện Chỉ thị 01 về phát triển đoàn viên",
      baseYear: 2021,
      endYear: 2023,
      deadlines: { cdcs: "2024-01-15", huyen: "2024-01-25" },
      tables: ["B01", "B02"],
    },
    { tables: catalog.campaignDefs[0]!.tables, plausibility: catalog.campaignDefs[0]!.plausibility },
  ),
);

export const campaigns: readonly Campaign[] = [
  ...["tk-3105-2026", "tk-3011-2026", "tk10-nq6a-2011-2020", "sk5-nq20-2008-2012"].map((id) =>
    must(resolveCampaign(catalog.campaignDefs, id)),
  ),
  custom,
];

export const byId = (id: string): Campaign => campaigns.find((c) => c.id === id)!;
