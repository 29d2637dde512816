/**
 * What the reader remembers from file to file belongs to a WorkbookReader (its ReaderMemory), which
 * whoever reads a series of files creates and drops: a merge, the CLI's validate. Readers share
 * nothing, a read on its own remembers nothing, and a reader's memory does not grow with the files it
 * reads. (That no reader module keeps state of its own is enforced by the lint: eslint.config.mjs.)
 */
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import { readWorkbook, WorkbookReader } from "../../src/workbook/file/reader";
import { handXlsx } from "./build-xlsx";
import { render } from "../../src/domain/i18n/message";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** A small workbook of its own: its own sheet name, names and figures, so no part repeats another file's. */
const book = (i: number) =>
  handXlsx({
    sheets: [
      {
        name: `Biểu ${i % 7}`,
        data: `<row r="2"><c r="B2"><v>${i}</v></c><c r="C2" t="s"><v>${i % 2}</v></c></row><row r="3"><c r="B3"><v>${i * 3}</v></c></row>`,
      },
    ],
    names: [
      ["UR_X", `'Biểu ${i % 7}'!$B$2`],
      [`UR_Y${i % 5}`, `'Biểu ${i % 7}'!$B$2:$C$3`],
    ],
    sharedStrings: [`Đoàn viên ${i}`, `Công đoàn ${i}`],
  });

const result = (read: ReturnType<typeof readWorkbook>) => {
  if (!read.ok) throw new Error(render("en", read.error));
  const { ms: _ms, ...stats } = read.value.stats;
  return { workbook: read.value.workbook, flags: read.value.flags, stats };
};

describe("a reader's memory", () => {
  const files = Array.from({ length: 6 }, (_, i) => book(i));
  const alone = files.map((bytes) => result(readWorkbook(bytes)));

  it("is its own: readers interleaved over different files each give what a read from scratch gives", () => {
    const first = new WorkbookReader();
    const second = new WorkbookReader();
    for (const [reader, index] of [
      [first, 0],
      [second, 1],
      [first, 1],
      [second, 0],
      [first, 2],
      [second, 2],
      [second, 3],
      [first, 0],
      [first, 0],
      [second, 5],
    ] as const) {
      expect(result(reader.readWorkbook(files[index]!))).toEqual(alone[index]);
    }
    // A file read with a skipped name by one reader, and in full by another, just after.
    expect(first.readWorkbook(files[4]!, undefined, { skipNames: ["UR_X"] })).toMatchObject({ ok: true });
    expect(result(second.readWorkbook(files[4]!))).toEqual(alone[4]);
    expect(result(first.readWorkbook(files[4]!))).toEqual(alone[4]);
  });

  it("does not grow with the files read: 1,000 different files leave the heap where 100 left it", () => {
    const reader = new WorkbookReader();
    const heapAfter = (from: number, to: number): number => {
      for (let i = from; i < to; i++) {
        if (!reader.readWorkbook(book(i)).ok) throw new Error(`file ${i} unreadable`);
        if (i % 4 === 0 && !readWorkbook(book(i + 1)).ok) throw new Error(`file ${i + 1} unreadable alone`);
      }
      collectGarbage();
      collectGarbage();
      return process.memoryUsage().heapUsed;
    };
    heapAfter(0, 100);
    const at100 = heapAfter(100, 200);
    const at1000 = heapAfter(200, 1000);
    // 800 more files: a memory that kept 1.3 KB per file would show 1 MB here (this run's own noise is about 0.3 MB).
    expect(at1000 - at100).toBeLessThan(1024 * 1024);
  });
});
