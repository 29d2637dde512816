import { loadDefinition } from "../../src/domain/forms/load-definition";
import { problemText } from "../../src/domain/forms/problems";
import { proposeDefinition } from "../../src/domain/forms/import";
import { form1 } from "./grids";
it("loads", () => {
  const p = proposeDefinition(form1(), { fileName: "Mẫu 1-HĐCĐ Điện Biên.xlsx" });
  const l = loadDefinition(p.sheets);
  console.log(l.problems.map((x) => problemText(x, "vi")).join("\n"), l.definition ? "LOADED" : "NOT");
});
