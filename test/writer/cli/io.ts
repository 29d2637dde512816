/** An in-process CLI io that collects what a command prints. */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CliIo } from "../../../src/cli/commands";
import { run } from "../../../src/cli/main";

export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const scratchDir = (): string => mkdtempSync(join(tmpdir(), "ur-cli-"));

export async function cli(args: readonly string[], cwd: string = scratchDir()): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: { LANG: "vi_VN.UTF-8" } };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
