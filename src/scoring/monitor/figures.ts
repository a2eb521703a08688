import { commonIndicators, type Framework, type MonitorFigure } from "../framework";

/**
 * The monthly figures of the 运行监控 sheet. Every sheet has 预算数 and 累计支出 (the budget as adjusted so far and
 * the spending to date, both cumulative, with the 口径 of the budget-execution indicator), from which each
 * checkpoint's 支出进度 comes. Beside them, figures that stand for a year-end input of another indicator: the
 * framework's `monitoring.figures`, or, for a framework that does not list them, PERF's defaults below, each kept
 * only where the framework has its input (of its type) and a rule reads it.
 */

/**
 * PERF's default figures, after dapeng-2024's inputs (a framework derived from it keeps their ids): 3.1.1's two
 * control rates (“三公”经费、日常公用经费：决算数 ÷（调整预算数 + 已上缴结余）), 2.1.1 第1项's 政府采购执行率
 * (实际采购金额 ÷ 采购计划金额), and 2.1.1 第2项: “当年度新增政府采购项目（集中采购）年初预算下达后，在 4月前未能完成
 * 采购招标的，1项扣 0.2 分” — 4 月前 read as before April, so the count at the end of March is the one scored.
 */
export const DEFAULT_FIGURES: readonly MonitorFigure[] = [
  { id: "sangong_spent", label: "“三公”经费累计支出", input: "sangong_actual", kind: "control" },
  { id: "office_spent", label: "日常公用经费累计支出", input: "office_actual", kind: "control" },
  { id: "procurement_spent", label: "政府采购累计执行金额", input: "procurement_actual", kind: "execution" },
  { id: "tenders_open", label: "未完成招标的新增集中采购项目数", input: "late_tenders", kind: "deadline", month: 3 },
];

/** The column codes every 运行监控 sheet has. */
export const BUDGET = "budget";
export const SPENT = "spent";

const figureCache = new WeakMap<Framework, readonly MonitorFigure[]>();

/** The framework's monthly figures beside 预算数 and 累计支出: its own, or PERF's defaults that fit it. */
export function figuresOf(framework: Framework): readonly MonitorFigure[] {
  const declared = framework.monitoring?.figures;
  if (declared) return declared;
  let found = figureCache.get(framework);
  if (!found) {
    const types = new Map(framework.inputs.map((d) => [d.id, d.type]));
    const read = new Set(commonIndicators(framework).flatMap((i) => i.rule.inputs));
    found = DEFAULT_FIGURES.filter(
      (f) =>
        types.get(f.input) === (f.kind === "deadline" ? "count" : "money") && read.has(f.input) && !types.has(f.id),
    );
    figureCache.set(framework, found);
  }
  return found;
}

/** A column of the 运行监控 sheet: its code, its header, how sentences name it, what it holds. */
export interface LedgerColumn {
  id: string;
  /** The header the template writes (with its unit). */
  label: string;
  /** How a sentence names it: “累计支出”, “未完成招标的新增集中采购项目数”. */
  name: string;
  type: "money" | "count";
  /** Cumulative spending: it never falls from one month to the next. */
  cumulative: boolean;
  figure?: MonitorFigure;
}

/** The columns of the 运行监控 sheet, in order: 预算数, 累计支出, then the framework's figures. */
export function ledgerColumns(framework: Framework): LedgerColumn[] {
  return [
    { id: BUDGET, label: "预算数（万元）", name: "预算数", type: "money", cumulative: false },
    { id: SPENT, label: "累计支出（万元）", name: "累计支出", type: "money", cumulative: true },
    ...figuresOf(framework).map((f): LedgerColumn =>
      f.kind === "deadline"
        ? { id: f.id, label: f.label, name: f.label, type: "count", cumulative: false, figure: f }
        : { id: f.id, label: `${f.label}（万元）`, name: f.label, type: "money", cumulative: true, figure: f },
    ),
  ];
}

/** The defined name of a month's figure in the template, and the `input` of an issue about it: spent_m7. */
export function cellName(column: string, month: number): string {
  return `${column}_m${month}`;
}

/** The indicator whose rule scores the checkpoints' 支出进度 (dapeng-2024's 3.2.1), by the inputs it reads. */
export function executionIndicators(framework: Framework): string[] {
  const progress = new Set(framework.schedule.flatMap((c) => (c.progress ? [c.progress] : [])));
  return commonIndicators(framework)
    .filter((i) => i.rule.inputs.some((id) => progress.has(id)))
    .map((i) => i.code);
}
