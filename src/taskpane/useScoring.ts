import { useCallback, useEffect, useRef, useState } from "react";
import { defaultFramework, labelLookup } from "../scoring";
import {
  batchTime,
  canUndo,
  checkWorkbook,
  fillWords,
  hasPerfTables,
  isMonitorBatch,
  planFill,
  planUndo,
  problemsDraft,
  problemsGrid,
  PROBLEMS_SHEET,
  refusalOf,
  type CheckResult,
  type FillPlan,
  type Refusal,
  type WorkbookSnapshot,
} from "../workbook";
import { setWorkbookFramework } from "../functions/workbook-framework";
import { checkOptions } from "./framework-checks";
import { unreadFindings } from "../office/read-extras";
import { TEMPLATE_SHEETS } from "../office/template";
import type { Notice } from "./components/Notice";
import type { PaneHost } from "./host";

export type { Notice } from "./components/Notice";

/** What the pane is doing: nothing, something (with a label), or waiting for the user's answer to a question. */
export type Phase =
  | { kind: "idle" }
  | { kind: "busy"; label: string }
  | { kind: "confirm-overwrite"; plan: FillPlan }
  | { kind: "confirm-template"; clash: string[]; missing: string[] };

/** What the workbook is to PERF, as last read: not yet known, without PERF's tables, or a PERF workbook. */
export type WorkbookKind = "unknown" | "not-perf" | "perf";

function noticeOf(e: unknown): Notice {
  const detail =
    typeof e === "object" && e !== null && "detail" in e ? String((e as { detail?: unknown }).detail ?? "") : undefined;
  return { intent: "error", text: e instanceof Error ? e.message : String(e), detail: detail || undefined };
}

const NOTHING_TO_UNDO = "“评分记录”表中没有可撤销的评分。";

/** The pane's actions and state: 评分, 撤销上次评分, 插入模板, and the 存在问题 draft. */
export function useScoring(host: PaneHost) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [check, setCheck] = useState<CheckResult | null>(null);
  /** The results shown were written to the workbook (the hand-entered scores they differed from are gone). */
  const [written, setWritten] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [draftNotice, setDraftNotice] = useState<Notice | null>(null);
  const [draftBusy, setDraftBusy] = useState(false);
  const [workbook, setWorkbook] = useState<WorkbookKind>("unknown");
  /** Whether 评分记录 holds a fill to undo; undefined until the workbook has been read. */
  const [undoable, setUndoable] = useState<boolean | undefined>(undefined);
  const running = useRef(false);

  /** What a read says about the workbook as a whole: PERF's or not, and anything to undo. */
  const learn = useCallback((snapshot: WorkbookSnapshot) => {
    // A workbook without PERF框架 is dapeng-2024's (made before templates carried theirs); one with it is PERF's.
    setWorkbook(hasPerfTables(snapshot, defaultFramework()) ? "perf" : "not-perf");
    setUndoable(canUndo(snapshot));
  }, []);

  /** Runs one action at a time; whatever it throws becomes a readable notice. */
  const run = useCallback(async (label: string, action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setNotice(null);
    setDraftNotice(null);
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

  // On opening, a quiet look at the workbook: is it PERF's (else the pane starts with 插入模板), and is there an undo.
  useEffect(() => {
    let live = true;
    host.read(false).then(
      (snapshot) => live && learn(snapshot),
      (e: unknown) => live && setNotice({ ...noticeOf(e), intent: "warning" }),
    );
    return () => {
      live = false;
    };
  }, [host, learn]);

  const write = useCallback(
    async (plan: FillPlan, snapshot: WorkbookSnapshot, scored: CheckResult) => {
      setPhase({ kind: "busy", label: "正在写入得分…" });
      await host.writeFill(plan, snapshot);
      setWritten(true);
      if (plan.record.length > 0) setUndoable(true);
      setPhase({ kind: "idle" });
      // The errors themselves are counted and listed under the summary; the message says what was written.
      setNotice(fillWords(scored, plan, "可用“撤销上次评分”还原"));
    },
    [host],
  );

  /** Reads and checks; a workbook without PERF's tables stops here, with nothing written. */
  const readAndCheck = useCallback(async () => {
    const snapshot = await host.read();
    setPhase({ kind: "busy", label: "正在评分…" });
    learn(snapshot);
    // The workbook's own framework (a template carries it, its content hash checked), or dapeng-2024 for one made
    // before templates did.
    const result = checkWorkbook(snapshot, await checkOptions(snapshot));
    // What Excel could not tell (merged cells, names) is said, as the command line has no such gap.
    result.findings.push(...unreadFindings(snapshot));
    setWorkbookFramework(result.framework);
    return { snapshot, result };
  }, [host, learn]);

  /** A workbook that is not PERF's, or a template nobody has filled: nothing written, and one message saying so. */
  const refuse = useCallback((refusal: Refusal) => {
    setCheck(null);
    setWritten(false);
    setPhase({ kind: "idle" });
    setNotice({ intent: "warning", title: "未评分", text: `${refusal.message}${refusal.todo}` });
  }, []);

  const score = useCallback(
    () =>
      run("正在读取工作簿…", async () => {
        const { snapshot, result } = await readAndCheck();
        const refusal = refusalOf(result, "pane");
        if (refusal) return refuse(refusal);
        const plan = planFill(result, batchTime(new Date()));
        setCheck(result);
        setWritten(false);
        if (plan.overwrites.length > 0) {
          setPhase({ kind: "confirm-overwrite", plan });
          return;
        }
        await write(plan, snapshot, result);
      }),
    [refuse, readAndCheck, run, write],
  );

  /**
   * The user agreed to what was listed. The workbook may have changed while the question was open, so it is read
   * and planned again; if the changes are no longer the ones agreed to, the question is asked again.
   */
  const confirmOverwrite = useCallback(
    (agreed: FillPlan) =>
      run("正在写入得分…", async () => {
        const { snapshot, result } = await readAndCheck();
        const refusal = refusalOf(result, "pane");
        if (refusal) return refuse(refusal);
        const plan = planFill(result, batchTime(new Date()));
        setCheck(result);
        const key = (p: FillPlan) => JSON.stringify(p.overwrites.map((o) => [o.cell, o.old, o.oldFormula, o.value]));
        if (key(plan) !== key(agreed)) {
          setPhase({ kind: "confirm-overwrite", plan });
          setNotice({ intent: "warning", text: "工作簿在确认期间有改动，请重新核对将被改写的得分。" });
          return;
        }
        await write(plan, snapshot, result);
      }),
    [refuse, readAndCheck, run, write],
  );

  const cancel = useCallback(() => {
    // A declined score was not written: its results are not shown as if they stood (a declined 插入模板 leaves what
    // was shown before it alone).
    if (phase.kind === "confirm-overwrite") {
      setCheck(null);
      setWritten(false);
    }
    setPhase({ kind: "idle" });
    setNotice({ intent: "info", text: "已取消，工作簿未作任何改动。" });
  }, [phase.kind]);

  const undo = useCallback(
    () =>
      run("正在撤销上次评分…", async () => {
        const snapshot = await host.read(false);
        learn(snapshot);
        const plan = planUndo(snapshot);
        if (plan.batch === undefined) {
          setPhase({ kind: "idle" });
          setNotice({ intent: "info", text: NOTHING_TO_UNDO });
          return;
        }
        await host.writeUndo(plan, snapshot);
        setCheck(null);
        setWritten(false);
        setUndoable(canUndo(snapshot, plan.batch));
        setPhase({ kind: "idle" });
        const skipped = plan.skipped.map((f) => `${f.cell ?? ""} ${f.message}`.trim()).join("；");
        setNotice({
          intent: skipped ? "warning" : "success",
          title: isMonitorBatch(plan.batch) ? "已撤销上次运行监控" : "已撤销上次评分",
          text: `批次 ${plan.batch}：还原 ${plan.restored} 个单元格。${skipped ? `未还原：${skipped}` : ""}`,
        });
      }),
    [host, learn, run],
  );

  const insertTemplate = useCallback(
    (only?: string[]) =>
      run("正在插入模板…", async () => {
        if (!only) {
          const names = new Set(await host.sheetNames());
          const clash = TEMPLATE_SHEETS.filter((n) => names.has(n));
          const missing = TEMPLATE_SHEETS.filter((n) => !names.has(n));
          if (clash.length > 0 && missing.length === 0) {
            setPhase({ kind: "idle" });
            setNotice({
              intent: "info",
              text: `模板的各表（${TEMPLATE_SHEETS.join("、")}）都已在工作簿中，无需插入。填写后点击“评分”。`,
            });
            return;
          }
          if (clash.length > 0) {
            setPhase({ kind: "confirm-template", clash, missing });
            return;
          }
        }
        const names = only ?? TEMPLATE_SHEETS;
        await host.insertTemplate(await host.templateBase64(), names);
        // Whatever was shown belonged to the workbook before: it is not the new one's result.
        setCheck(null);
        setWritten(false);
        setWorkbook("perf");
        setPhase({ kind: "idle" });
        setNotice({
          intent: "success",
          title: "已插入模板",
          text: `已插入工作表：${names.join("、")}。请在“基础数据”“效果性”表填写后点击“评分”。`,
        });
      }),
    [host, run],
  );

  const insertProblems = useCallback(
    (paragraphs: string[]) => {
      if (running.current) return;
      running.current = true;
      setDraftNotice(null);
      setDraftBusy(true);
      host
        .writeSheet(PROBLEMS_SHEET, problemsGrid(paragraphs))
        .then(
          (name) => setDraftNotice({ intent: "success", text: `已写入“${name}”工作表。` }),
          (e: unknown) => setDraftNotice(noticeOf(e)),
        )
        .finally(() => {
          running.current = false;
          setDraftBusy(false);
        });
    },
    [host],
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

  // Once written, a hand-entered score the fill replaced no longer differs: its finding is history, not a problem.
  const findings = check ? check.findings.filter((f) => !(written && f.kind === "score-differs")) : [];
  const problems = check ? problemsDraft(check.framework, check.case, check.result) : [];
  return {
    phase,
    check,
    findings,
    notice,
    draftNotice,
    draftBusy,
    workbook,
    undoable,
    problems,
    labelOf: labelLookup(check?.framework ?? defaultFramework()),
    score,
    confirmOverwrite,
    cancel,
    undo,
    insertTemplate,
    insertProblems,
    select,
    setNotice,
    setDraftNotice,
    /** Another action (运行监控) recorded a batch in 评分记录: there is something to undo. */
    markUndoable: useCallback(() => setUndoable(true), []),
  };
}
