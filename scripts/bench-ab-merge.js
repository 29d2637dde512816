// The A/B driver of scripts/bench-ab.sh: two compiled trees of this repository in one process, the
// merge (read + check + consolidate + plan: mergeFiles) and the exact running sum alone, timed in
// alternating rounds (A B, then B A, ...) on the same in-memory files. Prints per-round times, the
// ratio B / A of each round pair, and the median ratio.
"use strict";
const { performance } = require("perf_hooks");
const { join } = require("path");
const { existsSync } = require("fs");

const [rootA, rootB, nText, roundsText, base] = process.argv.slice(2);
const N = Number(nText);
const ROUNDS = Number(roundsText);
const DISTRICT = { code: "BENCH", name: "LĐLĐ huyện (benchmark)", level: "huyen" };
const OPTIONS = { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-15" };

function tree(root) {
  const at = (path) => require(join(root, path));
  // The definition's home: src/domain/definition/ (issue 21); a tree from before it has src/domain/catalog/index.
  const definition = existsSync(join(root, "src/domain/definition/index.js")) ? at("src/domain/definition") : at("src/domain/catalog");
  const catalog = definition.loadCatalog();
  return {
    catalog,
    // The merge's orchestration: src/app/merge/ (issue 21); a tree from before it has it in src/workbook/merge.
    merge: existsSync(join(root, "src/app/merge/index.js")) ? at("src/app/merge") : at("src/workbook/merge"),
    writer: at("src/workbook/file/writer"),
    layout: at("src/domain/layout"),
    domainMerge: at("src/domain/merge"),
    sample: at("src/domain/merge/sample"),
    campaign: definition.resolveCampaign(catalog.campaignDefs, OPTIONS.campaignId),
  };
}

/** N submissions as bench-merge.ts makes them: every input cell filled (varied), the rule-bound ones from the sample generator. */
async function generate(t) {
  const { catalog, layout, sample, writer } = t;
  const campaign = t.campaign.value;
  const inputs = layout.buildTemplate({ catalog, campaign }).cells.filter((c) => c.input);
  const ruleCodes = new Set(catalog.rules.flatMap((r) => [...r.left, ...r.right].map((term) => term.code)));
  const files = [];
  for (let i = 1; i <= N; i++) {
    const figures = new Map();
    inputs.forEach((c, j) => {
      if (ruleCodes.has(c.code)) return;
      figures.set(
        `${c.code}@${c.column}`,
        (i * 31 + j * 17) % 7 === 0 ? null : c.valueType === "decimal" ? ((i * 977 + j * 131) % 100_000) / 1000 : (i * 13 + j * 7) % 500,
      );
    });
    for (const [key, value] of sample.sampleFigures(sample.SAMPLE_UNITS[i % sample.SAMPLE_UNITS.length], i, 1 + (i % 5)))
      figures.set(key, value);
    const { plan } = layout.buildTemplate({
      catalog,
      campaign,
      unit: { unitCode: `CD${i}`, unitName: `CĐCS số ${i}`, level: "cdcs", datePrepared: "2026-06-05" },
      figures,
    });
    files.push({ name: `cdcs-${i}.xlsx`, bytes: await writer.writeWorkbook(plan) });
  }
  return files;
}

/** A million figures as a merge sums them: counts, and money with 3 decimals. */
const FIGURES = Array.from({ length: 1_000_000 }, (_, i) => (i % 3 === 0 ? ((i * 977) % 100_000) / 1000 : (i * 13) % 500));

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * q)];
const median = (xs) => quantile(xs, 0.5);

async function main() {
  const A = tree(rootA);
  const B = tree(rootB);
  const files = await generate(B);
  const measures = {
    "mergeFiles (read + check + consolidate + plan)": async (t) => {
      const outcome = await t.merge.mergeFiles(t.catalog, files, OPTIONS);
      if (!outcome.ok || outcome.result.summary.accepted + outcome.result.summary.warnings !== N)
        throw new Error("the bench files must all be accepted");
    },
    "ExactTotal.add over 1,000,000 figures + sameFigure": async (t) => {
      const total = new t.domainMerge.ExactTotal();
      let same = 0;
      for (const x of FIGURES) {
        total.add(x);
        if (t.domainMerge.sameFigure(x, x)) same++;
      }
      if (total.value() === null || same !== FIGURES.length) throw new Error("sum failed");
    },
  };
  console.log(`A = ${base}, B = working tree; ${N} files, ${ROUNDS} rounds alternating A B / B A; node ${process.version}`);
  for (const [label, run] of Object.entries(measures)) {
    for (const t of [A, B]) for (let i = 0; i < 2; i++) await run(t); // warm-up (JIT) of both
    // Wall time, and this process's CPU time (user + system): on a loaded machine the CPU time is what
    // other processes disturb least.
    const times = { wall: { A: [], B: [] }, cpu: { A: [], B: [] } };
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 === 0 ? ["A", "B"] : ["B", "A"]) {
        globalThis.gc?.();
        const started = performance.now();
        const cpu = process.cpuUsage();
        await run(side === "A" ? A : B);
        const used = process.cpuUsage(cpu);
        times.wall[side].push(performance.now() - started);
        times.cpu[side].push((used.user + used.system) / 1000);
      }
    }
    console.log(`\n${label}`);
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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
