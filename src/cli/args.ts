/**
 * The one command-line parser of every command: "--name value", "--name=value", bare flags and, where a
 * command takes them, operands (files and folders). Anything else is an error naming it, in the user's
 * language. Option values are NFC-normalised, so a unit code or name typed on macOS (NFD) compares equal
 * to the same text in a workbook; operands are paths and are kept byte for byte, since a file system
 * compares names as it stored them.
 */
import { t, type Lang } from "./strings";
import type { CommandContext } from "./commands";
import type { Result } from "../domain/errors";

export interface ArgSpec {
  readonly flags: readonly string[];
  readonly values: readonly string[];
  /** Whether words that are not options are operands (paths); otherwise they are errors. */
  readonly operands?: boolean;
}

export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly operands: readonly string[];
}

/** Options read, or the mistake worded for the user (in the command's language). */
export type Parsed<T> = Result<T, string>;

export function parseArgs(argv: readonly string[], spec: ArgSpec, lang: Lang): Parsed<ParsedArgs> {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (spec.flags.includes(name) && eq < 0) flags.add(name);
    else if (spec.values.includes(name)) {
      const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--")))
        return { ok: false, error: t(lang, "tplcli.missingValue", { name }) };
      values.set(name, value.normalize("NFC"));
    } else if (spec.operands === true && (!arg.startsWith("-") || arg === "-")) operands.push(arg);
    else return { ok: false, error: t(lang, "tplcli.badOption", { name: arg }) };
  }
  return { ok: true, value: { flags, values, operands } };
}

/**
 * A command's options, with --help and mistakes answered the same way for every command: the parsed
 * options, or the exit code when the command is done (0 after printing the usage for --help or -h,
 * 2 after printing a mistake and the usage).
 */
export function commandArgs(argv: readonly string[], spec: ArgSpec, { lang, io }: CommandContext, usage: string): ParsedArgs | number {
  const parsed = parseArgs(argv, { ...spec, flags: [...spec.flags, "--help", "-h"] }, lang);
  if (!parsed.ok) {
    io.stderr(`${parsed.error}\n${usage}`);
    return 2;
  }
  if (parsed.value.flags.has("--help") || parsed.value.flags.has("-h")) {
    io.stdout(usage);
    return 0;
  }
  return parsed.value;
}
