import { useCallback, useRef, useState } from "react";
import { batchTime, SHEETS, type Finding } from "../workbook";
import type { Notice } from "./components/Notice";
import { checkOptions } from "./framework-checks";
import type { PaneHost } from "./host";
import { writeMonitor } from "../office/monitor-write";
import { MonitorResults, runMonitor, type MonitorModel } from "./monitor-run";

function noticeOf(e: unknown): Notice {
  const detail =
    typeof e === "object" && e !== null && "detail" in e ? String((e as { detail?: unknown }).detail ?? "") : undefined;
  return { intent: "error", text: e instanceof Error ? e.message : String(e), detail: detail || undefined };
}

/** What a run wrote, in a sentence: the cells of 状态 changed (kept in 评分记录 for 撤销), and 监控结果. */
function writtenText(changed: number): string {
  return changed === 0
    ? `“${SHEETS.monitor}”表的状态列无需改动；“${SHEETS.monitorResult}”表已更新。`
    : `“${SHEETS.monitor}”表的状态列改动 ${changed} 个单元格，原值记入“${SHEETS.record}”表，可在“评分”页点击“撤销上次评分”还原；“${SHEETS.monitorResult}”表已更新。`;
}

/**
 * The 运行监控 view's action: one click reads the workbook (the same read as 评分), monitors the month chosen (or the
 * last with 累计支出 filled), and writes the 状态 column, the 监控结果 sheet and 评分记录 in one go. A workbook
 * without PERF's tables, or without a 运行监控 table or any month's figures, gets nothing written.
 */
export function useMonitor(host: PaneHost, options: { busy: boolean; onRecorded(): void }) {
  const [month, setMonth] = useState<number | undefined>(undefined);
  const [model, setModel] = useState<MonitorModel | null>(null);
  const [results, setResults] = useState<{ view: typeof MonitorResults } | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const running = useRef(false);
  const { onRecorded } = options;

  const run = useCallback(async () => {
    if (running.current || options.busy) return;
    running.current = true;
    setNotice(null);
    setBusy("正在读取工作簿…");
    try {
      const snapshot = await host.read(false); // cells only: 运行监控 needs neither names nor merged areas
      setBusy("正在运行监控…");
      // The workbook's framework as 评分 resolves it (its content hash checked).
      const done = runMonitor(snapshot, month, await checkOptions(snapshot), batchTime(new Date()));
      setResults({ view: MonitorResults });
      setModel(done.model ?? null);
      setFindings(done.notPerf ? null : done.findings);
      if (done.notPerf) {
        setNotice({ intent: "warning", title: "未运行监控", text: done.notPerf });
        return;
      }
      const errors = done.findings.filter((f) => f.severity === "error").length;
      if (!done.plan) {
        setNotice({
          intent: "warning",
          title: "未运行监控",
          text: `有 ${errors} 处错误，下面逐条列出；工作簿未作任何改动。`,
        });
        return;
      }
      setBusy("正在写入监控结果…");
      await writeMonitor(done.plan, snapshot); // the 状态 column, 监控结果 with its chart, 评分记录
      if (done.plan.record.length > 0) onRecorded();
      const text = writtenText(done.plan.writes.length);
      setNotice(
        errors > 0
          ? { intent: "warning", title: `已运行监控，但有 ${errors} 处错误要更正`, text }
          : { intent: "success", title: `已运行监控（截至 ${done.model?.month} 月末）`, text },
      );
    } catch (e) {
      setNotice(noticeOf(e));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, [host, month, onRecorded, options.busy]);

  return { month, setMonth, model, Results: results?.view ?? null, findings, notice, setNotice, busy, run };
}
