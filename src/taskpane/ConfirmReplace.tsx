/**
 * The question the WorkbookPort asks before replacing sheets that hold data (`confirmReplace`), as a
 * Fluent dialog: the hook turns the port's promise into dialog state, the component shows it.
 */
import { useRef, useState } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export function useConfirmReplace(): { sheets: readonly string[] | null; confirmReplace: (sheets: readonly string[]) => Promise<boolean>; answer: (yes: boolean) => void } {
  const [sheets, setSheets] = useState<readonly string[] | null>(null);
  const resolve = useRef<((yes: boolean) => void) | null>(null);
  const confirmReplace = (asked: readonly string[]): Promise<boolean> =>
    new Promise((done) => {
      resolve.current = done;
      setSheets(asked);
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

export function ConfirmReplaceDialog({ sheets, texts, answer }: { sheets: readonly string[] | null; texts: ConfirmReplaceTexts; answer: (yes: boolean) => void }) {
  return (
    <Dialog open={sheets !== null} modalType="alert" onOpenChange={(_e, data) => !data.open && answer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{texts.title}</DialogTitle>
          <DialogContent>{texts.body((sheets ?? []).join(", "))}</DialogContent>
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
