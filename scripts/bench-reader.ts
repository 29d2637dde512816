/**
 * Benchmark of the .xlsx reader against two baselines, on the same files in the same process:
 * - ExcelJS's full `workbook.xlsx.load` (what reading would cost without our reader) — target: ≥ 5× slower than ours;
 * - fflate `unzipSync` of every entry (the floor: merely decompressing the files) — target: ours ≤ 3× of it.
 *
 * Files are real templates (layout engine + file writer, the Resolution 6a review: every table, ~200 names and more),
 * each filled with different random figures. Timings are printed, never asserted (no timing in jest).
 *
 * Run (no ts-node/tsx in the project; plain tsc to a cache folder, then node):
 *   npx tsc -p scripts/tsconfig.bench.json && node node_modules/.cache/bench-reader/scripts/bench-reader.js [files=1000] [distinct=50]
 */
import { unzipSync } from "fflate";
import * as ExcelJS from "exceljs";
import { loadCatalog, resolveCampaign } from "../src/domain/definition";
import { buildTemplate } from "../src/domain/layout";
import { figureKey, type FigureKey } from "../src/domain/submission";
import { writeWorkbook } from "../src/workbook/file/writer";
import { readWorkbook } from "../src/workbook/file/reader";
import { render } from "../src/domain/i18n/message";

const now = (): number => performance.now();

async function makeFiles(distinct: number): Promise<Uint8Array[]> {
  const catalog = loadCatalog();
  const campaign = resolveCampaign(catalog.campaignDefs, "tk10-nq6a-2011-2020");
  if (!campaign.ok) throw new Error(render("en", campaign.error));
  const files: Uint8Array[] = [];
  for (let i = 0; i < distinct; i++) {
    const base = buildTemplate({ catalog, campaign: campaign.value });
    const figures = new Map<FigureKey, number | null>();
    for (const cell of base.cells) figures.set(figureKey(cell.code, cell.column), Math.floor(Math.random() * 5000));
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign.value,
      unit: { unitName: `CĐCS số ${i + 1}`, unitCode: `U${String(i + 1).padStart(4, "0")}`, level: "cdcs", datePrepared: "2020-07-15" },
      figures,
    });
    files.push(await writeWorkbook(plan));
  }
  return files;
}

async function timeIt(label: string, files: readonly Uint8Array[], run: (bytes: Uint8Array) => unknown, rounds: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const started = now();
    for (const bytes of files) await run(bytes);
    best = Math.min(best, now() - started);
  }
  console.log(
    `${label.padEnd(34)} ${best.toFixed(0).padStart(7)} ms  (${((best / files.length) * 1000).toFixed(0)} µs/file, best of ${rounds})`,
  );
  return best;
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 1000);
  const distinct = Math.min(total, Number(process.argv[3] ?? 50));
  console.log(`Making ${distinct} distinct templates, cycled to ${total} files...`);
  const made = await makeFiles(distinct);
  const files = Array.from({ length: total }, (_, i) => made[i % distinct]);
  const sample = readWorkbook(files[0]);
  if (!sample.ok) throw new Error(render("en", sample.error));
  const parts = Object.keys(unzipSync(files[0])).length;
  console.log(
    `One file: ${files[0].length} bytes, ${parts} zip entries, ${sample.value.workbook.names.size} UR_ names, ` +
      `${sample.value.stats.partsRead} parts read, ${sample.value.stats.inflatedBytes} bytes inflated, ${sample.value.stats.cellsRead} cells counted`,
  );

  // Warm up the JIT on every path before measuring.
  for (const bytes of made) {
    unzipSync(bytes);
    readWorkbook(bytes);
  }
  const floor = await timeIt("fflate unzipSync (all entries)", files, (bytes) => unzipSync(bytes), 5);
  const ours = await timeIt(
    "readWorkbook",
    files,
    (bytes) => {
      const result = readWorkbook(bytes);
      if (!result.ok) throw new Error(render("en", result.error));
    },
    5,
  );
  const excel = await timeIt(
    "ExcelJS workbook.xlsx.load",
    files,
    async (bytes) => {
      await new ExcelJS.Workbook().xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    },
    1,
  );

  console.log("");
  console.log(`ExcelJS load / readWorkbook  = ${(excel / ours).toFixed(1)}×   (target ≥ 5×)`);
  console.log(`readWorkbook / unzip floor   = ${(ours / floor).toFixed(2)}×  (target ≤ 3×, for reading + checking + consolidating)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
