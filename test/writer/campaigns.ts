/** Every campaign a template can be made for: each shipped definition (periodic ones for a year) and a user's own review. */
import { concreteCampaign, customReviewCampaign, loadCatalog, type Campaign } from "../../src/domain/catalog";

export function everyCampaign(year = 2026): Campaign[] {
  const catalog = loadCatalog();
  const shipped = catalog.campaignDefs.map((def) => {
    const c = concreteCampaign(def, def.kind === "periodic" ? year : undefined);
    if (!c.ok) throw new Error(c.error.en);
    return c.value;
  });
  const custom = customReviewCampaign(
    { title: "Sơ kết 3 năm phong trào \"Xanh – sạch – đẹp\"", baseYear: 2023, endYear: 2025, deadlines: { cdcs: "2025-12-10", huyen: "2025-12-20" } },
    { tables: ["B01", "B03"], plausibility: catalog.campaignDefs[0].plausibility },
  );
  if (!custom.ok) throw new Error(custom.error.en);
  return [...shipped, custom.value];
}
