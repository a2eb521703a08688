import type ExcelJS from "exceljs";
import { defaultFramework, type Framework } from "../../scoring";
import { summarize, toCsv, UNNAMED_DEPARTMENT, type BatchEntry, type Grid } from "../../workbook";
import type { Parsed } from "../args";
import { batchOutputs, eachWithProgress, findWorkbooks } from "../batch/run";
import { scoreFile } from "../batch/score-file";
import { writeAtomically, writeBytes } from "../files";
import { frameworkOption } from "../framework/resolve";
import type { Io } from "../io";
import { elapsedText } from "../progress";
import { complain, say } from "../report";

export const keyOf = (f: { id: string; hash: string }) => `${f.id}\u0000${f.hash}`;

/** The framework a batch is compared by: the given one, or the one most of its workbooks were read with. */
export function batchFramework(
  used: readonly { id: string; hash: string }[],
  seen: ReadonlyMap<string, Framework>,
  given: Framework | undefined,
): Framework {
  const counts = new Map<string, number>();
  for (const f of used) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return given ?? (top ? seen.get(top) : undefined) ?? defaultFramework();
}

/**
 * Departments are ranked only against others scored with the same framework (the same id and content): the given
 * one, or the one most workbooks carry. A workbook issued with another is listed under 未能评分 with its framework.
 */
function oneFramework(
  entries: BatchEntry[],
  seen: ReadonlyMap<string, Framework>,
  given: Framework | undefined,
): { framework: Framework; ranked: BatchEntry[] } {
  const used = entries.flatMap((e) => ("framework" in e && e.framework ? [e.framework] : []));
  const framework = batchFramework(used, seen, given);
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

/**
 * perf-score summary PATH... -o SUMMARY.xlsx [--csv SUMMARY.csv] [--force] [--follow-links]: scores every workbook;
 * nothing stops the batch: every file or folder that cannot be read is listed with its reason. Exit 0 when the
 * summary was written and at least one workbook scored.
 */
export async function summaryCommand(args: Parsed, io: Io): Promise<number> {
  const { output, csv, force } = batchOutputs(args, "汇总");
  const { found, total, started } = await findWorkbooks(args, [output, csv]);
  const given = await frameworkOption(args.options);
  const seen = new Map<string, Framework>();
  const entries: BatchEntry[] = await eachWithProgress(io, found.files, started, "正在评分", (path) =>
    scoreFile(path, path, given, seen),
  );
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
