import type { Stats } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { systemReason } from "../../xlsx";

/** The file system the walk uses: Node's, or a test's that fails where it is told to. */
export interface WalkFs {
  lstat(path: string): Promise<Stats>;
  stat(path: string): Promise<Stats>;
  readdir(path: string): Promise<string[]>;
  realpath(path: string): Promise<string>;
}

export const nodeFs: WalkFs = { lstat, stat, readdir: (p) => readdir(p), realpath: (p) => realpath(p) };

export interface WalkResult {
  /** Workbooks to score, as the user named them (the folder given, then the path below it). */
  files: string[];
  /** What could not be looked at, with the reason: listed on 未能评分. */
  problems: { path: string; reason: string }[];
  /** Things worth a word that are not failures (the same file reached twice). */
  notes: string[];
}

/** A workbook by its name: xlsx and xlsm, and the old formats (so they are named, not skipped); no lock files. */
export function isWorkbookName(name: string): boolean {
  return /\.(xlsx|xlsm|xls|et)$/i.test(name) && !/^(~\$|\.~)/.test(name);
}

function reasonOf(e: unknown, what: "file" | "folder" | "link"): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return what === "folder" ? "没有读取该文件夹的权限" : "没有读取权限";
  if (code === "ENOENT") return what === "link" ? "符号链接指向的文件不存在（断开的链接）" : "找不到该文件或文件夹";
  if (code === "ELOOP") return "符号链接形成循环";
  return systemReason(e) ?? `无法读取：${(e as Error).message}`;
}

const key = (s: Stats) => `${s.dev}:${s.ino}`;

/**
 * Every workbook under the paths, folders searched to any depth without recursion, and never stopping: an unreadable
 * folder or file, a broken link or a loop becomes a problem with its reason. Links inside folders are followed only
 * with `followLinks` (then a link back up the tree is a loop, and a folder reached twice is walked once); each real
 * file is listed once, however many names reach it. A path the user names is always followed.
 */
export async function walk(
  roots: readonly string[],
  options: { followLinks: boolean; exclude?: readonly string[]; fs?: WalkFs },
): Promise<WalkResult> {
  const fs = options.fs ?? nodeFs;
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const result: WalkResult = { files: [], problems: [], notes: [] };
  const files = new Map<string, string>(); // real file → the first name it was found by
  const folders = new Map<string, string>();
  const addFile = (path: string, info: Stats) => {
    if (excluded.has(resolve(path))) return;
    const first = files.get(key(info));
    if (first !== undefined) {
      result.notes.push(`${path} 与 ${first} 是同一个文件，只评一次`);
      return;
    }
    files.set(key(info), path);
    result.files.push(path);
  };
  const stack: { path: string; ancestors: Set<string> }[] = [];
  const addFolder = (path: string, info: Stats, ancestors: Set<string>) => {
    const first = folders.get(key(info));
    if (ancestors.has(key(info))) {
      result.problems.push({ path, reason: "符号链接指向它所在的上层文件夹，形成循环，已跳过" });
      return;
    }
    if (first !== undefined) {
      result.notes.push(`${path} 与 ${first} 是同一个文件夹，只评一次`);
      return;
    }
    folders.set(key(info), path);
    stack.push({ path, ancestors: new Set([...ancestors, key(info)]) });
  };

  for (const root of roots) {
    let info: Stats;
    try {
      info = await fs.stat(root);
    } catch (e) {
      result.problems.push({ path: root, reason: reasonOf(e, "file") });
      continue;
    }
    if (info.isDirectory()) addFolder(root, info, new Set());
    else if (info.isFile()) addFile(root, info);
    else result.problems.push({ path: root, reason: "不是普通文件" });
    // Folders are walked in the order given, each to the end, before the next root.
    while (stack.length > 0) {
      const { path, ancestors } = stack.pop() as { path: string; ancestors: Set<string> };
      let names: string[];
      try {
        names = (await fs.readdir(path)).sort();
      } catch (e) {
        result.problems.push({ path, reason: `无法读取文件夹：${reasonOf(e, "folder")}` });
        continue;
      }
      const below: { path: string; info: Stats }[] = [];
      for (const name of names) {
        const child = join(path, name);
        let entry: Stats;
        try {
          entry = await fs.lstat(child);
        } catch (e) {
          if (isWorkbookName(name)) result.problems.push({ path: child, reason: reasonOf(e, "file") });
          continue;
        }
        if (entry.isSymbolicLink()) {
          let target: Stats;
          try {
            target = await fs.stat(child);
          } catch (e) {
            result.problems.push({ path: child, reason: reasonOf(e, "link") });
            continue;
          }
          const relevant =
            target.isDirectory() ||
            isWorkbookName(name) ||
            isWorkbookName(basename(await fs.realpath(child).catch(() => "")));
          if (!relevant) continue;
          if (!options.followLinks) {
            result.problems.push({ path: child, reason: "是符号链接，未跟随（如需评分，请加 --follow-links）" });
            continue;
          }
          if (target.isDirectory()) below.push({ path: child, info: target });
          else if (target.isFile()) addFile(child, target);
          else result.problems.push({ path: child, reason: "链接指向的不是普通文件" });
          continue;
        }
        if (entry.isDirectory()) below.push({ path: child, info: entry });
        else if (!isWorkbookName(name)) continue;
        else if (entry.isFile()) addFile(child, entry);
        else result.problems.push({ path: child, reason: "不是普通文件（如管道或设备），未读取" });
      }
      // Pushed in reverse, so that the folders below are walked in name order.
      for (const b of below.reverse()) addFolder(b.path, b.info, ancestors);
    }
  }
  return result;
}
