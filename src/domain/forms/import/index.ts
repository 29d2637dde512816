/** The typed-form import: a form as officers type it → a proposed definition and what to check. */
export { proposeDefinition, chooseSheet, type Proposal, type ProposedLine, type ProposeOptions } from "./propose";
export { gridFromValues, type GridCell, type GridMerge, type GridValue, type TypedGrid } from "./grid";
export type { ImportNote } from "./notes";
