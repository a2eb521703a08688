import type ExcelJS from "exceljs";
import type { Framework } from "../../scoring";
import { monitorSummary, toCsv, UNNAMED_DEPARTMENT, type Grid, type MonitorEntry } from "../../workbook";
import type { Parsed } from "../args";
import { monitorFile } from "../batch/monitor-file";
import { batchOutputs, eachWithProgress, findWorkbooks } from "../batch/run";
import { writeAtomically, writeBytes } from "../files";
import { frameworkOption } from "../framework/resolve";
import { CliError, type Io } from "../io";
import { elapsedText } from "../progress";
import { say } from "../report";
import { batchFramework, keyOf } from "./summary";

/** --month: a whole month of the year, 1 to 12 (“7” or “7月”). */
export function monthOption(raw: string | undefined): number {
  if (raw === undefined) throw new CliError("monitor 需要用 --month 指定监控的月份（1 至 12，如 --month 7）", 2);
  const text = raw.replace(/\s+/g, "").replace(/月(末|底)?$/, "");
  const month = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new CliError(`--month 应为 1 至 12 的整数月份，收到“${raw}”`, 2);
  return month;
}

/** Departments are compared only when monitored with the same framework: the others are listed under 未能监控. */
function oneFramework(
  entries: MonitorEntry[],
  seen: ReadonlyMap<string, Framework>,
  given: Framework | undefined,
): { framework: Framework; entries: MonitorEntry[] } {
  const framework = batchFramework(
    entries.flatMap((e) => ("line" in e ? [e.line.framework] : [])),
    seen,
    given,
  );
  const ours = `${framework.id}（校验码 ${framework.hash.slice(0, 12)}）`;
  return {
    framework,
    entries: entries.map((e): MonitorEntry => {
      if (!("line" in e) || keyOf(e.line.framework) === keyOf(framework)) return e;
      const theirs = `${e.line.framework.id}（校验码 ${e.line.framework.hash.slice(0, 12)}）`;
      return {
        file: e.file,
        failure: `所用指标框架为 ${theirs}，与本次监控汇总所用的 ${ours} 不同，检查点和监控项不能一起比较；请分开汇总，或用 --framework 指定同一框架`,
        department: e.line.department,
      };
    }),
  };
}

/** A sheet with its header bold and frozen, number formats by column, and fills on the cells given. */
function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  grid: Grid,
  widths: (header: string) => number,
  formats: Record<number, string> = {},
  fills: readonly { row: number; col: number; color: string }[] = [],
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: name === "监控汇总" ? 2 : 0 }] });
  ws.columns = (grid[0] ?? []).map((h, c) => ({
    width: widths(String(h)),
    ...(formats[c] ? { style: { numFmt: formats[c] } } : {}),
  }));
  grid.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    row.values = values.map((v) => (v === null ? null : v));
    if (r === 0) {
      row.font = { bold: true };
      row.alignment = { wrapText: true, vertical: "top" };
    }
  });
  for (const f of fills)
    ws.getCell(f.row + 1, f.col + 1).fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${f.color.replace("#", "")}` },
    };
}

function width(header: string): number {
  if (header === "说明") return 80;
  if (header === "文件" || header === "原因") return 50;
  if (header === "部门") return 24;
  return Math.min(24, Math.max(8, header.length * 1.6));
}

/**
 * perf-score monitor PATH... --month 7 -o 监控汇总.xlsx [--csv 监控汇总.csv] [--framework 框架] [--force]
 * [--follow-links]: reads every department's 运行监控 sheet through the same reader and monitoring core as the pane,
 * one row per department, most at risk first; a workbook that cannot be read or monitored is listed with its reason
 * and never stops the batch. Exit 0 when the summary was written and at least one department was monitored.
 */
export async function monitorCommand(args: Parsed, io: Io): Promise<number> {
  const month = monthOption(args.options.get("month"));
  const { output, csv, force } = batchOutputs(args, "监控汇总");
  const { found, total, started } = await findWorkbooks(args, [output, csv]);
  const given = await frameworkOption(args.options);
  const seen = new Map<string, Framework>();
  const read = await eachWithProgress(io, found.files, started, "正在监控", (path) =>
    monitorFile(path, path, month, given, seen),
  );
  for (const p of found.problems) read.push({ file: p.path, failure: p.reason });

  const { framework, entries } = oneFramework(read, seen, given);
  const summary = monitorSummary(framework, month, entries);
  const wb = new (await import("exceljs")).default.Workbook();
  wb.creator = "PERF";
  sheet(wb, "监控汇总", summary.grid, width, summary.formats, summary.fills);
  sheet(wb, "未能监控", summary.failed, width);
  const data = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  writeAtomically(output, (fd) => writeBytes(fd, data), force);
  if (csv) writeAtomically(csv, (fd) => writeBytes(fd, toCsv(summary.grid)), force);
  const monitored = summary.grid.length - 1;
  const failed = summary.failed.length - 1;
  const time = elapsedText(Date.now() - started);
  say(io, `已汇总 ${total} 个文件的 ${month} 月运行监控：${monitored} 个已监控，${failed} 个未能监控，用时 ${time}。`);
  say(io, `已写入 ${output}${csv ? ` 和 ${csv}` : ""}。`);
  // One line per file on standard error, unwrapped: a log to search, whatever the terminal's width.
  for (const [file, department, reason] of summary.failed.slice(1)) {
    const named = department && department !== UNNAMED_DEPARTMENT ? `（${department}）` : "";
    io.stderr(`未能监控：${file}${named}：${reason}\n`);
  }
  for (const note of found.notes) io.stderr(`注意：${note}\n`);
  return monitored > 0 ? 0 : 1;
}
