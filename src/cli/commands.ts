/**
 * The command registry. A command lives in its own file under commands/ and is added here with one line.
 * Commands get plain arguments and an io; they return an exit code and never call process.exit themselves,
 * so tests run them in-process.
 */
import type { Lang } from "../domain/i18n/strings";
import { validate } from "./commands/validate";
import { merge } from "./commands/merge";
import { demo } from "./commands/demo";
import { campaigns } from "./commands/campaigns";
import { codes } from "./commands/codes";
import { template } from "./commands/template";
import { forms } from "./commands/forms";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Working directory for relative paths. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface CommandContext {
  readonly lang: Lang;
  readonly io: CliIo;
}

export interface Command {
  /** What the user types: `union-report <name>`. Lower case, words joined by "-". */
  readonly name: string;
  readonly summary: { readonly vi: string; readonly en: string };
  /** The arguments after the command name (the global --lang already removed). Returns the exit code. */
  readonly run: (args: readonly string[], context: CommandContext) => Promise<number>;
}

/** One line per command, e.g. `import { template } from "./commands/template";` above and `template,` below. */
export const COMMANDS: readonly Command[] = [validate, merge, demo, campaigns, codes, template, forms];
