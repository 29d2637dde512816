/**
 * union-report: the command line of Báo cáo Công đoàn. This file reads the global options (--help,
 * --version, --lang) and hands the rest to a command from the registry (commands.ts).
 */
import { LANGS, t, type Lang } from "./strings";
import packageJson from "../../package.json";
import { COMMANDS, type CliIo, type Command } from "./commands";

export const VERSION: string = packageJson.version;

/** vi unless the user asked for English: --lang en, or a LANG/LC_ALL that is not Vietnamese nor the neutral C/POSIX. */
export function languageFrom(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { lang: Lang | null; rest: string[]; bad?: string } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--lang") chosen = args[++i] ?? "";
    else if (arg.startsWith("--lang=")) chosen = arg.slice("--lang=".length);
    else rest.push(arg);
  }
  if (chosen !== undefined) {
    return (LANGS as readonly string[]).includes(chosen) ? { lang: chosen as Lang, rest } : { lang: null, rest, bad: chosen };
  }
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").toLowerCase();
  const lang: Lang = locale.startsWith("en") ? "en" : "vi";
  return { lang, rest };
}

export function helpText(lang: Lang, commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(10, ...commands.map((c) => c.name.length)) + 2;
  const lines = [
    `${t(lang, "app.name")} ${VERSION} — ${t(lang, "app.tagline")}`,
    "",
    t(lang, "cli.usage"),
    "",
    t(lang, "cli.commandsHeading"),
  ];
  if (commands.length === 0) lines.push(`  ${t(lang, "cli.noCommands")}`);
  for (const command of commands) lines.push(`  ${command.name.padEnd(width)}${command.summary[lang]}`);
  lines.push(
    "",
    t(lang, "cli.optionsHeading"),
    `  ${"-h, --help".padEnd(width + 6)}${t(lang, "cli.option.help")}`,
    `  ${"-v, --version".padEnd(width + 6)}${t(lang, "cli.option.version")}`,
    `  ${"--lang vi|en".padEnd(width + 6)}${t(lang, "cli.option.lang")}`,
    "",
    t(lang, "cli.commandHelp"),
    "",
  );
  return lines.join("\n");
}

/** Runs the CLI in-process; returns the exit code. */
export async function run(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const { lang, rest, bad } = languageFrom(argv, io.env);
  if (lang === null) {
    io.stderr(`${t("vi", "cli.badLang", { value: bad ?? "" })}\n${t("en", "cli.badLang", { value: bad ?? "" })}\n`);
    return 2;
  }
  const [first, ...args] = rest;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout(helpText(lang, commands));
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`${t(lang, "cli.unknownCommand", { name: first })}\n`);
    return 2;
  }
  return command.run(args, { lang, io });
}
