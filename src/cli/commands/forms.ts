/**
 * `union-report forms <subcommand>`: everything about definition workbooks (forms as data). Each
 * subcommand is a Command in its own file, added to FORMS_SUBCOMMANDS with one line, exactly as
 * commands are added to the top-level registry.
 */
import { t, type Lang } from "../strings";
import type { Command, CommandContext } from "../commands";
import { formsCheck } from "./forms-check";
import { formsImport } from "./forms-import";
import { formsExport } from "./forms-export";

/** One line per subcommand, e.g. `import { formsCheck } from "./forms-check";` above and `formsCheck,` below. */
export const FORMS_SUBCOMMANDS: readonly Command[] = [formsImport, formsCheck, formsExport];

export function formsUsage(lang: Lang, subcommands: readonly Command[] = FORMS_SUBCOMMANDS): string {
  const width = Math.max(8, ...subcommands.map((c) => c.name.length)) + 2;
  return [
    t(lang, "forms.usage"),
    ...subcommands.map((c) => `    ${c.name.padEnd(width)}${c.summary[lang]}`),
    t(lang, "forms.usageHelp"),
  ].join("\n");
}

export async function runForms(
  argv: readonly string[],
  context: CommandContext,
  subcommands: readonly Command[] = FORMS_SUBCOMMANDS,
): Promise<number> {
  const { lang, io } = context;
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout(`${formsUsage(lang, subcommands)}\n`);
    return first === undefined ? 2 : 0;
  }
  const subcommand = subcommands.find((c) => c.name === first);
  if (!subcommand) {
    io.stderr(
      `${t(lang, "forms.unknownSubcommand", { name: first, names: subcommands.map((c) => c.name).join(", ") })}\n${formsUsage(lang, subcommands)}\n`,
    );
    return 2;
  }
  return subcommand.run(rest, context);
}

export const forms: Command = {
  name: "forms",
  summary: { vi: t("vi", "forms.summary"), en: t("en", "forms.summary") },
  run: (args, context) => runForms(args, context),
};
