/**
 * Relationship parts (_rels/*.rels): how the package's parts find one another. We look relationships
 * up by id (a sheet's r:id) and by type (the workbook, shared strings, styles); types are matched by
 * their last segment so Transitional and Strict OOXML alike are understood.
 */
import type { XlsxPackage } from "./package";
import { partFolder, relsPartOf, resolveTarget } from "./package";
import type { XmlAttributes, XmlHandler } from "./xml";

export interface Relationship {
  readonly id: string;
  /** Last segment of the type URI: "worksheet", "sharedStrings", "styles", "officeDocument", ... */
  readonly kind: string;
  /** The target part name, resolved against the source part's folder; undefined for external targets. */
  readonly partName: string | undefined;
}

export interface Relationships {
  readonly byId: ReadonlyMap<string, Relationship>;
  firstOfKind(kind: string): Relationship | undefined;
}

/** Reads the relationships of `sourcePart` ("" for the package itself). A missing rels part means no relationships. */
export function readRelationships(pkg: XlsxPackage, sourcePart: string): Relationships {
  const relsPart = sourcePart === "" ? "_rels/.rels" : relsPartOf(sourcePart);
  // Both often repeat from file to file (see PartMemo).
  return pkg.memory.relationships.read(pkg, relsPart, () => parseRelationships(pkg, relsPart, sourcePart));
}

function parseRelationships(pkg: XlsxPackage, relsPart: string, sourcePart: string): Relationships {
  const folder = sourcePart === "" ? "" : partFolder(sourcePart);
  const byId = new Map<string, Relationship>();
  const inOrder: Relationship[] = [];
  const handler: XmlHandler = {
    wantText: false,
    open(name: string, attributes: XmlAttributes) {
      if (name !== "Relationship") return;
      const id = attributes.get("Id");
      const type = attributes.get("Type") ?? "";
      const target = attributes.get("Target");
      if (id === undefined || target === undefined) return;
      const external = (attributes.get("TargetMode") ?? "").toLowerCase() === "external";
      const rel: Relationship = {
        id,
        kind: type.slice(type.lastIndexOf("/") + 1),
        partName: external ? undefined : resolveTarget(folder, target),
      };
      if (!byId.has(id)) byId.set(id, rel);
      inOrder.push(rel);
    },
    close() {},
    text() {},
  };
  pkg.readXml(relsPart, handler);
  return {
    byId,
    firstOfKind: (kind) => inOrder.find((rel) => rel.kind === kind && rel.partName !== undefined),
  };
}
