/**
 * Our own writes and the live re-check. Excel raises change events for the add-in's writes as for the
 * user's, and a re-check started by one would read a half-written workbook. So while we write, the
 * events are switched off where Excel can (Runtime.enableEvents, ExcelApi 1.8, write.ts) and ignored
 * where it cannot; once the write is over, the listeners are called once, as one change.
 */
export interface QuietWrites {
  /** Runs one of our own changes; `recheck`: the listeners are called once after it (a write changes data, a highlight only fills). */
  during<T>(work: () => Promise<T>, recheck: boolean): Promise<T>;
  /** A change listener that hears nothing while we write (`heard` goes to Excel's event), until `stop`. */
  listener(callback: () => void): { heard: () => void; stop: () => void };
}

export function quietWrites(): QuietWrites {
  let writing = 0;
  const listening = new Set<() => void>();
  return {
    async during(work, recheck) {
      writing++;
      try {
        return await work();
      } finally {
        writing--;
        if (recheck && writing === 0) for (const callback of [...listening]) callback();
      }
    },
    listener(callback) {
      listening.add(callback);
      return {
        heard: () => {
          if (writing === 0) callback();
        },
        stop: () => void listening.delete(callback),
      };
    },
  };
}
