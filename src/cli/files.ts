import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { describeSystemError, systemReason, WorkbookLoadError } from "../xlsx";
import { CliError } from "./io";

/**
 * Files a command writes, made safe: written to a temporary file beside the target, flushed to disk (fsync), then
 * renamed over it, so the target is the old file or the whole new one, never half of either. A temporary file or a
 * lock is removed on failure and on Ctrl+C (SIGINT), SIGTERM or SIGHUP.
 */

const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const NUMBERS: Record<(typeof SIGNALS)[number], number> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };

function onSignal(signal: (typeof SIGNALS)[number]): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  pending.clear();
  process.stderr.write(`perf-score：已中断，未写入任何文件。\n`);
  process.exit(128 + NUMBERS[signal]);
}

function track(path: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // nothing to remove
  }
}

/** Why a write failed, in Chinese: the folder is missing, no permission, the disk is full … */
export function writeError(e: unknown, path: string): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof WorkbookLoadError) return new CliError(e.message);
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new CliError(`无法写入 ${path}：所在文件夹不存在`);
  if (code === "EACCES" || code === "EPERM") return new CliError(`无法写入 ${path}：没有写入权限`);
  if (code === "EBUSY") return new CliError(`无法写入 ${path}：文件正被其他程序（如 Excel）打开`);
  if (systemReason(e)) return new CliError(describeSystemError(e, "无法写入", path));
  return new CliError(`无法写入 ${path}：${(e as Error).message}`);
}

/** The one refusal of every command whose output exists: never replaced without --force. */
export function existingOutput(path: string): CliError {
  return new CliError(`${path} 已存在，未写入：请换一个文件名，或加 --force 替换它`);
}

/**
 * An output file that already exists is refused unless `force`: checked before any work is done (so nothing is
 * scored for nothing), and again when the file is committed (see `commit`).
 */
export function refuseExisting(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw existingOutput(path);
}

/** A temporary file beside a target: written, then committed (fsync and rename) or aborted (removed). */
export interface TempFile {
  fd: number;
  path: string;
  /**
   * Puts the file in place. `replace` false: a target that exists by now (another program made it meanwhile) is
   * not replaced; the file is linked in, which fails if the target exists, where the file system can link.
   */
  commit(replace?: boolean): void;
  abort(): void;
}

/** Moves `from` to `to` only if `to` does not exist: a hard link (atomic), else a check then a rename. */
function renameNoReplace(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw existingOutput(to);
    // A file system without hard links (FAT, some network shares): the check just before is the best there is.
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK", "EXDEV"].includes(code ?? "")) throw e;
    if (existsSync(to)) throw existingOutput(to);
    renameSync(from, to);
    return;
  }
  unlinkSync(from);
}

export function openTemp(target: string): TempFile {
  const path = join(dirname(target), `.~perf-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined = openSync(path, "wx", 0o666);
  track(path);
  try {
    fchmodSync(fd, statSync(target).mode & 0o7777); // a file written back keeps its permissions
  } catch {
    // a new file: the default permissions
  }
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    fd,
    path,
    commit(replace = true) {
      fsyncSync(fd as number);
      close();
      if (replace) renameSync(path, target);
      else renameNoReplace(path, target);
      untrack(path);
      syncFolder(dirname(target));
    },
    abort() {
      try {
        close();
      } finally {
        removeQuietly(path);
        untrack(path);
      }
    },
  };
}

/**
 * Writes `path` through a temporary file, fsync and rename; `write` gets the temporary file's descriptor. `replace`
 * (--force, --in-place) allows an existing file to be replaced; without it an existing file is refused, even one that
 * appeared while the file was being written.
 */
export function writeAtomically(path: string, write: (fd: number) => void, replace: boolean): void {
  let temp: TempFile | undefined;
  try {
    if (!replace && existsSync(path)) throw existingOutput(path);
    temp = openTemp(path);
    write(temp.fd);
    temp.commit(replace);
  } catch (e) {
    temp?.abort();
    throw writeError(e, path);
  }
}

export function writeBytes(fd: number, data: Buffer | string): void {
  const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let done = 0;
  while (done < buffer.length) done += writeSync(fd, buffer, done, buffer.length - done);
}

/** The rename itself made durable: on Linux and macOS the folder is synced too; elsewhere this does nothing. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for syncing; its rename is durable enough
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPath(target: string): string {
  return join(dirname(target), `.~perf-lock.${basename(target)}`);
}

/** Excel's and LibreOffice's own lock files: the workbook is open in one of them. */
function openElsewhere(target: string): string | undefined {
  const name = basename(target);
  const folder = dirname(target);
  const candidates = [`~$${name}`, `~$${name.slice(2)}`, `.~lock.${name}#`];
  return candidates.find((c) => existsSync(join(folder, c)));
}

/**
 * Takes the lock of a workbook written in place: a lock file beside it, created only if absent (O_EXCL), so a second
 * writer is refused instead of one losing the other's work. A lock left by a process that no longer runs on this
 * machine is taken over, and `note` says so. Returns the release.
 */
export function lockWorkbook(target: string, note: (text: string) => void): () => void {
  const other = openElsewhere(target);
  if (other) {
    throw new CliError(
      `${target} 正在 Excel、WPS 或 LibreOffice 中打开（发现 ${other}）：请先关闭它再写回，否则关闭时会覆盖评分结果`,
    );
  }
  const lock = lockPath(target);
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number | undefined;
    try {
      fd = openSync(lock, "wx", 0o644);
      track(lock);
      writeBytes(fd, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }));
      closeSync(fd);
      return () => {
        removeQuietly(lock);
        untrack(lock);
      };
    } catch (e) {
      if (fd !== undefined) closeSync(fd);
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw writeError(e, lock);
    }
    let info: LockInfo | undefined;
    try {
      info = JSON.parse(readFileSync(lock, "utf8")) as LockInfo;
    } catch {
      info = undefined;
    }
    if (info && info.host === hostname() && Number.isInteger(info.pid) && !alive(info.pid) && attempt === 0) {
      note(`发现上次中断留下的锁文件 ${lock}（进程 ${info.pid} 已不在运行），已清除\n`);
      removeQuietly(lock);
      continue;
    }
    const who = info
      ? `另一个 perf-score 进程（${info.pid}，${info.host}，开始于 ${info.started.replace("T", " ").slice(0, 19)}）`
      : "另一个程序";
    throw new CliError(
      `${target} 正由${who}写入，为免丢失它的结果，本次不写：请等它结束后再试。若确定没有程序在写，可删除锁文件 ${lock} 后重试`,
    );
  }
  throw new CliError(`无法锁定 ${target}：请稍后再试`);
}
