/**
 * Issues grouped by table (Accordion) and by severity; each issue is a button. Inside Excel a click
 * selects and shows the cell; standalone it shows the sheet!cell reference to look for.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDefinition } from "../forms/definition";
import { groupIssues, type CheckIssue, type Severity } from "../../domain/check";
import type { CellRef } from "../../domain/raw";
import { useI18n } from "../i18n";
import { render } from "../../domain/i18n/message";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  severity: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  issue: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  ref: { color: tokens.colorNeutralForeground3 },
  located: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export const cellLabel = (cell: CellRef): string => `${cell.sheet}!${cell.address}`;

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  blank: "informative",
};

/** `located`: standalone, the issue last clicked and the words saying where its cell is — shown under that issue, beside the list, not at the top of the page. */
export function IssueList({
  issues,
  onSelect,
  located,
}: {
  readonly issues: readonly CheckIssue[];
  readonly onSelect: (issue: CheckIssue) => void;
  readonly located?: { readonly id: string; readonly text: string } | null;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const tables = useDefinition().choice.definition.tables;
  const groups = groupIssues(
    issues,
    tables.map((table) => table.id),
  );
  const title = (tableId: string | null): string => {
    if (tableId === null) return t("check.group.general");
    const table = tables.find((tb) => tb.id === tableId);
    return table ? `${table.sheetName} — ${table.title[lang]}` : tableId;
  };
  // Tables with errors open first; blanks alone stay folded.
  const open = groups.filter((g) => g.bySeverity.some((s) => s.severity !== "blank")).map((g) => g.tableId ?? "general");
  return (
    <Accordion multiple collapsible defaultOpenItems={open}>
      {groups.map((group) => (
        <AccordionItem key={group.tableId ?? "general"} value={group.tableId ?? "general"}>
          <AccordionHeader>{title(group.tableId)}</AccordionHeader>
          <AccordionPanel>
            {group.bySeverity.map(({ severity, issues: list }) => {
              const heading = `${t(`check.severity.${severity}`)} (${list.length})`;
              const items = (
                <ul className={styles.list}>
                  {list.map((issue) => {
                    const cell = issue.cells[0];
                    return (
                      <li key={issue.id}>
                        <Button
                          appearance="subtle"
                          className={styles.issue}
                          onClick={() => onSelect(issue)}
                          disabled={!cell}
                          data-issue-id={issue.id}
                          title={cell ? t("check.view.goTo", { ref: cellLabel(cell) }) : undefined}
                        >
                          <span className={styles.text}>
                            <span>{render(lang, issue.message)}</span>
                            <Caption1 className={styles.ref}>
                              {[cell ? cellLabel(cell) : null, issue.explained ? t("check.explained") : null].filter(Boolean).join(" · ")}
                            </Caption1>
                          </span>
                        </Button>
                        {located?.id === issue.id && (
                          <Caption1 as="p" role="status" className={styles.located} data-testid="check-cell-ref">
                            {located.text}
                          </Caption1>
                        )}
                      </li>
                    );
                  })}
                </ul>
              );
              // Blanks are information, often dozens of them: folded under their count so the errors and warnings stay in view.
              if (severity === "blank") {
                return (
                  <Accordion key={severity} collapsible>
                    <AccordionItem value="blank">
                      <AccordionHeader size="small">
                        <Badge appearance="tint" color={SEVERITY_COLOR[severity]}>
                          {heading}
                        </Badge>
                      </AccordionHeader>
                      <AccordionPanel>{items}</AccordionPanel>
                    </AccordionItem>
                  </Accordion>
                );
              }
              return (
                <section key={severity} aria-label={`${title(group.tableId)}: ${t(`check.severity.${severity}`)}`}>
                  <h3 className={styles.severity}>
                    <Badge appearance="tint" color={SEVERITY_COLOR[severity]}>
                      {heading}
                    </Badge>
                  </h3>
                  {items}
                </section>
              );
            })}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
