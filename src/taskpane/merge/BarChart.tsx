/**
 * A horizontal bar chart in plain SVG (ExcelJS cannot write charts, and the pane needs none of a
 * charting library). Accessible: the figure has a caption, the SVG is an image described by it,
 * each bar carries its own title, and the same numbers are in the tables beside it.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { shortenMiddle } from "./short-label";

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Draws the bar as value out of max (e.g. submitted of expected); default: the largest value. */
  readonly max?: number;
  readonly text: string;
}

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "12px" },
  value: { fill: tokens.colorNeutralForeground2, fontSize: "12px" },
  track: { fill: tokens.colorNeutralBackground3 },
  bar: { fill: tokens.colorBrandBackground },
});

const ROW = 22;
const LABEL_WIDTH = 180;
const BAR_WIDTH = 160;
/** What fits in LABEL_WIDTH at 12 px. */
const LABEL_CHARS = 24;

export function BarChart({ title, bars, note }: { readonly title: string; readonly bars: readonly Bar[]; readonly note?: string }) {
  const styles = useStyles();
  const id = useId();
  const top = Math.max(1, ...bars.map((b) => b.max ?? b.value));
  const height = bars.length * ROW + 4;
  const width = LABEL_WIDTH + BAR_WIDTH + 90;
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-caption`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        {bars.map((b, i) => {
          const y = i * ROW + 2;
          const full = b.max ?? top;
          const w = full > 0 ? Math.round((BAR_WIDTH * Math.min(b.value, full)) / top) : 0;
          return (
            <g key={`${i}-${b.label}`}>
              <title>{`${b.label}: ${b.text}`}</title>
              <text x={LABEL_WIDTH - 6} y={y + 14} textAnchor="end" className={styles.label}>
                {shortenMiddle(b.label, LABEL_CHARS)}
              </text>
              {b.max !== undefined && <rect x={LABEL_WIDTH} y={y + 3} width={Math.round((BAR_WIDTH * b.max) / top)} height={ROW - 8} className={styles.track} />}
              <rect x={LABEL_WIDTH} y={y + 3} width={w} height={ROW - 8} className={styles.bar} />
              <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={y + 14} className={styles.value}>
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
      {note && <p>{note}</p>}
    </figure>
  );
}
