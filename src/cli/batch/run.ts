import { realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { refuseExisting } from "../files";
import type { Parsed } from "../args";
import { CliError, type Io } from "../io";
import { progressBar } from "../progress";
import { requireXlsxName, samePath } from "../workbook";
import { walk, type WalkResult } from "./walk";

/**
 * What summary and monitor share: their outputs checked before any work, every workbook under the paths given, and
 * each handed on in turn under a progress bar.
 */

/** A path with its folder's links resolved (the file itself may not exist yet). */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * The outputs, checked before anything is scored: never inside a folder being summarised (it would be read as a
 * department's workbook, or replace one), never one of the inputs, and never an existing file without --force.
 */
function checkOutputs(paths: readonly string[], outputs: string[], force: boolean): void {
  for (const out of outputs) {
    const target = real(out);
    for (const p of paths) {
      let folder = false;
      try {
        folder = statSync(p).isDirectory();
      } catch {
        continue;
      }
      const root = real(p);
      const rel = relative(root, target);
      if (folder && rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) {
        throw new CliError(
          `${out} 在要汇总的文件夹 ${p} 之中，会被当作部门的工作簿或覆盖其中的文件：请写到该文件夹之外`,
          2,
        );
      }
      if (!folder && rel === "") throw new CliError(`${out} 是要汇总的工作簿之一，不能写入`, 2);
    }
    refuseExisting(out, force);
  }
}

/** -o (an .xlsx) and --csv, checked before anything is read: `what` names the workbook (汇总, 监控汇总). */
export function batchOutputs(args: Parsed, what: string): { output: string; csv: string | undefined; force: boolean } {
  const command = args.command as string;
  if (args.positional.length === 0) throw new CliError(`${command} 需要至少一个工作簿或文件夹`, 2);
  const output = args.options.get("output");
  if (!output) throw new CliError(`${command} 需要用 -o 指定${what}工作簿`, 2);
  requireXlsxName(output, `${what}文件`);
  const csv = args.options.get("csv");
  if (csv !== undefined && samePath(csv, output)) throw new CliError(`${what}工作簿和 CSV 不能是同一个文件`, 2);
  const force = args.flags.has("force");
  checkOutputs(args.positional, csv ? [output, csv] : [output], force);
  return { output, csv, force };
}

/** Every workbook under the paths given (the outputs left out), and when the work started; none at all is an error. */
export async function findWorkbooks(
  args: Parsed,
  outputs: readonly (string | undefined)[],
): Promise<{ found: WalkResult; total: number; started: number }> {
  const started = Date.now();
  const found = await walk(args.positional, {
    followLinks: args.flags.has("follow-links"),
    exclude: outputs.filter((o): o is string => o !== undefined),
  });
  const total = found.files.length + found.problems.length;
  if (total === 0) throw new CliError("所给路径下没有 .xlsx 工作簿");
  return { found, total, started };
}

/** Each file in turn, named as the user gave it (the folder given, then the file), under a progress bar. */
export async function eachWithProgress<T>(
  io: Io,
  files: readonly string[],
  started: number,
  doing: string,
  one: (path: string) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  const progress = progressBar(io, files.length, started, undefined, doing);
  try {
    for (const [k, path] of files.entries()) {
      progress.update(k, basename(path));
      out.push(await one(path));
    }
    progress.update(files.length);
  } finally {
    progress.end();
  }
  return out;
}
