/**
 * Benchmark of the checks: a full filled template (periodic report, all four tables), checked N times.
 * Prints the mean compute time of one check (readSubmission + checkRules, our own compute after the
 * one read round trip) — the target is under 100 ms — against a baseline measured in the same run on
 * the same file: reading it with the fast reader. Ratios are printed, nothing is asserted (no timing
 * in jest: machines differ).
 *
 * Also: the same rules with × on one side (evaluated as exact fractions, src/domain/exact/fraction.ts)
 * against the shipped sums, on the same submission.
 *
 * Run: npm run bench:check [-- N=200]
 */
import { loadCatalog, resolveCampaign, SHIPPED_DEFINITION, type Definition } from "../src/domain/definition";
import type { DefinitionSheets } from "../src/domain/definition/definition-sheets";
import { loadDefinition } from "../src/domain/definition/load-definition";
import { checkRules, checkWorkbook, readSubmission } from "../src/domain/check";
import { buildTemplate } from "../src/domain/layout";
import { figureKey, type FigureKey } from "../src/domain/submission";
import { readWorkbook } from "../src/workbook/file/reader";
import { writeWorkbook } from "../src/workbook/file/writer";
import { render } from "../src/domain/i18n/message";

const TARGET_MS = 100;

function mean(label: string, n: number, run: () => unknown): number {
  for (let i = 0; i < Math.min(20, n); i++) run(); // warm-up: JIT, caches
  const started = performance.now();
  for (let i = 0; i < n; i++) run();
  const ms = (performance.now() - started) / n;
  console.log(`${label.padEnd(40)} ${ms.toFixed(3).padStart(9)} ms mean over ${n}`);
  return ms;
}

/** The shipped rules, each comparison rewritten with "* 1" after its first code: the same verdicts, computed as fractions. */
function computedTwins(catalog: Definition): Definition {
  const sheets = JSON.parse(JSON.stringify(SHIPPED_DEFINITION)) as {
    sheets: { name: string; rows: (string | number | boolean | null)[][] }[];
  };
  const rules = sheets.sheets.find((sheet) => sheet.name === "rules")!.rows;
  const at = rules[0]!.indexOf("expression");
  for (const row of rules.slice(1)) row[at] = String(row[at]).replace(/^([A-Z][A-Z0-9_]*(?:\.[a-z]+)?)/, "$1 * 1");
  const loaded = loadDefinition(sheets as DefinitionSheets);
  if (!loaded.definition) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  const declared = new Set(catalog.model.rules.map((rule) => rule.id));
  return { ...catalog, rules: [...loaded.definition.rules, ...catalog.rules.filter((rule) => !declared.has(rule.id))] };
}

async function main(): Promise<void> {
  const n = Math.max(1, Number(process.argv[2] ?? 200) || 200);
  const catalog = loadCatalog();
  const campaign = resolveCampaign(catalog.campaignDefs, "tk-3105-2026");
  if (!campaign.ok) throw new Error(render("en", campaign.error));

  // Every input cell filled; a few figures broken on purpose so the rules produce issues to format.
  const { cells } = buildTemplate({ catalog, campaign: campaign.value });
  const figures = new Map<FigureKey, number | null>();
  cells
    .filter((c) => c.input)
    .forEach((c, i) => figures.set(figureKey(c.code, c.column), c.valueType === "decimal" ? (i * 37.125) % 1000 : (i * 131) % 5000));
  const { plan } = buildTemplate({
    catalog,
    campaign: campaign.value,
    unit: { unitName: "Công đoàn cơ sở Công ty May Điện Biên", unitCode: "CDCS-001", level: "cdcs", datePrepared: "2026-06-15" },
    figures,
  });
  const bytes = await writeWorkbook(plan);
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(render("en", read.error));
  const raw = read.value.workbook;
  const reading = readSubmission(catalog, raw);
  const issues = checkWorkbook(catalog, raw).issues;
  console.log(
    `file: ${campaign.value.id}, ${campaign.value.tables.length} tables, ${raw.names.size} names, ${bytes.length} bytes; ${issues.length} issues`,
  );

  const readMs = mean("baseline: readWorkbook (fast reader)", n, () => readWorkbook(bytes));
  const subMs = mean("readSubmission (type checks)", n, () => readSubmission(catalog, raw));
  const rulesMs = mean("checkRules (every rule, every column)", n, () => checkRules(catalog, reading.campaign!, reading.submission!));
  const checkMs = mean("checkWorkbook (one check, our compute)", n, () => checkWorkbook(catalog, raw));
  const twins = computedTwins(catalog);
  const computed = twins.rules.filter((rule) => rule.calc).length;
  const sameVerdicts =
    checkRules(twins, reading.campaign!, reading.submission!).length === checkRules(catalog, reading.campaign!, reading.submission!).length;
  const computedMs = mean(`checkRules, ${computed} rules with × (fractions)`, n, () =>
    checkRules(twins, reading.campaign!, reading.submission!),
  );

  console.log("");
  console.log(`readSubmission / read:  ${(subMs / readMs).toFixed(2)}×`);
  console.log(`checkRules / read:      ${(rulesMs / readMs).toFixed(2)}×`);
  console.log(`checkWorkbook / read:   ${(checkMs / readMs).toFixed(2)}×`);
  console.log(`rules with × / sums:    ${(computedMs / rulesMs).toFixed(2)}× (same number of issues: ${sameVerdicts ? "yes" : "NO"})`);
  console.log(
    `checkWorkbook vs target: ${checkMs.toFixed(3)} ms of ${TARGET_MS} ms (${((checkMs / TARGET_MS) * 100).toFixed(1)}%) — ${checkMs < TARGET_MS ? "within target" : "OVER TARGET"}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
