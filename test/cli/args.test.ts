/** One parser for every command's options: the merge reads its options as the template commands do. */
import { parseArgs } from "../../src/cli/args";
import { MERGE_OPTIONS, mergeArgs } from "../../src/cli/commands/merge";
import type { Lang } from "../../src/domain/i18n/strings";

/** The merge's arguments as its command reads them: the one parser, then its own checks. */
function parseMergeArgs(lang: Lang, argv: readonly string[]) {
  const parsed = parseArgs(argv, MERGE_OPTIONS, lang);
  return parsed.ok ? mergeArgs(lang, parsed.value) : parsed;
}

const NAME_NFD = "CĐCS Trường Tiểu học".normalize("NFD");

describe("the command-line parser", () => {
  const spec = { flags: ["--json"], values: ["--out", "--unit-name"], operands: true };

  it("reads --name value, --name=value, flags and operands", () => {
    const parsed = parseArgs(["a.xlsx", "--out", "o.xlsx", "--unit-name=CĐCS A", "--json", "thu-muc"], spec, "vi");
    expect(parsed.ok && { flags: [...parsed.value.flags], values: [...parsed.value.values], operands: parsed.value.operands }).toEqual({
      flags: ["--json"],
      values: [
        ["--out", "o.xlsx"],
        ["--unit-name", "CĐCS A"],
      ],
      operands: ["a.xlsx", "thu-muc"],
    });
  });

  it("normalises option values to NFC but keeps operands (paths) as given", () => {
    const parsed = parseArgs([NAME_NFD, "--unit-name", NAME_NFD], spec, "vi");
    expect(parsed.ok && parsed.value.values.get("--unit-name")).toBe(NAME_NFD.normalize("NFC"));
    expect(parsed.ok && parsed.value.operands).toEqual([NAME_NFD]);
  });

  it.each([
    [["--out"], "Tùy chọn --out cần một giá trị."],
    [["--out", "--json"], "Tùy chọn --out cần một giá trị."],
    [["--bogus"], "Tùy chọn không hợp lệ: --bogus"],
  ])("refuses %j in Vietnamese", (argv, message) => expect(parseArgs(argv, spec, "vi")).toEqual({ ok: false, error: message }));

  it("refuses an operand where a command takes none", () => {
    expect(parseArgs(["a.xlsx"], { flags: [], values: [] }, "en")).toEqual({ ok: false, error: "Unknown option: a.xlsx" });
  });
});

describe("the merge's options", () => {
  it("normalises the merging unit's code and name to NFC, as the template commands do", () => {
    const parsed = parseMergeArgs("vi", [
      "thu-muc",
      "--out",
      "o.xlsx",
      "--unit-code",
      "ĐB-01".normalize("NFD"),
      "--unit-name",
      NAME_NFD,
      "--level",
      "huyen",
    ]);
    expect(parsed.ok && [parsed.value.unitCode, parsed.value.unitName, parsed.value.level]).toEqual([
      "ĐB-01".normalize("NFC"),
      NAME_NFD.normalize("NFC"),
      "huyen",
    ]);
  });

  it("does not take the next option as a value", () => {
    expect(parseMergeArgs("vi", ["thu-muc", "--out", "--json"])).toEqual({ ok: false, error: "Tùy chọn --out cần một giá trị." });
  });
});
