/**
 * The files of the merge: picked, a whole folder picked (where the browser has a folder picker), or
 * dropped — any file, even a .xls or a .pdf: each gets a verdict with its reason — and the list of
 * those chosen, each removable. Its state is useChosenFiles's.
 */
import { useMemo, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { Button, Caption1, Field } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useMergeFormStyles } from "./merge-form-styles";
import { ChosenFiles } from "./ChosenFiles";
import type { ChosenFile } from "./chosen";

/**
 * A button opening a hidden file input: several files, or with `folder` every file of a folder. No accept
 * filter: a unit's .xlsm, .xls or .pdf must reach the reader and get its reason, not vanish.
 */
function FilePicker(props: {
  label: string;
  inputLabel: string;
  testId: string;
  folder?: boolean;
  disabled: boolean;
  onFiles: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const styles = useMergeFormStyles();
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()} disabled={props.disabled}>
        {props.label}
      </Button>
      <input
        ref={(el) => {
          input.current = el;
          if (props.folder) el?.setAttribute("webkitdirectory", "");
        }}
        className={styles.hidden}
        type="file"
        multiple
        onChange={props.onFiles}
        aria-label={props.inputLabel}
        data-testid={props.testId}
      />
    </>
  );
}

export function MergeFilesField(props: {
  files: readonly ChosenFile[];
  disabled: boolean;
  onAdd: (files: FileList | null) => void;
  onRemove: (index: number) => void;
  onClear: () => void;
}) {
  const styles = useMergeFormStyles();
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);
  // Folder pickers exist in Chromium, Edge, Firefox and Safari, not in every embedded browser.
  const folderPicking = useMemo(() => typeof document !== "undefined" && "webkitdirectory" in document.createElement("input"), []);
  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    props.onAdd(event.target.files);
    event.target.value = "";
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    props.onAdd(event.dataTransfer.files);
  };
  return (
    <>
      <Field label={t("merge.view.files")}>
        <div
          className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="merge-drop"
        >
          <FilePicker
            label={t("merge.view.pickFiles")}
            inputLabel={t("merge.view.files")}
            testId="merge-files-input"
            disabled={props.disabled}
            onFiles={onFiles}
          />
          {folderPicking && (
            <FilePicker
              label={t("merge.view.pickFolder")}
              inputLabel={t("merge.view.pickFolder")}
              testId="merge-folder-input"
              folder
              disabled={props.disabled}
              onFiles={onFiles}
            />
          )}
          <Caption1 className={styles.wrap}>{t("merge.view.dropHint")}</Caption1>
        </div>
      </Field>
      <ChosenFiles files={props.files} disabled={props.disabled} onRemove={props.onRemove} onClear={props.onClear} />
    </>
  );
}
