/*
 * 运行监控 for the pane, loaded only when someone clicks 运行监控 (a chunk of its own, monitor.js: the monitoring core
 * stays out of the pane's first load). It reads the snapshot through the workbook layer, plans the writes, and turns
 * the core's result into plain text for the view: every number already in its sentence, so the view imports no core.
 */
import { fmt, pct, Dec, type Framework } from "../scoring";
import { checkpointEnd, money, severityOf, statusesOf, type MonitorResult, type Projected } from "../scoring/monitor";
import {
  monitorWorkbook,
  planMonitor,
  type Finding,
  type MonitorCheck,
  type CheckOptions,
  type MonitorPlan,
  type WorkbookSnapshot,
} from "../workbook";

export { MonitorResults } from "./components/MonitorResults";

/** A status's colour, as the 监控结果 sheet fills it: green 达标, red the worst status, amber any between. */
export type Tone = "met" | "warn" | "behind" | "later";

export interface StatusLine {
  key: string;
  title: string;
  status: string;
  tone: Tone;
  lines: string[];
}

export interface MonitorModel {
  /** “某局 2024 年度，截至 9 月末”. */
  heading: string;
  month: number;
  checkpoints: StatusLine[];
  /** What must be spent by the next checkpoint; without one, why not. */
  next: { title: string; amount?: string; text: string };
  projections: { code: string; title: string; cases: { how: string; score: string; lines: string[] }[] }[];
  figures: StatusLine[];
}

export interface MonitorRun {
  /** Set when the workbook holds none of PERF's tables: nothing is shown or written but this message. */
  notPerf?: string;
  /** The findings, errors first in the view; with an error, what it names is blank or wrong. */
  findings: Finding[];
  /** What the view shows; undefined when nothing could be monitored (no table, no month with figures). */
  model?: MonitorModel;
  /** The writes, when there is a result to write. */
  plan?: MonitorPlan;
}

function toneOf(framework: Framework, status: string | undefined): Tone {
  const severity = status ? severityOf(framework, status) : -1;
  if (severity < 0) return "later";
  return severity === 0 ? "met" : severity === statusesOf(framework).length ? "behind" : "warn";
}

const scoreText = (p: Projected) => (p.score === null ? "未能预计" : `${fmt(p.score)} 分`);

function modelOf(check: MonitorCheck, result: MonitorResult): MonitorModel {
  const fw = check.framework;
  const who = `${check.department ?? "（未填部门名称）"}${check.year ? ` ${check.year} 年度` : ""}`;
  const next = result.next;
  return {
    heading: `${who}，截至 ${result.month} 月末`,
    month: result.month,
    checkpoints: result.checkpoints.map((c) => {
      const status = c.status?.status ?? (c.passed ? "未能判断" : "未到");
      return {
        key: c.checkpoint.id,
        title: checkpointEnd(c.checkpoint),
        status,
        tone: toneOf(fw, c.status?.status),
        lines: !c.passed
          ? [`序时进度 ${pct(new Dec(c.checkpoint.target))}，尚未到期。`]
          : c.lines.length > 0
            ? c.lines
            : ["该月的数字有误或未填写，见上方检查结果。"],
      };
    }),
    next: next
      ? {
          title: `到${checkpointEnd(next.checkpoint)}还须支出`,
          amount: `${money(next.needed.amount)} 万元`,
          text: next.needed.text,
        }
      : {
          title: "到下一检查点还须支出",
          text: result.month === 12 ? "全年各检查点都已过去。" : "未能计算：请先更正上方的错误。",
        },
    projections: result.execution.map((e) => ({
      code: e.code,
      title: `${e.code} ${e.name}（满分 ${fmt(e.points)} 分）`,
      cases: [
        { how: "此后各检查点都达到序时进度", score: scoreText(e.onTarget), lines: e.onTarget.lines },
        { how: "按目前进度", score: scoreText(e.atPace), lines: e.atPace.lines },
      ],
    })),
    figures: result.figures.map((f) => ({
      key: f.figure.id,
      title: f.figure.label,
      status: f.status ?? "未填写",
      tone: toneOf(fw, f.status),
      lines: f.lines,
    })),
  };
}

/** One 运行监控 click's work between the read and the write: monitor, plan, and the view's text. */
export function runMonitor(
  snapshot: WorkbookSnapshot,
  month: number | undefined,
  options: CheckOptions,
  now: string,
): MonitorRun {
  const check = monitorWorkbook(snapshot, { ...options, month });
  const notPerf = check.findings.find((f) => f.kind === "not-perf");
  if (notPerf) return { notPerf: notPerf.message, findings: [] };
  if (!check.result) return { findings: check.findings };
  return { findings: check.findings, model: modelOf(check, check.result), plan: planMonitor(check, now) };
}
