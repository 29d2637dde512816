/** Every campaign a template can be made for: each shipped definition (periodic ones for a year) and a user's own review. */
import { concreteCampaign, customReviewCampaign, loadCatalog, type Campaign } from "../../src/domain/definition";
import { render } from "../../src/domain/i18n/message";

export function everyCampaign(year = 2026): Campaign[] {
  const catalog = loadCatalog();
  const shipped = catalog.campaignDefs.map((def) => {
    const c = concreteCampaign(def, def.kind === "periodic" ? year : undefined);
    if (!c.ok) throw new Error(render("en", c.error));
    return c.value;
  });
  const custom = customReviewCampaign(
    {
      title: 'Sơ kết 3 năm phong trào "Xanh – sạch – đẹp"',
      baseYear: 2023,
      endYear: 2025,
      deadlines: { cdcs: "2025-12-10", huyen: "2025-12-20" },
    },
    { tables: ["B01", "B03"], plausibility: catalog.campaignDefs[0].plausibility },
  );
  if (!custom.ok) throw new Error(render("en", custom.error));
  return [...shipped, custom.value];
}
