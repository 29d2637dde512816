// In-process A/B of the matrix province merge (issue 22 item 5): two compiled trees of this repository
// (as scripts/bench-ab.sh makes them) in one process, merging the same district workbooks of
// `npm run bench:national -- FORMS=matrix` from memory, in alternating rounds (A B, then B A, ...), and
// writing the province workbook. Prints per-round CPU and wall times, the ratio B / A of each round pair and
// its median and quartiles, and whether both sides wrote the same figures.
// Run: scripts/bench-ab.sh BASE 0 ROUNDS province DISTRICT.xlsx...
"use strict";
const { performance } = require("perf_hooks");
const { join } = require("path");
const { readFileSync } = require("fs");

const [rootA, rootB, roundsText, base, ...paths] = process.argv.slice(2);
const ROUNDS = Number(roundsText);
const PROVINCE = { code: "T01", name: "T01 (benchmark)", level: "tinh" };
const files = paths.map((p) => ({ name: p, bytes: new Uint8Array(readFileSync(p)) }));

function tree(root) {
  const at = (path) => require(join(root, path));
  // The matrix form of bench:national, made by each tree's own code (scripts/matrix-definition.ts compiled with it).
  const matrix = at("scripts/matrix-definition");
  const catalog = matrix.matrixCatalog();
  return {
    catalog,
    options: { campaignId: matrix.MATRIX_CAMPAIGN_ID, definition: catalog, mergingUnit: PROVINCE, today: "2026-06-20" },
    merge: at("src/app/merge"),
    writer: at("src/workbook/file/writer"),
    reader: at("src/workbook/file/reader"),
  };
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * q)];
const median = (xs) => quantile(xs, 0.5);

/** Every defined name's values of a written workbook, in one text: equal texts = equal figures. */
function figuresOf(t, bytes) {
  const read = t.reader.readWorkbook(bytes, { maxFileBytes: 1 << 30, maxCells: 50_000_000 });
  if (!read.ok) throw new Error("unreadable output");
  return JSON.stringify([...read.value.workbook.names].map(([key, range]) => [key, range.cells.map((row) => row.map((c) => c.value))]));
}

async function main() {
  const sides = { A: tree(rootA), B: tree(rootB) };
  const run = async (t) => {
    const outcome = await t.merge.mergeFiles(
      t.catalog,
      files.map((f) => ({ name: f.name, bytes: f.bytes })),
      t.options,
    );
    if (!outcome.ok || outcome.result.summary.rejected > 0) throw new Error("the district workbooks must all be accepted");
    return t.writer.writeWorkbook(outcome.plan);
  };
  const written = { A: await run(sides.A), B: await run(sides.B) };
  const same = figuresOf(sides.B, written.A) === figuresOf(sides.B, written.B);
  console.log(
    `A = ${base}, B = working tree; ${files.length} district workbooks, ${ROUNDS} rounds alternating A B / B A; node ${process.version}`,
  );
  console.log(`same figures in A's and B's province workbooks: ${same ? "yes" : "NO"} (${written.A.length} / ${written.B.length} bytes)`);
  const times = { wall: { A: [], B: [] }, cpu: { A: [], B: [] } };
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 === 0 ? ["A", "B"] : ["B", "A"]) {
      globalThis.gc?.();
      const started = performance.now();
      const cpu = process.cpuUsage();
      await run(sides[side]);
      const used = process.cpuUsage(cpu);
      times.wall[side].push(performance.now() - started);
      times.cpu[side].push((used.user + used.system) / 1000);
    }
  }
  console.log("\nmatrix province: mergeFiles + writeWorkbook");
  for (const [clock, { A: a, B: b }] of Object.entries(times)) {
    const ratios = b.map((x, i) => x / a[i]);
    console.log(`  ${clock} A ms: ${a.map((x) => x.toFixed(0)).join(" ")}`);
    console.log(`  ${clock} B ms: ${b.map((x) => x.toFixed(0)).join(" ")}`);
    console.log(`  ${clock} B/A:  ${ratios.map((x) => x.toFixed(3)).join(" ")}`);
    console.log(
      `  ${clock}: median A ${median(a).toFixed(0)} ms, median B ${median(b).toFixed(0)} ms, median ratio B/A ${median(ratios).toFixed(3)} (quartiles ${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)})`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
