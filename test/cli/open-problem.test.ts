/** A file the CLI cannot open is named in the user's words, never by Node's English error text. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { t } from "../../src/cli/strings";
import { captureIo } from "../support/cli-io";

describe("a file the CLI cannot open", () => {
  const dir = mkdtempSync(join(tmpdir(), "ur-open-"));
  writeFileSync(join(dir, "A.xlsx"), "not a workbook");

  it("a missing roster: the merge goes on and says 'not found' in Vietnamese, without Node's text", async () => {
    const c = captureIo(dir);
    await run(["merge", "A.xlsx", "--roster", "khong-co.xlsx", "--out", "T.xlsx"], c.io);
    expect(c.err()).toContain(t("vi", "check.cli.notFound"));
    expect(c.err()).not.toMatch(/ENOENT|no such file/i);
  });

  it("a roster that is a folder: the reason is Node's code only, inside our sentence", async () => {
    const c = captureIo(dir);
    await run(["merge", "A.xlsx", "--roster", ".", "--out", "T.xlsx", "--lang", "en"], c.io);
    expect(c.err()).toContain(t("en", "check.cli.fileError", { reason: "EISDIR" }));
    expect(c.err()).not.toMatch(/illegal operation/i);
  });

  it("validate of a missing file says the same", async () => {
    const c = captureIo(dir);
    await run(["validate", "khong-co.xlsx"], c.io);
    expect(c.out() + c.err()).toContain(t("vi", "check.cli.notFound"));
  });
});
