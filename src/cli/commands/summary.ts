import type ExcelJS from "exceljs";
import { realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { defaultFramework, type Framework } from "../../scoring";
import { summarize, toCsv, UNNAMED_DEPARTMENT, type BatchEntry, type Grid } from "../../workbook";
import type { Parsed } from "../args";
import { scoreFile } from "../batch/score-file";
import { walk } from "../batch/walk";
import { refuseExisting, writeAtomically, writeBytes } from "../files";
import { frameworkOption } from "../framework/resolve";
import { CliError, type Io } from "../io";
import { elapsedText, progressBar } from "../progress";
import { complain, say } from "../report";
import { requireXlsxName, samePath } from "../workbook";

const keyOf = (f: { id: string; hash: string }) => `${f.id}\u0000${f.hash}`;

/**
 * Departments are ranked only against others scored with the same framework (the same id and content): the given
 * one, or the one most workbooks carry. A workbook issued with another is listed under 未能评分 with its framework.
 */
function oneFramework(
  entries: BatchEntry[],
  seen: ReadonlyMap<string, Framework>,
  given: Framework | undefined,
): { framework: Framework; ranked: BatchEntry[] } {
  const counts = new Map<string, number>();
  for (const e of entries)
    if ("framework" in e && e.framework) counts.set(keyOf(e.framework), (counts.get(keyOf(e.framework)) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const framework = given ?? (top ? seen.get(top) : undefined) ?? defaultFramework();
  const ranked = entries.map((e): BatchEntry => {
    if (!("framework" in e) || !e.framework || keyOf(e.framework) === keyOf(framework)) return e;
    const theirs = `${e.framework.id}（校验码 ${e.framework.hash.slice(0, 12)}）`;
    const ours = `${framework.id}（校验码 ${framework.hash.slice(0, 12)}）`;
    return {
      file: e.file,
      failure: `所用指标框架为 ${theirs}，与本次汇总所用的 ${ours} 不同，不能一起排名；请分开汇总，或用 --framework 指定同一框架`,
      department: e.result.department,
    };
  });
  return { framework, ranked };
}

/** A sheet of the summary: the grid, its header bold and frozen; `formats` gives a column a number format by header. */
function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  grid: Grid,
  widths: number[],
  formats: Record<string, string> = {},
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = widths.map((width, c) => {
    const numFmt = formats[String(grid[0]?.[c])];
    return numFmt ? { width, style: { numFmt } } : { width };
  });
  grid.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    row.values = values.map((v) => (v === null ? null : v));
    if (r === 0) row.font = { bold: true };
  });
}

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

/**
 * perf-score summary PATH... -o SUMMARY.xlsx [--csv SUMMARY.csv] [--force] [--follow-links]: scores every workbook;
 * nothing stops the batch: every file or folder that cannot be read is listed with its reason. Exit 0 when the
 * summary was written and at least one workbook scored.
 */
export async function summaryCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length === 0) throw new CliError("summary 需要至少一个工作簿或文件夹", 2);
  const output = args.options.get("output");
  if (!output) throw new CliError("summary 需要用 -o 指定汇总工作簿", 2);
  requireXlsxName(output, "汇总文件");
  const csv = args.options.get("csv");
  if (csv !== undefined && samePath(csv, output)) throw new CliError("汇总工作簿和 CSV 不能是同一个文件", 2);
  const force = args.flags.has("force");
  checkOutputs(args.positional, csv ? [output, csv] : [output], force);

  const started = Date.now();
  const found = await walk(args.positional, {
    followLinks: args.flags.has("follow-links"),
    exclude: [output, ...(csv ? [csv] : [])],
  });
  const total = found.files.length + found.problems.length;
  if (total === 0) throw new CliError("所给路径下没有 .xlsx 工作簿");
  const given = await frameworkOption(args.options);
  const seen = new Map<string, Framework>();
  const entries: BatchEntry[] = [];
  const progress = progressBar(io, found.files.length, started);
  try {
    for (const [k, path] of found.files.entries()) {
      progress.update(k, basename(path));
      entries.push(await scoreFile(path, path, given, seen)); // named as the user gave it: the folder given, then the file
    }
    progress.update(found.files.length);
  } finally {
    progress.end();
  }
  for (const p of found.problems) entries.push({ file: p.path, failure: p.reason });

  const { framework, ranked } = oneFramework(entries, seen, given);
  const summary = summarize(framework, ranked);
  const wb = new (await import("exceljs")).default.Workbook();
  wb.creator = "PERF";
  sheet(wb, "汇总", summary.ranking, [6, 36, 8, 14, 14, 14, 9, 6, 7, 7, 40, 40]);
  sheet(wb, "共性扣分", summary.common, [9, 30, 7, 11, 13, 18, 18, 10], { 扣分部门占比: "0.0%" });
  sheet(wb, "未能评分", summary.failed, [40, 30, 90]);
  const data = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  writeAtomically(output, (fd) => writeBytes(fd, data), force);
  if (csv) writeAtomically(csv, (fd) => writeBytes(fd, toCsv(summary.ranking)), force);
  const scored = summary.ranking.length - 1;
  const failed = summary.failed.length - 1;
  const time = elapsedText(Date.now() - started);
  say(io, `已汇总 ${total} 个文件：${scored} 个已评分，${failed} 个未能评分，用时 ${time}。`);
  say(io, `已写入 ${output}${csv ? ` 和 ${csv}` : ""}。`);
  // One paragraph per file on standard error: wrapped to a terminal, one line each in a log.
  for (const [file, department, reason] of summary.failed.slice(1)) {
    const named = department && department !== UNNAMED_DEPARTMENT ? `（${department}）` : "";
    complain(io, `未能评分：${file}${named}：${reason}`);
  }
  for (const note of found.notes) complain(io, `注意：${note}`);
  for (const row of summary.ranking.slice(1))
    if (row[row.length - 2]) complain(io, `注意：${row[row.length - 1]}：${row[row.length - 2]}`);
  return scored > 0 ? 0 : 1;
}
