/**
 * A horizontal bar chart in plain HTML and CSS (ExcelJS cannot write charts, and the pane needs none of
 * a charting library). Text is real text at the pane's size (never an SVG scaled down to 8 px at 350 px),
 * and every label is the full name, wrapped. Accessible: the figure has a caption, each bar is a list
 * item that reads "name: value", and the bars themselves are decoration.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Draws the bar as value out of max (e.g. submitted of expected); default: the largest value. */
  readonly max?: number;
  readonly text: string;
}

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  label: { gridColumn: "1 / span 2", color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  track: {
    position: "relative",
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    forcedColorAdjust: "none",
  },
  bar: { position: "absolute", left: 0, top: 0, bottom: 0, backgroundColor: tokens.colorBrandBackground },
  value: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
});

export function BarChart({ title, bars, note }: { readonly title: string; readonly bars: readonly Bar[]; readonly note?: string }) {
  const styles = useStyles();
  const id = useId();
  const top = Math.max(1, ...bars.map((b) => b.max ?? b.value));
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        {title}
      </figcaption>
      <ul className={styles.list} aria-labelledby={`${id}-caption`} data-testid="bar-chart">
        {bars.map((b, i) => {
          // Out of its own max (submitted of expected): a track as long as the max, the bar inside it; else out of the largest value.
          const track = b.max !== undefined ? (100 * b.max) / top : 100;
          const bar = b.max !== undefined ? (b.max > 0 ? (100 * Math.min(b.value, b.max)) / b.max : 0) : (100 * b.value) / top;
          return (
            <li key={`${i}-${b.label}`} className={styles.item}>
              <span className={styles.label}>{b.label}</span>
              <span className={styles.track} aria-hidden="true" style={{ width: `${track}%` }}>
                <span className={styles.bar} style={{ width: `${Math.round(bar)}%` }} />
              </span>
              <span className={styles.value}>{b.text}</span>
            </li>
          );
        })}
      </ul>
      {note && <p>{note}</p>}
    </figure>
  );
}
