/**
 * The one rule that keeps a dropdown inside a 350 px task pane: a native select sizes itself to its
 * longest option (a campaign title, a 2026 level name, a sheet name) unless told to take the width it
 * is given and cut the text with an ellipsis.
 */
import type { GriffelStyle } from "@fluentui/react-components";

export const FIT_PANE_SELECT: GriffelStyle = {
  width: "100%",
  minWidth: 0,
  "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
};
