/**
 * Office.js errors the officer can act on, named in their words: a payload Excel on the web still
 * refuses, a batch refused because a cell is being edited. Anything else stays as Office.js threw it
 * (the pane says "unexpected error" and logs the detail).
 */
import { AppErrorException } from "../../domain/errors";
import { message, type StringKey } from "../../domain/i18n/strings";
import { errorCode } from "./sync";

const NAMED: Readonly<Record<string, StringKey>> = {
  RequestPayloadSizeLimitExceeded: "excel.error.payload",
  ResponsePayloadSizeLimitExceeded: "excel.error.payload",
  InvalidOperationInCellEditMode: "excel.error.cellEdit",
};

/** The error as the pane should show it: ours with words when Office's code is one we can explain. */
export function named(error: unknown): unknown {
  const code = errorCode(error);
  const key = NAMED[code];
  if (!key) return error;
  const named = new AppErrorException(message(`excel.${code}`, key));
  (named as { cause?: unknown }).cause = error; // the detail stays for whoever supports the officer
  return named;
}

/** Runs an operation of the port, naming what Excel refused. */
export async function naming<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw named(error);
  }
}
