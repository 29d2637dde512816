/** `union-report forms`: the subcommand dispatcher (its subcommands have their own tests). */
import { t } from "../../src/cli/strings";
import type { Command } from "../../src/cli/commands";
import { run } from "../../src/cli/main";
import { runForms } from "../../src/cli/commands/forms";
import { captureIo } from "../support/cli-io";

const io = () => captureIo();

const echo: Command = {
  name: "echo",
  summary: { vi: "in lại tham số", en: "print the arguments" },
  run: async (args, { io: out, lang }) => {
    out.stdout(`${lang}:${args.join(" ")}\n`);
    return 3;
  },
};

describe("union-report forms", () => {
  it("is a registered command", async () => {
    const c = io();
    expect(await run(["--help"], c.io)).toBe(0);
    expect(c.out()).toMatch(/forms\s+/);
  });

  it("hands the rest of the arguments to the subcommand and returns its exit code", async () => {
    const c = io();
    expect(await runForms(["echo", "a", "b"], { lang: "en", io: c.io }, [echo])).toBe(3);
    expect(c.out()).toBe("en:a b\n");
  });

  it("lists its subcommands on --help (exit 0) and without one (exit 2)", async () => {
    const help = io();
    expect(await runForms(["--help"], { lang: "vi", io: help.io }, [echo])).toBe(0);
    expect(help.out()).toMatch(/echo\s+in lại tham số/);
    const bare = io();
    expect(await runForms([], { lang: "vi", io: bare.io }, [echo])).toBe(2);
    expect(bare.out()).toContain(t("vi", "forms.usage"));
  });

  it("rejects an unknown subcommand with exit 2, naming the known ones", async () => {
    const c = io();
    expect(await runForms(["nope"], { lang: "vi", io: c.io }, [echo])).toBe(2);
    expect(c.err()).toContain(t("vi", "forms.unknownSubcommand", { name: "nope", names: "echo" }));
  });
});
