/**
 * The Kiểm tra view's state: run a check on the open workbook (one batched read through the port) or
 * on an opened .xlsx file (read in memory by the fast reader), and re-check after edits, debounced.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Catalog } from "../../domain/catalog";
import type { CheckIssue } from "../../domain/check";
import { CarriedCatalogs } from "../../domain/forms/carried-definition";
import { checkByDefinition } from "../../domain/forms/check-by-definition";
import { useDefinition } from "../forms/definition";
import type { AppError } from "../../domain/errors";
import type { RawWorkbook } from "../../domain/raw";
import { readWorkbook } from "../../workbook/file/reader";
import type { WorkbookPort } from "../../workbook/port";

export type CheckState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly issues: readonly CheckIssue[]; readonly fileName: string | null }
  | { readonly status: "failed"; readonly error: AppError | string };

/** Edits come in bursts (a paste, a fill-down): wait for a pause before reading again. */
export const RECHECK_DEBOUNCE_MS = 500;

/** By the definition chosen in the pane, or else the one the workbook carries. */
function check(raw: RawWorkbook, chosen: Catalog | null, carried: CarriedCatalogs): readonly CheckIssue[] {
  return checkByDefinition(raw, chosen, carried).result.issues;
}

export function useCheck(port: WorkbookPort | null) {
  const { definition } = useDefinition();
  const chosen = definition.source === null ? null : definition.catalog;
  const carried = useMemo(() => new CarriedCatalogs(), []);
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const [checkedOnce, setCheckedOnce] = useState(false);
  // A later run wins: an older read that finishes last must not overwrite a newer result.
  const runId = useRef(0);

  const checkOpenWorkbook = useCallback(async () => {
    if (!port) return;
    const id = ++runId.current;
    setState({ status: "running" });
    try {
      const raw = await port.read();
      if (id === runId.current) setState({ status: "done", issues: check(raw, chosen, carried), fileName: null });
      setCheckedOnce(true);
    } catch (error) {
      if (id === runId.current) setState({ status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }, [port, chosen, carried]);

  const checkFile = useCallback(async (file: File) => {
    const id = ++runId.current;
    setState({ status: "running" });
    try {
      const read = readWorkbook(new Uint8Array(await file.arrayBuffer()));
      if (id !== runId.current) return;
      setState(read.ok ? { status: "done", issues: check(read.value.workbook, chosen, carried), fileName: file.name } : { status: "failed", error: read.error });
    } catch (error) {
      if (id === runId.current) setState({ status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }, [chosen, carried]);

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
      .then((off) => (disposed ? off() : (unsubscribe = off)))
      .catch(() => undefined); // change events not supported here: the button still works
    return () => {
      disposed = true;
      if (timer) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, checkedOnce, checkOpenWorkbook]);

  return { state, checkOpenWorkbook, checkFile };
}
