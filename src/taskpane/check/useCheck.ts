/**
 * The Kiểm tra view's state: run a check through the WorkbookPort — the open workbook inside Excel, or an
 * opened .xlsx file held by the file adapter (read by the fast reader) — and re-check after edits, debounced.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Definition } from "../../domain/definition";
import type { CheckIssue } from "../../domain/check";
import { CarriedCatalogs } from "../../domain/definition/carried-definition";
import { checkByDefinition } from "../../domain/check/check-by-definition";
import { useDefinition } from "../forms/definition";
import type { AppError } from "../../domain/errors";
import type { RawWorkbook } from "../../domain/raw";
import { createFileWorkbook } from "../../workbook/file/fileWorkbook";
import type { WorkbookPort } from "../../workbook/port";
import { failure } from "../failure";

export type CheckState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  /** filled: at least one figure was entered (an untouched template is not "no errors"). */
  | { readonly status: "done"; readonly issues: readonly CheckIssue[]; readonly fileName: string | null; readonly filled: boolean }
  | { readonly status: "failed"; readonly error: AppError };

/** Edits come in bursts (a paste, a fill-down): wait for a pause before reading again. */
export const RECHECK_DEBOUNCE_MS = 500;

/** By the definition chosen in the pane, or else the one the workbook carries. */
function check(raw: RawWorkbook, chosen: Definition | null, carried: CarriedCatalogs): { issues: readonly CheckIssue[]; filled: boolean } {
  const reading = checkByDefinition(raw, chosen, carried).result;
  const figures = reading.submission ? [...reading.submission.figures.values()] : [];
  // Without a submission there is nothing to fill; the issues say why.
  return { issues: reading.issues, filled: !reading.submission || figures.some((v) => v !== null) };
}

export function useCheck(port: WorkbookPort | null) {
  const { choice } = useDefinition();
  const chosen = choice.source === null ? null : choice.definition;
  const carried = useMemo(() => new CarriedCatalogs(), []);
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const [checkedOnce, setCheckedOnce] = useState(false);
  // True only once Excel accepted the change-event subscription: the view promises re-checks only then.
  const [watching, setWatching] = useState(false);
  // A later run wins: an older read that finishes last must not overwrite a newer result.
  const runId = useRef(0);

  /** One batched read through the port, whichever holds the workbook: Excel's open one, or a file opened here. */
  const checkThrough = useCallback(
    async (workbook: () => Promise<WorkbookPort>, fileName: string | null): Promise<boolean> => {
      const id = ++runId.current;
      setState({ status: "running" });
      try {
        const raw = await (await workbook()).read();
        if (id === runId.current) setState({ status: "done", ...check(raw, chosen, carried), fileName });
        return true;
      } catch (error) {
        // A file the reader refuses comes back as its own Vietnamese and English reason (AppErrorException).
        if (id === runId.current) setState({ status: "failed", error: failure(error) });
        return false;
      }
    },
    [chosen, carried],
  );

  const checkOpenWorkbook = useCallback(async () => {
    if (!port) return;
    if (await checkThrough(async () => port, null)) setCheckedOnce(true);
  }, [port, checkThrough]);

  const checkFile = useCallback(
    async (file: File) => {
      await checkThrough(async () => createFileWorkbook(new Uint8Array(await file.arrayBuffer())), file.name);
    },
    [checkThrough],
  );

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
