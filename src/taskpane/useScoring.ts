import { useCallback, useRef, useState } from "react";
import {
  batchTime,
  checkWorkbook,
  planFill,
  planUndo,
  problemsDraft,
  problemsGrid,
  PROBLEMS_SHEET,
  type CheckResult,
  type FillPlan,
  type WorkbookSnapshot,
} from "../workbook";
import { setWorkbookFramework } from "../functions/framework";
import { checksFor } from "./framework-checks";
import { TEMPLATE_SHEETS } from "../office/template";
import type { PaneHost } from "./host";

/** What the pane is doing: nothing, something (with a label), waiting for the user's answer, or reporting. */
export type Phase =
  | { kind: "idle" }
  | { kind: "busy"; label: string }
  | { kind: "confirm-overwrite"; plan: FillPlan }
  | { kind: "confirm-template"; clash: string[]; missing: string[] };

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
  detail?: string;
}

function noticeOf(e: unknown): Notice {
  const detail =
    typeof e === "object" && e !== null && "detail" in e ? String((e as { detail?: unknown }).detail ?? "") : undefined;
  return { intent: "error", text: e instanceof Error ? e.message : String(e), detail: detail || undefined };
}

/** The pane's actions and state: 评分, 撤销上次评分, 插入模板, and the 存在问题 draft. */
export function useScoring(host: PaneHost) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);

  /** Runs one action at a time; whatever it throws becomes a readable notice. */
  const run = useCallback(async (label: string, action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setNotice(null);
    setPhase({ kind: "busy", label });
    try {
      await action();
    } catch (e) {
      setNotice(noticeOf(e));
      setPhase({ kind: "idle" });
    } finally {
      running.current = false;
    }
  }, []);

  const write = useCallback(
    async (plan: FillPlan, snapshot: WorkbookSnapshot, scored: CheckResult) => {
      setPhase({ kind: "busy", label: "正在写入得分…" });
      await host.writeFill(plan, snapshot);
      setPhase({ kind: "idle" });
      const cells = `改动 ${plan.writes.length} 个单元格，原值记入“评分记录”表。`;
      setNotice(
        scored.result.total === null
          ? {
              intent: "warning",
              text: `有错误，未能得出总分：已写入能评分的指标，无法评分的得分已清空；${cells}请按检查结果更正后重新评分。`,
            }
          : { intent: "success", text: `已写入得分：${cells}` },
      );
    },
    [host],
  );

  /** Reads, checks and plans; asks first when hand-entered scores would change. */
  const readAndPlan = useCallback(async () => {
    const snapshot = await host.read();
    setPhase({ kind: "busy", label: "正在评分…" });
    // The workbook's own framework (a template carries it), or dapeng-2024 for one made before templates did.
    const result = checkWorkbook(snapshot, { own: await checksFor(snapshot) });
    setWorkbookFramework(result.framework);
    setCheck(result);
    return { snapshot, result, plan: planFill(result, batchTime(new Date())) };
  }, [host]);

  const score = useCallback(
    () =>
      run("正在读取工作簿…", async () => {
        const { snapshot, result, plan } = await readAndPlan();
        if (plan.overwrites.length > 0) {
          setPhase({ kind: "confirm-overwrite", plan });
          return;
        }
        await write(plan, snapshot, result);
      }),
    [readAndPlan, run, write],
  );

  /**
   * The user agreed to what was listed. The workbook may have changed while the question was open, so it is read
   * and planned again; if the changes are no longer the ones agreed to, the question is asked again.
   */
  const confirmOverwrite = useCallback(
    (agreed: FillPlan) =>
      run("正在写入得分…", async () => {
        const { snapshot, result, plan } = await readAndPlan();
        const key = (p: FillPlan) => JSON.stringify(p.overwrites.map((o) => [o.cell, o.old, o.oldFormula, o.value]));
        if (key(plan) !== key(agreed)) {
          setPhase({ kind: "confirm-overwrite", plan });
          setNotice({ intent: "warning", text: "工作簿在确认期间有改动，请重新核对以下将被改写的得分。" });
          return;
        }
        await write(plan, snapshot, result);
      }),
    [readAndPlan, run, write],
  );

  const cancel = useCallback(() => {
    setPhase({ kind: "idle" });
    setNotice({ intent: "info", text: "已取消，工作簿未作任何改动。" });
  }, []);

  const undo = useCallback(
    () =>
      run("正在撤销上次评分…", async () => {
        const snapshot = await host.read();
        const plan = planUndo(snapshot);
        if (plan.batch === undefined) throw new Error("“评分记录”表中没有可撤销的评分。");
        await host.writeUndo(plan, snapshot);
        setCheck(null);
        setPhase({ kind: "idle" });
        const skipped = plan.skipped.map((f) => `${f.cell ?? ""} ${f.message}`.trim()).join("；");
        setNotice({
          intent: skipped ? "warning" : "success",
          text: `已撤销批次 ${plan.batch} 的评分，还原 ${plan.restored} 个单元格。${skipped ? `未还原：${skipped}` : ""}`,
        });
      }),
    [host, run],
  );

  const insertTemplate = useCallback(
    (only?: string[]) =>
      run("正在插入模板…", async () => {
        if (!only) {
          const names = new Set(await host.sheetNames());
          const clash = TEMPLATE_SHEETS.filter((n) => names.has(n));
          if (clash.length > 0) {
            setPhase({ kind: "confirm-template", clash, missing: TEMPLATE_SHEETS.filter((n) => !names.has(n)) });
            return;
          }
        }
        const names = only ?? TEMPLATE_SHEETS;
        await host.insertTemplate(await host.templateBase64(), names);
        setPhase({ kind: "idle" });
        setNotice({
          intent: "success",
          text: `已插入模板工作表：${names.join("、")}。请在“基础数据”“效果性”表填写后点击“评分”。`,
        });
      }),
    [host, run],
  );

  const insertProblems = useCallback(
    (paragraphs: string[]) =>
      run("正在插入“存在问题”工作表…", async () => {
        const name = await host.writeSheet(PROBLEMS_SHEET, problemsGrid(paragraphs));
        setPhase({ kind: "idle" });
        setNotice({ intent: "success", text: `已写入“${name}”工作表。` });
      }),
    [host, run],
  );

  const select = useCallback(
    async (cell: string) => {
      try {
        await host.select(cell);
      } catch (e) {
        setNotice(noticeOf(e));
      }
    },
    [host],
  );

  const problems = check ? problemsDraft(check.framework, check.result) : [];
  return {
    phase,
    check,
    notice,
    problems,
    score,
    confirmOverwrite,
    cancel,
    undo,
    insertTemplate,
    insertProblems,
    select,
    setNotice,
  };
}
