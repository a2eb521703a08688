import ExcelJS from "exceljs";
import { readdir, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { defaultFramework, type Framework } from "../../scoring";
import { summarize, toCsv, type BatchEntry, type Grid } from "../../workbook";
import type { Parsed } from "../args";
import { scoreFile } from "../batch/score-file";
import { frameworkOption } from "../framework/resolve";
import { CliError, type Io } from "../io";
import { requireXlsxName, samePath, saveWorkbook } from "../workbook";

/** Every .xlsx under the paths (folders searched recursively), skipping Excel's lock files. */
async function collect(paths: readonly string[], exclude: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const visit = async (path: string, top: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      if (top) files.push(path); // reported as a failure with its reason, not silently dropped
      return;
    }
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) await visit(join(path, name), false);
    } else if (top || (/\.xlsx$/i.test(path) && !/^(~\$|\.~)/.test(basename(path)))) {
      if (!exclude.some((e) => samePath(e, path))) files.push(path);
    }
  };
  for (const p of paths) await visit(p, true);
  return files;
}

function sheet(wb: ExcelJS.Workbook, name: string, grid: Grid, widths: number[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = widths.map((width) => ({ width }));
  grid.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    row.values = values.map((v) => (v === null ? null : v));
    if (r === 0) row.font = { bold: true };
  });
}

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
    return {
      file: e.file,
      failure: `所用指标框架为 ${e.framework.id}（校验码 ${e.framework.hash.slice(0, 12)}），与本次汇总所用的 ${framework.id}（校验码 ${framework.hash.slice(0, 12)}）不同，不能一起排名；请分开汇总，或用 --framework 指定同一框架`,
    };
  });
  return { framework, ranked };
}

/**
 * perf-score summary PATH... -o SUMMARY.xlsx [--csv SUMMARY.csv]: scores every workbook; one bad file never stops
 * the batch. Exit 0 when the summary was written and at least one workbook scored.
 */
export async function summaryCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length === 0) throw new CliError("summary 需要至少一个工作簿或文件夹", 2);
  const output = args.options.get("output");
  if (!output) throw new CliError("summary 需要用 -o 指定汇总工作簿", 2);
  requireXlsxName(output, "汇总文件");
  const csv = args.options.get("csv");
  const files = await collect(args.positional, csv ? [output, csv] : [output]);
  if (files.length === 0) throw new CliError("所给路径下没有 .xlsx 工作簿");

  const given = await frameworkOption(args.options);
  const seen = new Map<string, Framework>();
  const jobs = files.map((path) => ({ path, name: path })); // as the user named it: the folder given, then the file
  const step = Math.max(1, Math.ceil(files.length / 10));
  const entries: BatchEntry[] = [];
  for (const [k, job] of jobs.entries()) {
    entries.push(await scoreFile(job.path, job.name, given, seen));
    const done = k + 1;
    if (files.length >= 20 && (done % step === 0 || done === files.length))
      io.stderr(`进度：${done}/${files.length}\n`);
  }

  const { framework, ranked } = oneFramework(entries, seen, given);
  const summary = summarize(framework, ranked);
  const wb = new ExcelJS.Workbook();
  wb.creator = "PERF";
  sheet(wb, "汇总", summary.ranking, [6, 36, 8, 14, 14, 14, 9, 6, 7, 7, 40, 40]);
  sheet(wb, "共性扣分", summary.common, [9, 30, 7, 11, 13, 18, 18, 10]);
  sheet(wb, "未能评分", summary.failed, [40, 90]);
  await saveWorkbook(wb, output);
  if (csv) {
    try {
      await writeFile(csv, toCsv(summary.ranking), "utf8");
    } catch (e) {
      throw new CliError(`无法写入 ${csv}：${(e as Error).message}`);
    }
  }
  const scored = summary.ranking.length - 1;
  const failed = summary.failed.length - 1;
  io.stdout(
    `已汇总 ${files.length} 个工作簿：${scored} 个已评分，${failed} 个未能评分。写入 ${output}${csv ? ` 和 ${csv}` : ""}。\n`,
  );
  for (const row of summary.failed.slice(1)) io.stderr(`未能评分：${row[0]}：${row[1]}\n`);
  for (const row of summary.ranking.slice(1))
    if (row[row.length - 2]) io.stderr(`注意：${row[row.length - 1]}：${row[row.length - 2]}\n`);
  return scored > 0 ? 0 : 1;
}
