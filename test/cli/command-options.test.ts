/**
 * Every command reads its options through the one parser (commandArgs): --help and -h print the command's
 * usage on stdout and exit 0 without doing anything else; an unknown option prints the mistake and that
 * same usage on stderr and exits 2 — for each command and each forms subcommand alike.
 */
import { COMMANDS, type Command } from "../../src/cli/commands";
import { FORMS_SUBCOMMANDS } from "../../src/cli/commands/forms";
import { t } from "../../src/cli/strings";
import type { Lang } from "../../src/domain/i18n/strings";
import { captureIo } from "../support/cli-io";

const everyCommand: [string, Command][] = [
  ...COMMANDS.filter((c) => c.name !== "forms").map((c): [string, Command] => [c.name, c]),
  ...FORMS_SUBCOMMANDS.map((c): [string, Command] => [`forms ${c.name}`, c]),
];

async function runWith(command: Command, argv: string[], lang: Lang) {
  const c = captureIo();
  const code = await command.run(argv, { lang, io: c.io });
  return { code, out: c.out(), err: c.err() };
}

describe("every command's options", () => {
  it("covers the nine commands", () => {
    expect(everyCommand.map(([name]) => name).sort()).toEqual(
      ["campaigns", "codes", "demo", "forms check", "forms export", "forms import", "merge", "template", "validate"].sort(),
    );
  });

  describe.each(everyCommand)("%s", (_name, command) => {
    it.each(["vi", "en"] as const)("prints its usage for --help and -h (%s), and does nothing else", async (lang) => {
      const help = await runWith(command, ["--help"], lang);
      expect(help).toEqual({
        code: 0,
        out: expect.stringMatching(lang === "vi" ? /^Cách dùng: union-report / : /^Usage: union-report /),
        err: "",
      });
      expect(await runWith(command, ["-h"], lang)).toEqual(help);
    });

    it("refuses an unknown option with exit 2, the mistake in Vietnamese and the same usage", async () => {
      const help = await runWith(command, ["--help"], "vi");
      const wrong = await runWith(command, ["--khong-co"], "vi");
      expect(wrong).toEqual({ code: 2, out: "", err: `${t("vi", "tplcli.badOption", { name: "--khong-co" })}\n${help.out}` });
    });

    it("refuses a value option given no value, before anything is read", async () => {
      const wrong = await runWith(command, ["--out"], "en");
      const help = await runWith(command, ["--help"], "en");
      // --out is an option of most commands; where it is not, it is an unknown option. Either way: exit 2 and the usage.
      expect(wrong.code).toBe(2);
      expect(wrong.out).toBe("");
      expect([t("en", "tplcli.missingValue", { name: "--out" }), t("en", "tplcli.badOption", { name: "--out" })]).toContain(
        wrong.err.slice(0, wrong.err.indexOf("\n")),
      );
      expect(wrong.err.slice(wrong.err.indexOf("\n") + 1)).toBe(help.out);
    });
  });

  it("after parsing, a command's own refusal still shows its usage: forms export without --out", async () => {
    const exportCommand = FORMS_SUBCOMMANDS.find((c) => c.name === "export")!;
    const help = await runWith(exportCommand, ["--help"], "vi");
    expect(await runWith(exportCommand, ["--force"], "vi")).toEqual({ code: 2, out: "", err: `${t("vi", "tplcli.needOut")}\n${help.out}` });
  });
});
