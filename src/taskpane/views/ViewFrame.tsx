/** The common frame of a view: its heading and what it does. Views put their content inside. */
import type { ReactNode } from "react";
import { Body1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Spacing comes from the gap, not from browser paragraph margins.
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2 },
});

export function ViewFrame({
  title,
  description,
  children,
}: {
  readonly title: string;
  readonly description: string;
  readonly children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Subtitle1 as="h2" className={styles.heading}>
        {title}
      </Subtitle1>
      <Body1 as="p" className={styles.description}>
        {description}
      </Body1>
      {children}
    </section>
  );
}
