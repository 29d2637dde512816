/**
 * The measure of the merge in the Tổng hợp view: the one every file carries, shown before the run; or,
 * when the files differ, the list of measures, the most carried first, none chosen until the officer
 * picks one. Never "the first file's".
 */
import { Caption1, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { displayDate } from "../../domain/dates";
import { shortMeasureId, type MeasureGroup } from "../../domain/merge/measure";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  wrap: { overflowWrap: "anywhere" },
});

const FILES_SHOWN = 6;

export function MeasureChoice(props: {
  groups: readonly MeasureGroup[] | null;
  surveying: boolean;
  campaignChosen: boolean;
  picked: string | null;
  onPick: (id: string) => void;
  needPick: boolean;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const { groups } = props;
  const label = (g: MeasureGroup) => {
    const i = g.info;
    const custom = i.custom
      ? t("measure.view.custom", {
          tables: i.tables.join(", "),
          deadlines: Object.entries(i.deadlines)
            .map(([level, date]) => `${level} ${displayDate(date)}`)
            .join(", "),
        })
      : "";
    return t("measure.view.option", {
      count: g.files.length,
      form: `${i.formId} v${i.formVersion}`,
      campaign: i.campaignTitle[lang],
      campaignId: i.campaignId,
      custom,
      id: shortMeasureId(i.id),
    });
  };
  return (
    <div className={styles.box} data-testid="merge-measure">
      <Subtitle2 as="h3" className={styles.heading}>
        {t("measure.view.heading")}
      </Subtitle2>
      {props.surveying && <Caption1>{t("measure.view.surveying")}</Caption1>}
      {props.campaignChosen && <Caption1 className={styles.wrap}>{t("measure.view.campaignChosen")}</Caption1>}
      {!props.surveying && groups && groups.length === 0 && <Caption1 className={styles.wrap}>{t("measure.view.none")}</Caption1>}
      {!props.surveying && groups && groups.length === 1 && (
        <MessageBar intent="info" data-testid="merge-measure-agreed">
          <MessageBarBody className={styles.wrap}>
            {t("measure.view.agreed", {
              count: groups[0]!.files.length,
              form: `${groups[0]!.info.formId} v${groups[0]!.info.formVersion}`,
              campaign: groups[0]!.info.campaignTitle[lang],
              campaignId: groups[0]!.info.campaignId,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {!props.surveying && groups && groups.length > 1 && !props.campaignChosen && (
        <>
          <MessageBar intent={props.needPick ? "error" : "warning"}>
            <MessageBarBody className={styles.wrap}>{t(props.needPick ? "measure.view.needPick" : "measure.view.disagree")}</MessageBarBody>
          </MessageBar>
          <RadioGroup
            value={props.picked ?? ""}
            onChange={(_, d) => props.onPick(d.value)}
            aria-label={t("measure.view.heading")}
            data-testid="merge-measure-choices"
          >
            {groups.map((g) => (
              <Radio
                key={g.info.id}
                value={g.info.id}
                label={
                  <span className={styles.wrap}>
                    {label(g)}
                    <br />
                    <Caption1>
                      {t("measure.view.files", {
                        files:
                          g.files.slice(0, FILES_SHOWN).join(", ") +
                          (g.files.length > FILES_SHOWN ? ` (+${g.files.length - FILES_SHOWN})` : ""),
                      })}
                    </Caption1>
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </>
      )}
    </div>
  );
}
