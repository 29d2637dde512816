/**
 * The Merge view's form styles, shared by the view and its fields (files, roster, merging unit): one
 * look for rows of buttons, wrapped captions and selects held to the pane's width.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { FIT_PANE_SELECT } from "../fit-pane";

export const useMergeFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  drop: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
    minWidth: 0,
  },
  // Fields side by side on a desktop, stacked in the pane; none wider than the pane.
  fields: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    "& > *": { flexGrow: 1, flexBasis: "12em", minWidth: 0 },
  },
  // A native select is as wide as its longest option (a campaign title is long): held to the pane's width.
  select: FIT_PANE_SELECT,
  heading: { margin: 0 },
  wrap: { overflowWrap: "anywhere" },
  hidden: { display: "none" },
});
