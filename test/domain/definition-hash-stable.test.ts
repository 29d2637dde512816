/**
 * A definition's identity does not move with how we build it: the definitions earlier releases shipped
 * (kept as fixtures) still hash to what shipped-history.json says those releases wrote into their files,
 * so their files are still read as that definition.
 */
import { readFileSync } from "fs";
import { join } from "path";
import history from "../../src/domain/catalog/data/shipped-history.json";
import { catalogOfDefinition, loadCatalog } from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";

const fixture = (name: string): DefinitionSheets =>
  JSON.parse(readFileSync(join(__dirname, "..", "forms", "fixtures", name), "utf8")) as DefinitionSheets;

describe("the hash of a shipped definition", () => {
  it.each([
    ["definition-2025-v1.json", "1"],
    ["definition-2026-v2.json", "2"],
    ["definition-2026-v3.json", "3"],
    ["definition-2026-v4.json", "4"],
  ])("of %s is the one its release shipped (version %s)", (name, version) => {
    const loaded = loadDefinition(fixture(name));
    if (!loaded.definition) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
    const built = catalogOfDefinition(loaded.definition);
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    expect([built.value.form.id, String(built.value.form.version)]).toEqual(["tld-bieu-01-04", version]);
    expect(built.value.form.hash).toBe((history.forms as Record<string, Record<string, string>>)["tld-bieu-01-04"]![version]);
  });

  it("of the current release is taken over the model it carries", () => {
    const shipped = loadCatalog();
    const again = catalogOfDefinition(shipped.model);
    expect(again.ok && again.value.form.hash).toBe(shipped.form.hash);
  });
});
