/**
 * What `union-report merge` takes as input: every regular file of a folder gets its own verdict (.xls,
 * .pdf and .docx each with its message), hidden and ~$ files are listed as skipped, the merge's own
 * previous output is never read back, and the merging unit's code and name are checked before anything
 * is read or written.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FigureKey } from "../../src/domain/submission";
import { runMerge } from "../../src/cli/commands/merge";
import { captureIo } from "../support/cli-io";
import { cfbWithStreams } from "../reader/build-cfb";
import { zipParts } from "../corpus/zip-kit";
import { unitWorkbook } from "./support";

const figs = (dv: number) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["DV_TONG@value", dv],
    ["DV_NU@value", 1],
    ["LD_NU@value", dv],
  ]);
const enc = (text: string) => new TextEncoder().encode(text);

/** A minimal Word document: a zip whose office document is word/document.xml. */
function docx(): Uint8Array {
  return zipParts(
    new Map([
      [
        "[Content_Types].xml",
        enc(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      ],
      [
        "_rels/.rels",
        enc(
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
      ],
      [
        "word/document.xml",
        enc(
          '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kính gửi</w:t></w:r></w:p></w:body></w:document>',
        ),
      ],
    ]),
  );
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "merge-inputs-"));
  mkdirSync(join(dir, "in", ".git"), { recursive: true });
  writeFileSync(join(dir, "in", "a.xlsx"), await unitWorkbook("A", figs(10)));
  writeFileSync(join(dir, "in", "b.xlsx"), await unitWorkbook("B", figs(20)));
  writeFileSync(join(dir, "in", "bao-cao-cu.xls"), cfbWithStreams(["Workbook", "SummaryInformation"]));
  writeFileSync(
    join(dir, "in", "cong-van.pdf"),
    Buffer.concat([Buffer.from("%PDF-1.4\n%"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from("\n1 0 obj\n<<>>\nendobj\n")]),
  );
  writeFileSync(join(dir, "in", "to-trinh.docx"), docx());
  writeFileSync(join(dir, "in", "ghi-chu.txt"), "Gửi kèm báo cáo");
  writeFileSync(join(dir, "in", "~$a.xlsx"), "lock");
  writeFileSync(join(dir, "in", ".DS_Store"), "x");
  writeFileSync(join(dir, "in", ".git", "config"), "x");
  // A link back to its own folder must not be walked forever.
  symlinkSync(join(dir, "in"), join(dir, "in", "vong-lap"));
});

const run = async (...args: string[]) => {
  const c = captureIo(dir);
  const code = await runMerge(args, { lang: "vi", io: c.io });
  return { code, out: c.out(), err: c.err() };
};

interface JsonFile {
  name: string;
  status: string;
  reasonCodes: string[];
  reasons: string[];
}

describe("every file of a folder", () => {
  it("gets a verdict, each kind with its own message; hidden and ~$ files are listed as skipped", async () => {
    const merged = await run(
      "in",
      "--campaign",
      "tk-3105-2026",
      "--out",
      "tong-hop.xlsx",
      "--unit-code",
      "H1",
      "--unit-name",
      "LĐLĐ huyện",
      "--json",
    );
    expect(merged.code).toBe(0);
    const report = JSON.parse(merged.out) as { files: JsonFile[]; skipped: string[] };
    expect(report.skipped).toEqual([join("in", ".DS_Store"), join("in", ".git"), join("in", "vong-lap"), join("in", "~$a.xlsx")]);
    const files = report.files;
    expect(files.map((f) => [f.name, f.status, f.reasonCodes[0] ?? ""])).toEqual([
      ["a.xlsx", "accepted", ""],
      ["b.xlsx", "accepted", ""],
      ["bao-cao-cu.xls", "rejected", "reader.xls-binary"],
      ["cong-van.pdf", "rejected", "reader.pdf"],
      ["ghi-chu.txt", "rejected", "reader.text"],
      ["to-trinh.docx", "rejected", "reader.docx"],
    ]);
    expect(files.find((f) => f.name === "cong-van.pdf")!.reasons[0]).toContain("tài liệu PDF");
    expect(files.find((f) => f.name === "to-trinh.docx")!.reasons[0]).toContain("văn bản Word");
    expect(merged.err).toContain("Bỏ qua 4 tệp ẩn, tệp khoá của Excel (~$) hoặc không phải tệp thường:");
    for (const hidden of [".DS_Store", ".git", "~$a.xlsx"]) expect(merged.err).toContain(join("in", hidden));
  });
});

describe("the merge's own output", () => {
  it("left in the input folder, is skipped as the merging unit's own consolidated workbook, not counted", async () => {
    const first = await run(
      "in",
      "--campaign",
      "tk-3105-2026",
      "--out",
      "in/tong-hop-H1.xlsx",
      "--unit-code",
      "H1",
      "--unit-name",
      "LĐLĐ huyện",
      "--json",
    );
    expect(first.code).toBe(0);
    const before = JSON.parse(first.out) as { summary: { units: number }; figures: [string, number][] };
    // Written over in place, it would be an input: refused even with --force.
    expect(
      (
        await run(
          "in",
          "--campaign",
          "tk-3105-2026",
          "--out",
          "in/tong-hop-H1.xlsx",
          "--force",
          "--unit-code",
          "H1",
          "--unit-name",
          "LĐLĐ huyện",
        )
      ).code,
    ).toBe(3);
    const again = await run(
      "in",
      "--campaign",
      "tk-3105-2026",
      "--out",
      "tong-hop-moi.xlsx",
      "--unit-code",
      "H1",
      "--unit-name",
      "LĐLĐ huyện",
      "--json",
    );
    expect(again.code).toBe(0);
    const after = JSON.parse(again.out) as { summary: { units: number }; figures: [string, number][]; files: JsonFile[] };
    const own = after.files.find((f) => f.name === "tong-hop-H1.xlsx")!;
    expect(own.status).toBe("rejected");
    expect(own.reasonCodes).toEqual(["merge.reject.ownOutput"]);
    expect(own.reasons[0]).toContain("Bản tổng hợp của chính đơn vị này (H1), bỏ qua");
    expect(after.summary.units).toBe(before.summary.units);
    expect(new Map(after.figures).get("DV_TONG@value")).toBe(30);
    // Another unit's consolidated workbook is not its own output: a district's, merged by the province, is counted.
    const province = await run(
      "in",
      "--campaign",
      "tk-3105-2026",
      "--out",
      "tinh.xlsx",
      "--unit-code",
      "T1",
      "--unit-name",
      "LĐLĐ tỉnh",
      "--level",
      "tinh",
      "--json",
    );
    const byProvince = JSON.parse(province.out) as { files: JsonFile[] };
    expect(byProvince.files.find((f) => f.name === "tong-hop-H1.xlsx")!.status).not.toBe("rejected");
    expect(readdirSync(join(dir, "in")).filter((n) => n.endsWith(".lock") || n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("the merging unit", () => {
  it.each([
    ["HU 01", "LĐLĐ huyện", 'Mã đơn vị "HU 01" không hợp lệ'],
    ['=HYPERLINK("http://x")', "LĐLĐ huyện", "không hợp lệ"],
    ["H1", "LĐLĐ\u0007huyện", "ký tự điều khiển"],
    ["H".repeat(41), "LĐLĐ huyện", "quá giới hạn 40 ký tự"],
  ])("refuses --unit-code %j / --unit-name %j before reading or writing anything", async (code, name, said) => {
    const out = `khong-ghi-${code.length}.xlsx`;
    const refused = await run("in", "--campaign", "tk-3105-2026", "--out", out, "--unit-code", code, "--unit-name", name);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("Mã hoặc tên đơn vị tổng hợp (--unit-code, --unit-name) không dùng được");
    expect(refused.err).toContain(said);
    expect(refused.out).toBe("");
    expect(readdirSync(dir)).not.toContain(out);
  });
});
