/** The executable's entry (dist/cli/union-report.js): wires main.run to the process. Kept apart so tests import main.ts without running it. */
import type { CliIo } from "./commands";
import { run } from "./main";

const io: CliIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd(), env: process.env };
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
