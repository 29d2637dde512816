/**
 * What the officer sees when a run ends: focus goes to what happened (the download, the results'
 * heading, or the message), the steps stay in sight while it runs, a notice says what the last action
 * did, and the consolidated workbook is written into the open workbook (Excel) after a yes.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { MeasureGroup } from "../../domain/merge/measure";
import type { Message } from "../../domain/merge";
import type { WorkbookPort, WritePlanOptions } from "../../workbook/port";
import type { MergeState } from "./useMerge";
import { failure } from "../failure";

export type Notice = { readonly intent: "success" | "warning" | "error"; readonly text: string };

/** The facts of a merge's state the view shows. */
export interface MergeResultView {
  readonly running: boolean;
  readonly finished: boolean;
  /** A consolidated result to show, download or write. */
  readonly hasResult: boolean;
  readonly rosterProblem: Message | null;
  readonly previousProblem: Message | null;
  /** The measures a run stopped on (the files disagreed): offered to pick from. */
  readonly stoppedMeasures: readonly MeasureGroup[] | null;
}

export function mergeResultView(state: MergeState): MergeResultView {
  const done = state.status === "done" ? state : null;
  return {
    running: state.status === "running",
    finished: state.status === "done" || state.status === "failed" || state.status === "cancelled",
    hasResult: !!done?.outcome.ok,
    rosterProblem: done?.rosterProblem ?? null,
    previousProblem: done?.previousProblem ?? null,
    stoppedMeasures: done && !done.outcome.ok ? (done.outcome.measures ?? null) : null,
  };
}

/** The words of a write into the open workbook, as a notice (the reason of a failure rendered by `reason`). */
export type WriteWords = {
  readonly written: (count: number) => string;
  readonly declined: string;
  readonly failed: (reason: Message) => string;
};

export function useMergeResult(state: MergeState) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  const downloadButton = useRef<HTMLButtonElement>(null);
  const { finished, running } = mergeResultView(state);

  // When a run ends, focus goes to what happened, not to the top of the page; after a merge that wrote a
  // workbook, to its download button: the next thing the officer does.
  useEffect(() => {
    if (!finished) return;
    (downloadButton.current ?? resultsHeading.current ?? outcomeBox.current)?.focus();
  }, [finished, state]);
  // The steps stay in sight at 350 × 800: brought into view when the merge starts.
  useEffect(() => {
    if (running) outcomeBox.current?.scrollIntoView?.({ block: "nearest" });
  }, [running]);

  const writeInto = useCallback(
    async (port: WorkbookPort, confirmReplace: WritePlanOptions["confirmReplace"], words: WriteWords) => {
      if (state.status !== "done" || !state.outcome.ok) return;
      setNotice(null);
      try {
        const outcome = await port.writePlan(state.outcome.plan, { confirmReplace });
        setNotice(
          outcome.written ? { intent: "success", text: words.written(outcome.sheets.length) } : { intent: "warning", text: words.declined },
        );
      } catch (error) {
        setNotice({ intent: "error", text: words.failed(failure(error)) });
      }
    },
    [state],
  );

  return { notice, setNotice, writeInto, refs: { resultsHeading, outcomeBox, downloadButton } };
}
