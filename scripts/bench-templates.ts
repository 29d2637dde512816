/**
 * Benchmark of roster templates (issue 3): `union-report template --roster` for N units, through the
 * CLI's own code path (runTemplate, in-process, files written to a temporary folder). Prints, does not
 * assert: machines differ.
 *
 * Prints workbooks per second for the whole roster, the time of the first (cold: ExcelJS loaded on
 * first use) and of a typical workbook, the file size, and where the time goes for one workbook
 * (layout engine vs ExcelJS vs disk).
 *
 * Run: npm run bench:templates [-- N=1000 CAMPAIGN=tk-3105-2026]
 * (tsc compiles this file and what it imports to node_modules/.cache/bench-templates, then plain node runs it.)
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { runTemplate } from "../src/cli/commands/template";
import { loadCatalog, resolveCampaign } from "../src/domain/definition";
import { buildTemplate } from "../src/domain/layout";
import { writeWorkbook } from "../src/workbook/file/writer";
import { render } from "../src/domain/i18n/message";

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1) ?? fallback;
const N = Math.max(1, Number(arg("N", "1000")) || 1000);
const CAMPAIGN = arg("CAMPAIGN", "tk-3105-2026");

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number): string => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-templates-"));
  try {
    const lines = ["Mã đơn vị,Tên đơn vị,Cấp"];
    for (let i = 1; i <= N; i++) lines.push(`DB${String(i).padStart(4, "0")},CĐCS Công ty Cổ phần Điện Biên số ${i},cdcs`);
    writeFileSync(join(dir, "roster.csv"), lines.join("\n"));

    // One workbook, cold then warm, taken apart.
    const catalog = loadCatalog();
    const campaign = resolveCampaign(catalog.campaignDefs, CAMPAIGN);
    if (!campaign.ok) throw new Error(render("en", campaign.error));
    const unit = { unitCode: "DB0000", unitName: "CĐCS Công ty Cổ phần Điện Biên", level: "cdcs" as const };
    let t0 = performance.now();
    await writeWorkbook(buildTemplate({ catalog, campaign: campaign.value, unit }).plan);
    const cold = performance.now() - t0;
    const layout: number[] = [];
    const excel: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 20; i++) {
      t0 = performance.now();
      const { plan } = buildTemplate({ catalog, campaign: campaign.value, unit });
      const t1 = performance.now();
      bytes = (await writeWorkbook(plan)).length;
      layout.push(t1 - t0);
      excel.push(performance.now() - t1);
    }

    // The roster, through the CLI.
    let stderr = "";
    const io = { stdout: () => undefined, stderr: (s: string) => void (stderr += s), cwd: dir, env: {} };
    t0 = performance.now();
    const code = await runTemplate(["--campaign", CAMPAIGN, "--roster", "roster.csv", "--out", "out"], { lang: "vi", io });
    const total = performance.now() - t0;
    if (code !== 0) throw new Error(`template exited ${code}: ${stderr}`);
    const files = readdirSync(join(dir, "out"));
    const sizes = files.map((f) => statSync(join(dir, "out", f)).size);

    console.log(`union-report template --roster, ${N} units, campaign ${CAMPAIGN} (node ${process.version})`);
    console.log(
      `  ${files.length} workbooks in ${(total / 1000).toFixed(2)} s → ${(files.length / (total / 1000)).toFixed(1)} workbooks/s`,
    );
    console.log(
      `  one workbook: cold ${ms(cold)} (loads ExcelJS), then median ${ms(median(layout) + median(excel))} = layout ${ms(median(layout))} + ExcelJS ${ms(median(excel))}; disk and roster the rest`,
    );
    console.log(`  file size: ${(median(sizes) / 1024).toFixed(1)} KB median (${(bytes / 1024).toFixed(1)} KB in memory)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
