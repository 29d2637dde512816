/**
 * The question the WorkbookPort asks before replacing sheets that hold data (`confirmReplace`), as a
 * Fluent dialog: the hook turns the port's promise into dialog state, the component shows it. Inside
 * Excel the question also names the user's own formulas and names that refer to those sheets.
 */
import { useRef, useState } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useI18n } from "./i18n";

/** The sheets to be replaced and the user's references into them ("'Tổng hợp'!B5", a name). */
export interface ReplaceQuestion {
  readonly sheets: readonly string[];
  readonly references: readonly string[];
}

/** How many references the dialog lists before "…". */
const SHOWN_REFERENCES = 8;

export function useConfirmReplace(): {
  sheets: ReplaceQuestion | null;
  confirmReplace: (sheets: readonly string[], references?: readonly string[]) => Promise<boolean>;
  answer: (yes: boolean) => void;
} {
  const [sheets, setSheets] = useState<ReplaceQuestion | null>(null);
  const resolve = useRef<((yes: boolean) => void) | null>(null);
  const confirmReplace = (asked: readonly string[], references: readonly string[] = []): Promise<boolean> =>
    new Promise((done) => {
      resolve.current = done;
      setSheets({ sheets: asked, references });
    });
  const answer = (yes: boolean): void => {
    setSheets(null);
    resolve.current?.(yes);
    resolve.current = null;
  };
  return { sheets, confirmReplace, answer };
}

export interface ConfirmReplaceTexts {
  readonly title: string;
  /** The body, given the sheet names joined. */
  readonly body: (sheets: string) => string;
  readonly keep: string;
  readonly replace: string;
}

/** `sheets`: the question asked (null: no dialog). */
export function ConfirmReplaceDialog({
  sheets,
  texts,
  answer,
}: {
  sheets: ReplaceQuestion | null;
  texts: ConfirmReplaceTexts;
  answer: (yes: boolean) => void;
}) {
  const { t } = useI18n();
  const references = sheets?.references ?? [];
  const listed = references.length > SHOWN_REFERENCES ? [...references.slice(0, SHOWN_REFERENCES), "…"] : references;
  return (
    <Dialog open={sheets !== null} modalType="alert" onOpenChange={(_e, data) => !data.open && answer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{texts.title}</DialogTitle>
          <DialogContent>
            <p>{texts.body((sheets?.sheets ?? []).join(", "))}</p>
            {references.length > 0 && (
              <p data-testid="replace-references">{t("excel.replace.references", { references: listed.join(", ") })}</p>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => answer(false)}>
              {texts.keep}
            </Button>
            <Button appearance="primary" onClick={() => answer(true)}>
              {texts.replace}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
