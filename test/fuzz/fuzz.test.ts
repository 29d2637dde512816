/**
 * Fuzz: a seeded, bounded number of mutations of valid submissions (a unit's workbook and a
 * district's consolidated workbook), at the byte level and inside the XML parts, all through the merge
 * pipeline in one run. On every mutant: a status (never a throw), within the time limit; the
 * pipeline agrees with the reader and checks; and when a mutant is accepted, every figure read is
 * exactly the number its cell holds in the XML (or, when the damage hides the XML from an independent
 * reading, exactly the original figure).
 *
 * A failure names the round; `FUZZ_ROUND=n npx jest test/fuzz` replays that round alone.
 */
import { performance } from "perf_hooks";
import { loadCatalog, resolveCampaign, cellName, identificationName, type Campaign, type Definition } from "../../src/domain/definition";
import { readSubmission } from "../../src/domain/check";
import { render, type FileReport } from "../../src/domain/merge";
import { figureKey } from "../../src/domain/submission";
import { mergeFiles, type MergeFileInput, type MergeOutcome } from "../../src/app/merge";
import { readWorkbook } from "../../src/workbook/file/reader";
import { assess } from "../corpus/assess";
import { generateCorpus } from "../corpus/generate";
import { CASES } from "../corpus/cases";
import { CAMPAIGN_ID, INPUT_CODES, PROVINCE, figuresOf } from "../corpus/figures";
import { trapNetwork, type NetworkTrap } from "../corpus/network";
import { definedNames, inlineText, setNamedCell, sheetPart } from "../corpus/xlsx-edit";
import { partText, unzipParts, zipParts } from "../corpus/zip-kit";
import { BYTE_MUTATIONS, XML_MUTATIONS, mutateBytes, mutateXml, random, type Mutant } from "./mutate";

const ROUNDS = 300;
/** Rounds after ROUNDS write "__proto__" and a polluting JSON where names and texts become keys. */
const PROTOTYPE_ROUNDS = 16;
/** Object.prototype as it was before any file was read. */
const PROTOTYPE_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();
const LIMITS = { maxMillis: 5_000 } as const;
const KINDS = [...BYTE_MUTATIONS, ...XML_MUTATIONS];

interface Round {
  readonly round: number;
  readonly base: "unit" | "district";
  readonly mutant: Mutant;
}

let catalog: Definition;
let campaign: Campaign;
let rounds: Round[] = [];
let reportsByRound: FileReport[] = [];
let fileMs: number[] = [];
let runMs = 0;
let network: NetworkTrap;
const originals = new Map<"unit" | "district", Uint8Array>();
let districtFigures: ReadonlyMap<string, number | null>;

beforeAll(async () => {
  catalog = loadCatalog();
  const resolved = resolveCampaign(catalog.campaignDefs, CAMPAIGN_ID);
  if (!resolved.ok) throw new Error(render("en", resolved.error));
  campaign = resolved.value;
  const { files } = await generateCorpus({ write: false, only: ["valid-a", "district"] });
  originals.set("unit", files.find((f) => f.case.id === "valid-a")!.bytes);
  originals.set("district", files.find((f) => f.case.id === "district")!.bytes);
  const district = readWorkbook(originals.get("district")!);
  if (!district.ok) throw new Error(render("en", district.error));
  districtFigures = readSubmission(catalog, district.value.workbook).submission!.figures;

  const only = process.env["FUZZ_ROUND"]
    ? [Number(process.env["FUZZ_ROUND"])]
    : Array.from({ length: ROUNDS + PROTOTYPE_ROUNDS }, (_, i) => i + 1);
  rounds = only.map((round) => {
    const r = random(round * 2654435761);
    const base = round % 3 === 0 ? "district" : "unit";
    const kind = round > ROUNDS ? "xml.prototypeKeys" : KINDS[round % KINDS.length]!;
    let bytes = originals.get(base)!;
    if (base === "unit") {
      // A unit code of its own, so that accepted mutants are not duplicates of one another.
      const parts = unzipParts(bytes);
      setNamedCell(parts, identificationName("UNIT_CODE"), inlineText(`FUZZ_${round}`));
      bytes = zipParts(parts);
    }
    const mutant = kind.startsWith("bytes.") ? mutateBytes(bytes, kind, r) : mutateXml(bytes, kind, r);
    return { round, base, mutant };
  });

  network = trapNetwork();
  const started = performance.now();
  const options = (marks: number[]) => ({
    campaignId: CAMPAIGN_ID,
    mergingUnit: { code: PROVINCE.code, name: PROVINCE.name, level: PROVINCE.level },
    today: "2026-06-20",
    limits: LIMITS,
    onProgress: (done: number) => {
      marks[done] = performance.now();
    },
  });
  const input = (r: Round): MergeFileInput => ({ name: `fuzz_${r.round}_${r.mutant.kind}.xlsx`, bytes: r.mutant.bytes });
  const filesOf = (o: MergeOutcome): readonly FileReport[] => (o.ok ? o.result.files : o.files);
  // Unit mutants in one merge (each its own unit); a district's mutants each alone (their units are the same).
  const unitRounds = rounds.filter((r) => r.base === "unit");
  const unitMarks: number[] = [];
  const unitReports = filesOf(await mergeFiles(catalog, unitRounds.map(input), options(unitMarks)));
  const byRound = new Map<number, { report: FileReport; ms: number }>();
  unitRounds.forEach((r, i) =>
    byRound.set(r.round, { report: unitReports.find((f) => f.index === i)!, ms: unitMarks[i + 1]! - unitMarks[i]! }),
  );
  for (const r of rounds.filter((x) => x.base === "district")) {
    const marks: number[] = [];
    const report = filesOf(await mergeFiles(catalog, [input(r)], options(marks)))[0]!;
    byRound.set(r.round, { report, ms: marks[1]! - marks[0]! });
  }
  runMs = performance.now() - started;
  network.restore();
  reportsByRound = rounds.map((r) => byRound.get(r.round)!.report);
  fileMs = rounds.map((r) => byRound.get(r.round)!.ms);
  const statuses = new Map<string, number>();
  for (const f of reportsByRound) statuses.set(f.status, (statuses.get(f.status) ?? 0) + 1);
  console.log(
    `fuzz: ${rounds.length} rounds merged in ${Math.round(runMs)} ms; ${[...statuses].map(([s, n]) => `${s} ${n}`).join(", ")}; slowest ${Math.round(Math.max(...fileMs))} ms`,
  );
}, 240_000);

afterAll(() => network?.restore());

/** The number a named input cell holds in the XML, read without our reader; undefined when the XML cannot say. */
function xmlFigures(bytes: Uint8Array): Map<string, number | null> | undefined {
  try {
    const parts = unzipParts(bytes);
    const names = definedNames(parts);
    const out = new Map<string, number | null>();
    for (const code of INPUT_CODES) {
      const target = names.get(cellName(code, "value"));
      if (!target) return undefined;
      const xml = partText(parts, sheetPart(parts, target.sheet));
      const cells = [...xml.matchAll(new RegExp(`<c r="${target.ref}"((?:\\s[^>]*?)?)(?:/>|>(.*?)</c>)`, "g"))];
      if (cells.length !== 1) return undefined;
      const [, attributes, body = ""] = cells[0]!;
      if (/\st="/.test(attributes!) && !/\st="n"/.test(attributes!)) return undefined;
      if (body === "") {
        out.set(figureKey(code, "value"), null);
        continue;
      }
      const v = /^<v>([^<]*)<\/v>$/.exec(body);
      if (!v) return undefined; // two values, a formula, ...: the XML alone does not say one number
      out.set(figureKey(code, "value"), Number(v[1]));
    }
    return out;
  } catch {
    return undefined;
  }
}

describe("fuzz", () => {
  it("every mutant gets a status, with a Vietnamese reason when not simply accepted", () => {
    expect(reportsByRound.length).toBe(rounds.length);
    const bad = reportsByRound.filter(
      (f) =>
        !["accepted", "warnings", "rejected"].includes(f.status) ||
        (f.status !== "accepted" && f.reasons.length === 0) ||
        f.reasons.some((m) => render("vi", m).trim() === ""),
    );
    expect(bad.map((f) => f.name)).toEqual([]);
  });

  it("no mutant hangs past the time limit; the run is bounded; no network", () => {
    const slow = rounds
      .filter((_, i) => !(fileMs[i]! <= LIMITS.maxMillis + 2_000))
      .map((r) => `round ${r.round} (${r.mutant.kind}: ${r.mutant.detail})`);
    expect(slow).toEqual([]);
    expect(runMs).toBeLessThan(90_000);
    expect(network.calls).toEqual([]);
  });

  it("the pipeline agrees with the reader and the checks on every mutant", () => {
    const disagreements: string[] = [];
    rounds.forEach((r, i) => {
      const got = reportsByRound[i]!.status;
      const alone = assess(catalog, campaign, r.mutant.bytes, LIMITS).status;
      // The merge may downgrade an accepted file (duplicate, peer warning), never upgrade a rejected one.
      if (alone === "rejected" ? got !== "rejected" : got === "accepted" && alone !== "accepted") {
        disagreements.push(
          `round ${r.round} (${r.mutant.kind} in ${r.mutant.part ?? "zip"}: ${r.mutant.detail}): merge ${got}, reader+checks ${alone}`,
        );
      }
    });
    expect(disagreements).toEqual([]);
  });

  it("when a mutant is accepted, the figures read are exactly those in its XML", () => {
    const wrong: string[] = [];
    rounds.forEach((r, i) => {
      if (reportsByRound[i]!.status === "rejected") return;
      const read = readWorkbook(r.mutant.bytes, LIMITS);
      if (!read.ok) return void wrong.push(`round ${r.round}: accepted by the merge, unreadable alone`);
      const figures = readSubmission(catalog, read.value.workbook).submission?.figures;
      const inXml = xmlFigures(r.mutant.bytes);
      // When the damage hides the XML from this independent reading, the figures must be the original file's.
      const expected =
        inXml ??
        (r.base === "district"
          ? districtFigures
          : new Map<string, number | null>([...figuresOf(CASES.find((c) => c.id === "valid-a")!.expect.counts[0]!)]));
      for (const code of INPUT_CODES) {
        const key = figureKey(code, "value");
        const want = expected.get(key) ?? null;
        const got = figures?.get(key) ?? null;
        if (!Object.is(got, want))
          wrong.push(`round ${r.round} (${r.mutant.kind}: ${r.mutant.detail}): ${code} read ${got}, the XML holds ${want}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it("the prototype rounds really write __proto__ into a part the reader parses", () => {
    const prototypeRounds = rounds.filter((r) => r.mutant.kind === "xml.prototypeKeys");
    if (!process.env["FUZZ_ROUND"]) expect(prototypeRounds.length).toBe(PROTOTYPE_ROUNDS);
    for (const r of prototypeRounds) {
      const original = unzipParts(originals.get(r.base)!);
      const text = partText(unzipParts(r.mutant.bytes), r.mutant.part!);
      expect({ round: r.round, writes: text.includes("__proto__") }).toEqual({ round: r.round, writes: true });
      expect(partText(original, r.mutant.part!).includes("__proto__")).toBe(false);
    }
    if (process.env["FUZZ_ROUND"]) return;
    // Both a unit and a district are met, and at least one polluting JSON text.
    expect(new Set(prototypeRounds.map((r) => r.base))).toEqual(new Set(["unit", "district"]));
    expect(prototypeRounds.some((r) => r.mutant.detail.includes('"polluted"'))).toBe(true);
  });

  it("no mutant reached Object.prototype", () => {
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_BEFORE);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
