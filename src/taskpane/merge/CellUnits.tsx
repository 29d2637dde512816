/**
 * Inside Excel: select a consolidated figure cell, see the units behind it (largest first, with their
 * share); click one to select its row in the register ("Chi tiết theo đơn vị").
 */
import { useEffect, useMemo, useState } from "react";
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Definition } from "../../domain/definition/catalog";
import type { MergeResult } from "../../domain/merge";
import { figureCells, unitsBehind } from "../../domain/merge/drill-down";
import { figureName } from "../../domain/merge/messages";
import type { NamePlan } from "../../domain/layout/plan";
import type { CellRef } from "../../domain/raw";
import { formatNumber } from "../../domain/i18n/strings";
import type { WorkbookPort } from "../../workbook/port";
import { useI18n } from "../i18n";

/** Units listed for a selected cell: the largest; the rest are counted. */
const SHOWN = 10;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: "anywhere" },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  unit: { justifyContent: "flex-start", textAlign: "left", height: "auto", minWidth: 0, whiteSpace: "normal" },
});

export function CellUnits({
  port,
  catalog,
  result,
  names,
}: {
  readonly port: WorkbookPort;
  readonly catalog: Definition;
  readonly result: MergeResult;
  readonly names: readonly NamePlan[];
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const cells = useMemo(() => figureCells(names, result.keys), [names, result]);
  const [cell, setCell] = useState<CellRef | null>(null);
  useEffect(() => {
    if (!port.onSelectionChanged) return;
    let stop: (() => void) | null = null;
    let gone = false;
    void port.onSelectionChanged(setCell).then(
      (unsubscribe) => (gone ? unsubscribe() : (stop = unsubscribe)),
      () => undefined,
    );
    return () => {
      gone = true;
      stop?.();
    };
  }, [port]);
  const key = cell ? cells.get(`${cell.sheet}!${cell.address}`) : undefined;
  const behind = useMemo(() => (key ? unitsBehind(catalog, result, key, SHOWN) : null), [catalog, result, key]);
  if (!port.onSelectionChanged) return null;
  const where = cell ? `${cell.sheet}!${cell.address}` : "";
  return (
    <section className={styles.section} aria-labelledby="merge-cell-heading" data-testid="merge-cell-units">
      <Subtitle2 as="h3" className={styles.heading} id="merge-cell-heading">
        {t("loop.view.cellHeading")}
      </Subtitle2>
      <div aria-live="polite">
        {!cell && <Caption1>{t("loop.view.cellHint")}</Caption1>}
        {cell && !behind && <Body1>{t("loop.view.cellNotFigure", { cell: where })}</Body1>}
        {behind && (
          <>
            <Body1 as="p" className={styles.heading}>
              {t("loop.view.cellFigure", {
                figure: figureName(catalog, behind.key)[lang],
                cell: where,
                total: formatNumber(lang, behind.total ?? 0),
                count: behind.reported,
              })}
            </Body1>
            <ul className={styles.list}>
              {behind.units.map((u) => (
                <li key={`${u.sheet}!${u.row}`}>
                  <Button
                    appearance="subtle"
                    className={styles.unit}
                    onClick={() => void port.select({ sheet: u.sheet, address: `${u.row}:${u.row}` }).catch(() => undefined)}
                  >
                    {t("loop.view.topUnit", {
                      name: u.name || u.code,
                      value: formatNumber(lang, u.value),
                      share: u.share === null ? "–" : formatNumber(lang, u.share),
                    })}
                  </Button>
                </li>
              ))}
            </ul>
            {behind.reported > behind.units.length && (
              <Caption1>{t("loop.view.cellMore", { count: behind.reported - behind.units.length })}</Caption1>
            )}
          </>
        )}
      </div>
    </section>
  );
}
