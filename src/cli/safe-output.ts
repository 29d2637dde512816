/**
 * The CLI's one way to write a file the user named (--out of merge, template, forms export/import).
 * Whatever happens, the file that was there stays whole until the new one is complete:
 * - `claimOutput` decides before any input is read: an existing file needs --force, a file that is one
 *   of the inputs is never overwritten (even with --force), the folder must exist and take a file, and
 *   an exclusive lock file beside the output (`<out>.lock`, created with O_EXCL) stops a second run
 *   writing the same path. A lock left by a process that no longer runs on this machine is taken over.
 * - `write` puts the bytes in a hidden temporary file in the same folder, fsyncs it, then moves it in
 *   place in one step (a hard link that fails if the name exists when --force was not given, else a
 *   rename), and fsyncs the folder. A kill -9 or a full disk at any moment leaves the old file intact
 *   and at most a hidden `.NAME.PID.XXXX.tmp`, which the next run removes.
 * Problems are messages in the user's language, never a Node error code.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "fs";
import { randomBytes } from "crypto";
import { hostname } from "os";
import { basename, dirname, join } from "path";
import { keyed, type CliKey } from "./strings";
import type { Message } from "../domain/i18n/message";
import type { Result } from "../domain/errors";

export type OutputProblem = Message<CliKey>;

export interface ClaimOptions {
  /** Replace an existing file (never one of the inputs). */
  readonly force: boolean;
  /** Files the run reads: the output may not be one of them. */
  readonly inputs?: readonly string[];
  /** How the output is named in messages (what the user typed); default the path. */
  readonly display?: string;
}

/** A claimed output: written at most once, released always (finally). */
export interface ClaimedOutput {
  readonly path: string;
  write(bytes: Uint8Array): OutputProblem | null;
  release(): void;
}

export type Claim = Result<ClaimedOutput, OutputProblem>;

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly token: string;
}

const errorCode = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";

const statOrNull = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

/** A Node error while writing, as the user's message: what happened and that the old file is intact. */
export function writeProblem(error: unknown, file: string): OutputProblem {
  const code = errorCode(error);
  const folder = dirname(file);
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return keyed("output.diskFull", { file });
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return keyed("output.notWritable", { file, folder });
    case "ENOENT":
    case "ENOTDIR":
      return keyed("output.folderMissing", { file, folder });
    case "EISDIR":
      return keyed("output.isFolder", { file });
    case "EMFILE":
    case "ENFILE":
      return keyed("output.tooManyOpen", { file });
    default:
      return keyed("output.failed", { file });
  }
}

/** Whether a process of this machine still runs (EPERM: it runs as someone else). */
function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

function readLock(lock: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lock, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" && typeof owner.host === "string"
      ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? ""), token: String(owner.token ?? "") }
      : null;
  } catch {
    return null;
  }
}

/** Creates `path` (failing with EEXIST when it exists) holding `text`. */
function writeNew(path: string, text: string): void {
  const fd = openSync(path, "wx");
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates `path` holding `text`, failing with EEXIST when it exists. The text is written to a private
 * file first and hard-linked into place, so a run killed at any moment never leaves an empty lock that
 * no later run could judge (an empty lock reads as "still being written" and is refused). Where the
 * folder takes no hard links (some shared drives), the name is created exclusively and then written.
 */
function createWhole(path: string, text: string, own: string): void {
  writeNew(own, text);
  try {
    linkSync(own, path);
  } catch (error) {
    if (errorCode(error) === "EEXIST") throw error;
    writeNew(path, text);
  } finally {
    unlinkSync(own);
  }
}

/** Takes `<out>.lock`; a lock of a dead process of this machine (a run killed before it could remove it) is taken over once. */
function takeLock(lock: string, file: string, draft: string): Result<string, OutputProblem> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString("hex") };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      createWhole(lock, JSON.stringify(owner), draft);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") return { ok: false, error: writeProblem(error, file) };
      const holder = readLock(lock);
      // A lock still being written (no JSON yet) or held by a live process, or by another machine (a shared folder): refused.
      if (attempt === 0 && holder && holder.host === owner.host && !running(holder.pid)) {
        try {
          unlinkSync(lock);
        } catch {
          /* another run took it over first: the next attempt says so */
        }
        continue;
      }
      return {
        ok: false,
        error: keyed("output.locked", {
          file,
          lock,
          host: holder?.host ?? "?",
          pid: String(holder?.pid ?? "?"),
          since: holder?.since ?? "?",
        }),
      };
    }
    return { ok: true, value: owner.token };
  }
  return { ok: false, error: keyed("output.locked", { file, lock, host: "?", pid: "?", since: "?" }) };
}

const TEMP_SUFFIX = ".tmp";
/** A lock's content before it is linked into place; named like a temporary file, so a killed run's is swept the same way. */
const LOCK_DRAFT_SUFFIX = ".lock-draft";
const tempPrefix = (path: string): string => `.${basename(path)}.`;
/** A hidden file of this run beside the output: `.NAME.PID.XXXX<suffix>`. */
const privateName = (path: string, suffix: string): string =>
  join(dirname(path), `${tempPrefix(path)}${process.pid}.${randomBytes(4).toString("hex")}${suffix}`);

/** Temporary files of this output left by runs that were killed (their process no longer runs): removed. */
function sweepStaleTemps(path: string): void {
  const prefix = tempPrefix(path);
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !(name.endsWith(TEMP_SUFFIX) || name.endsWith(LOCK_DRAFT_SUFFIX))) continue;
    const pid = Number(name.slice(prefix.length).split(".")[0]);
    if (running(pid) && pid !== process.pid) continue;
    try {
      unlinkSync(join(dirname(path), name));
    } catch {
      /* not ours to remove after all: left */
    }
  }
}

function syncFolder(folder: string): void {
  // Makes the rename durable on POSIX; Windows cannot open a folder this way, and NTFS journals the rename itself.
  try {
    const fd = openSync(folder, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Writes bytes to a temporary file beside `path`, fsynced, then moves it in place in one step. */
function replaceAtomically(path: string, bytes: Uint8Array, force: boolean, display: string): OutputProblem | null {
  const temp = privateName(path, TEMP_SUFFIX);
  try {
    const fd = openSync(temp, "wx", 0o666);
    try {
      writeAll(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) renameSync(temp, path);
    else {
      // Without --force a file that appeared meanwhile is not replaced: link fails if the name exists.
      try {
        linkSync(temp, path);
        unlinkSync(temp);
      } catch (error) {
        if (errorCode(error) === "EEXIST") {
          unlinkSync(temp);
          return keyed("output.exists", { file: display });
        }
        // A file system without hard links (FAT, some network shares): checked, then renamed.
        if (statOrNull(path)) {
          unlinkSync(temp);
          return keyed("output.exists", { file: display });
        }
        renameSync(temp, path);
      }
    }
    syncFolder(dirname(path));
    return null;
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      /* never created, or already moved */
    }
    return writeProblem(error, display);
  }
}

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino && a.ino !== 0;

/**
 * Claims `path` for writing, before anything is read: the output's checks and its lock. Release the
 * claim in a finally, written or not.
 */
export function claimOutput(path: string, options: ClaimOptions): Claim {
  const display = options.display ?? path;
  const existing = statOrNull(path);
  if (existing?.isDirectory()) return { ok: false, error: keyed("output.isFolder", { file: display }) };
  if (existing && options.inputs?.some((input) => input === path || sameStat(input, existing)))
    return { ok: false, error: keyed("output.isInput", { file: display }) };
  if (existing && !options.force) return { ok: false, error: keyed("output.exists", { file: display }) };
  const folder = dirname(path);
  if (!statOrNull(folder)?.isDirectory()) return { ok: false, error: keyed("output.folderMissing", { file: display, folder }) };
  const lock = `${path}.lock`;
  const taken = takeLock(lock, display, privateName(path, LOCK_DRAFT_SUFFIX));
  if (!taken.ok) return taken;
  sweepStaleTemps(path);
  let written = false;
  return {
    ok: true,
    value: {
      path,
      write(bytes) {
        if (written) throw new Error("an output is written once");
        written = true;
        return replaceAtomically(path, bytes, options.force, display);
      },
      release() {
        // Only our own lock: never one another run took over.
        if (readLock(lock)?.token === taken.value) {
          try {
            unlinkSync(lock);
          } catch {
            /* already gone */
          }
        }
      },
    },
  };
}

function sameStat(input: string, output: Stats): boolean {
  const stat = statOrNull(input);
  return stat !== null && sameFile(stat, output);
}

/** Claim, write, release: a command that writes one file and reads nothing it could overwrite. */
export function writeOutput(path: string, bytes: Uint8Array, options: ClaimOptions): OutputProblem | null {
  const claim = claimOutput(path, options);
  if (!claim.ok) return claim.error;
  try {
    return claim.value.write(bytes);
  } finally {
    claim.value.release();
  }
}
