/**
 * The Kiểm tra view's state: run a check on the open workbook (one batched read through the port) or
 * on an opened .xlsx file (read in memory by the fast reader), and re-check after edits, debounced.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { loadCatalog } from "../../domain/catalog";
import { checkWorkbook, type CheckIssue } from "../../domain/check";
import type { AppError } from "../../domain/errors";
import type { RawWorkbook } from "../../domain/raw";
import { readWorkbook } from "../../workbook/file/reader";
import { t } from "../../domain/i18n/strings";
import type { WorkbookPort } from "../../workbook/port";

export type CheckState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly issues: readonly CheckIssue[]; readonly fileName: string | null }
  | { readonly status: "failed"; readonly error: AppError | string };

/** Edits come in bursts (a paste, a fill-down): wait for a pause before reading again. */
export const RECHECK_DEBOUNCE_MS = 500;

function check(raw: RawWorkbook): readonly CheckIssue[] {
  return checkWorkbook(loadCatalog(), raw).issues;
}

export function useCheck(port: WorkbookPort | null) {
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const [checkedOnce, setCheckedOnce] = useState(false);
  // True only once Excel accepted the change-event subscription: the view promises re-checks only then.
  const [watching, setWatching] = useState(false);
  // A later run wins: an older read that finishes last must not overwrite a newer result.
  const runId = useRef(0);

  const checkOpenWorkbook = useCallback(async () => {
    if (!port) return;
    const id = ++runId.current;
    setState({ status: "running" });
    try {
      const raw = await port.read();
      if (id === runId.current) setState({ status: "done", issues: check(raw), fileName: null });
      setCheckedOnce(true);
    } catch {
      // Office's own error text (a code, English, internals) is not for the user: the catalog says what to do.
      if (id === runId.current) setState({ status: "failed", error: { code: "excel.read", vi: t("vi", "check.view.excelReadFailed"), en: t("en", "check.view.excelReadFailed") } });
    }
  }, [port]);

  const checkFile = useCallback(async (file: File) => {
    const id = ++runId.current;
    setState({ status: "running" });
    try {
      const read = readWorkbook(new Uint8Array(await file.arrayBuffer()));
      if (id !== runId.current) return;
      setState(read.ok ? { status: "done", issues: check(read.value.workbook), fileName: file.name } : { status: "failed", error: read.error });
    } catch (error) {
      if (id === runId.current) setState({ status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  // Re-check after edits, once the user has checked (no reads behind their back before that).
  useEffect(() => {
    if (!port?.onChanged || !checkedOnce) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    port
      .onChanged(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void checkOpenWorkbook(), RECHECK_DEBOUNCE_MS);
      })
      .then((off) => {
        if (disposed) return off();
        unsubscribe = off;
        setWatching(true);
      })
      .catch(() => undefined); // change events not supported here: the button still works
    return () => {
      disposed = true;
      setWatching(false);
      if (timer) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, checkedOnce, checkOpenWorkbook]);

  return { state, checkOpenWorkbook, checkFile, watching };
}
