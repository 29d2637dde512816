/** An in-process CLI io that collects what a command prints, for tests that call `run` or a command directly. */
import type { CliIo } from "../../src/cli/commands";

export function captureIo(
  cwd: string = process.cwd(),
  env: Record<string, string> = {},
): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), cwd, env };
  return { io, out: () => out.join(""), err: () => err.join("") };
}
