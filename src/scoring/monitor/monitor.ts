import type { Ctx } from "../context";
import { Dec, fmt, pct, roundRate, ZERO } from "../decimal";
import type { Checkpoint, Framework, IndicatorDef, MonitorFigure } from "../framework";
import { nameOf } from "../names";
import type { Rule } from "../rules";
import { explainQuantity, indicatorOf, ruleEvaluator, scoreSingle } from "../single";
import type { Issue, PartResult } from "../types";
import { BUDGET, cellName, executionIndicators, SPENT } from "./figures";
import { readLedger, type LedgerRow, type MonthFigures } from "./ledger";
import {
  amountNeeded,
  by,
  checkpointEnd,
  MET,
  money,
  progressStatus,
  statusesOf,
  type Needed,
  type ProgressStatus,
} from "./status";

/**
 * 运行监控 for one month of the year: where each checkpoint stands against its 序时进度, what must still be spent by
 * the next, and the points the framework's own rules would give if the rest of the year met its targets or went on
 * at its current pace; the same for the other monthly figures. Every number comes with its arithmetic in a sentence.
 * Nothing here re-implements a rule: rates and points are the framework's rules run on completed inputs.
 */

export interface MonitorInput {
  /** The 运行监控 sheet's rows, in its order. */
  ledger: readonly LedgerRow[];
  /** The 基础数据 values as read (raw): the budgets the other figures are measured against. */
  inputs: Readonly<Record<string, unknown>>;
  /** The month monitored: its figures are the latest that count. */
  month: number;
}

export interface CheckpointReport {
  checkpoint: Checkpoint;
  /** Its month has ended by the month monitored: its figures are in. */
  passed: boolean;
  budget?: Dec;
  spent?: Dec;
  progress?: Dec;
  /** The checkpoint's 执行率 as the framework's rule computes it (一季度预算执行率), with its arithmetic. */
  rate?: { name: string; value: Dec; text: string };
  status?: ProgressStatus;
  /** How much less than 序时进度 asked was spent by then (0 when not behind), in 万元. */
  shortfall?: Dec;
  lines: string[];
}

/** Points the framework's rule gives on projected figures, with the assumptions and the rule's own reasons. */
export interface Projected {
  /** null when the figures it needs have errors. */
  score: Dec | null;
  lines: string[];
}

export interface ExecutionReport {
  code: string;
  name: string;
  points: Dec;
  /** If every later checkpoint reaches its 序时进度 (or stays where spending already is, if higher). */
  onTarget: Projected;
  /** If spending goes on at the average month so far, to each later checkpoint, never beyond the budget. */
  atPace: Projected;
}

export interface FigureReport {
  figure: MonitorFigure;
  /** The indicator and the clause whose rule scores the figure's input at year end. */
  code: string;
  indicator: string;
  clause: string;
  points: Dec;
  /** The figure as it stands (a deadline's count at its month once that month has passed). */
  soFar?: Dec;
  /** 达标, the first status (points at risk at the current pace) or the last (points already lost); undefined: not monitored. */
  status?: string;
  severity: number;
  best?: Projected;
  pace?: Projected;
  /** What to do: what must still be spent (execution), what may still be spent (control), what must be done by when. */
  action?: string;
  lines: string[];
}

export interface MonitorResult {
  framework: string;
  month: number;
  /** The month's own figures and 支出进度 (累计支出 ÷ 预算数), when both are there and the budget is not 0. */
  current?: { budget: Dec; spent: Dec; progress: Dec };
  checkpoints: CheckpointReport[];
  /** The first checkpoint after the month monitored, and what must be spent by its end. */
  next?: { checkpoint: Checkpoint; needed: Needed };
  execution: ExecutionReport[];
  figures: FigureReport[];
  /** `input`: a cell's name (spent_m7), a 月份 cell's key (monthKey), or an input of 基础数据. */
  issues: Issue[];
}

const labelOfInput = (framework: Framework, id: string) =>
  nameOf(framework.inputs.find((d) => d.id === id) ?? { id, label: id });

const at = checkpointEnd;

/** A month's figure that must be there: its value, or an error naming its cell (blank is never 0). */
function required(
  month: MonthFigures | undefined,
  m: number,
  column: string,
  name: string,
  why: string,
  issues: Issue[],
  invalid: ReadonlySet<string>,
): Dec | undefined {
  const value = month?.values.get(column);
  if (value) return value;
  const key = cellName(column, m);
  if (!invalid.has(key) && !issues.some((i) => i.input === key))
    issues.push({ severity: "error", input: key, message: `${m} 月${name}未填写：${why}` });
  return undefined;
}

/** The indicator and clause whose rule reads `input`: a sum's part when one part reads it, else the whole rule. */
function clauseOf(framework: Framework, input: string): { def: IndicatorDef; rule: Rule } | undefined {
  for (const l1 of framework.tree)
    for (const l2 of l1.children)
      for (const def of l2.indicators) {
        if (!def.rule.inputs.includes(input)) continue;
        const parts = (def.rule.parts ?? []).filter((p) => p.inputs.includes(input));
        return { def, rule: parts.length === 1 && parts[0].label ? parts[0] : def.rule };
      }
  return undefined;
}

/** The parts' arithmetic, as reasons write it, with what each earned. */
function partLines(parts: readonly PartResult[]): string[] {
  return parts.map((p) => `${p.label}：${p.explain}，得 ${fmt(p.score)} 分（满分 ${fmt(p.max)} 分）`);
}

/** Money figures projected to the end of `month` at the average month so far. */
function paced(spent: Dec, m: number, month: number): Dec {
  return spent.times(month).div(m).toDecimalPlaces(2);
}

export function monitorMonth(framework: Framework, input: MonitorInput): MonitorResult {
  const m = input.month;
  const read = readLedger(framework, input.ledger);
  const issues: Issue[] = [...read.issues];
  const month = (k: number) => read.months.get(k);

  // Figures entered for months after the one monitored are not used: said once, at the first.
  const later = [...read.months.values()]
    .filter((x) => x.month > m && x.values.size > 0)
    .sort((a, b) => a.month - b.month);
  if (later.length > 0) {
    const first = later[0];
    const column = read.columns.find((c) => first.values.has(c.id)) ?? read.columns[0];
    issues.push({
      severity: "warning",
      input: cellName(column.id, first.month),
      message: `${first.month} 月已填写数字，本次按 ${m} 月监控，${first.month} 月及以后的数字未计入`,
    });
  }

  const why = (what: string) => `${what}需要当月的预算数和累计支出`;
  const now = month(m);
  const budgetNow = required(now, m, BUDGET, "预算数", why("计算还须支出的金额和目前进度"), issues, read.invalid);
  const spentNow = required(now, m, SPENT, "累计支出", why("计算还须支出的金额和目前进度"), issues, read.invalid);

  // Each checkpoint: passed ones with their 支出进度, status and 执行率.
  const checkpoints: CheckpointReport[] = framework.schedule.map((c) => {
    const report: CheckpointReport = { checkpoint: c, passed: c.month <= m, lines: [] };
    if (!report.passed) return report;
    const figures = month(c.month);
    const reason = why(`${c.name}检查点的支出进度`);
    const budget = required(figures, c.month, BUDGET, "预算数", reason, issues, read.invalid);
    const spent = required(figures, c.month, SPENT, "累计支出", reason, issues, read.invalid);
    if (!budget || !spent) return report;
    if (budget.isZero()) {
      issues.push({
        severity: "error",
        input: cellName(BUDGET, c.month),
        message: `${c.month} 月预算数为 0，无法计算${c.name}的支出进度`,
      });
      return report;
    }
    const progress = roundRate(spent.div(budget));
    const status = progressStatus(framework, c, progress);
    const target = new Dec(c.target);
    const shortfall = status.behind.greaterThan(0) ? Dec.max(ZERO, budget.times(target).minus(spent)) : ZERO;
    Object.assign(report, { budget, spent, progress, status, shortfall });
    report.lines.push(
      `${at(c)}支出进度 = 累计支出 ${money(spent)} ÷ 预算数 ${money(budget)} = ${pct(progress)}`,
      status.text,
    );
    if (shortfall.greaterThan(0))
      report.lines.push(
        `比序时进度少支出 ${money(budget)} × ${pct(target)} − ${money(spent)} = ${money(shortfall)} 万元`,
      );
    const rate = rateAt(framework, c, progress);
    if (rate) {
      report.rate = rate;
      report.lines.push(rate.text);
    }
    // 基础数据 holds the same figure for the year-end score: a different one is worth a word.
    const given = c.progress !== undefined ? input.inputs[c.progress] : undefined;
    if (c.progress && typeof given === "number" && !roundRate(new Dec(given)).equals(progress))
      issues.push({
        severity: "warning",
        input: c.progress,
        message: `${labelOfInput(framework, c.progress)}填为 ${pct(roundRate(new Dec(given)))}，运行监控表 ${c.month} 月算得 ${pct(progress)}，请核对`,
      });
    return report;
  });

  const upcoming = framework.schedule.find((c) => c.month > m);
  const next =
    upcoming && budgetNow && spentNow
      ? {
          checkpoint: upcoming,
          needed: amountNeeded(budgetNow, spentNow, new Dec(upcoming.target), by(at(upcoming))),
        }
      : undefined;

  const execution = executionIndicators(framework).map((code) =>
    projectExecution(framework, code, checkpoints, m, input.inputs, budgetNow, spentNow),
  );
  const figures = [...read.columns.flatMap((c) => (c.figure ? [c.figure] : []))].map((f) =>
    figureReport(framework, f, m, read.months, input.inputs, issues, read.invalid),
  );
  const current =
    budgetNow && spentNow && !budgetNow.isZero()
      ? { budget: budgetNow, spent: spentNow, progress: roundRate(spentNow.div(budgetNow)) }
      : undefined;
  return { framework: framework.id, month: m, current, checkpoints, next, execution, figures, issues };
}

/** The checkpoint's 执行率 as its indicator's rule computes it: the quantity that reads its 支出进度 alone. */
function rateAt(framework: Framework, c: Checkpoint, progress: Dec): CheckpointReport["rate"] {
  if (!c.progress) return undefined;
  for (const code of executionIndicators(framework)) {
    const def = indicatorOf(framework, code);
    const q = def?.rule.quantities.find((x) => x.inputs.length === 1 && x.inputs[0] === c.progress);
    if (!def || !q) continue;
    const found = explainQuantity(framework, code, q.name, { [c.progress]: progress.toNumber() });
    if (found.ok) return { name: q.name, value: found.value.value, text: found.value.text };
  }
  return undefined;
}

function projectExecution(
  framework: Framework,
  code: string,
  checkpoints: readonly CheckpointReport[],
  m: number,
  raw: Readonly<Record<string, unknown>>,
  budget: Dec | undefined,
  spent: Dec | undefined,
): ExecutionReport {
  const def = indicatorOf(framework, code) as IndicatorDef;
  const points = new Dec(def.points);
  const head = (how: string, score: Dec) =>
    `${how}，预计 ${code} ${def.name}得 ${fmt(score)} 分（满分 ${fmt(points)} 分）`;
  const blocked = checkpoints.filter((c) => c.passed && c.checkpoint.progress && !c.progress);
  const future = checkpoints.filter((c) => !c.passed && c.checkpoint.progress);
  const unable = (how: string): Projected => ({
    score: null,
    lines: [
      `${how}：未能预计，${
        blocked.length > 0
          ? `${blocked.map((c) => c.checkpoint.name).join("、")}的支出进度有误或未填`
          : `${m} 月的预算数或累计支出有误或未填`
      }`,
    ],
  });
  const project = (how: string, progressOf: (c: CheckpointReport) => { progress: Dec; line: string }): Projected => {
    if (blocked.length > 0 || (future.length > 0 && (!budget || !spent))) return unable(how);
    const values: Record<string, unknown> = { ...raw };
    const lines: string[] = [];
    for (const c of checkpoints) {
      if (!c.checkpoint.progress) continue;
      if (c.passed) values[c.checkpoint.progress] = (c.progress as Dec).toNumber();
      else {
        const p = progressOf(c);
        values[c.checkpoint.progress] = p.progress.toNumber();
        lines.push(p.line);
      }
    }
    const scored = scoreSingle(framework, code, values);
    if (!scored.ok)
      return { score: null, lines: [`${how}：未能预计，${scored.errors.map((e) => e.message).join("；")}`] };
    return { score: scored.value.score, lines: [head(how, scored.value.score), ...lines, ...scored.value.reasons] };
  };
  const now = spent && budget && !budget.isZero() ? roundRate(spent.div(budget)) : ZERO;
  const onTarget = project(future.length > 0 ? "此后各检查点均达到序时进度" : "全年各检查点已过", (c) => {
    const target = new Dec(c.checkpoint.target);
    const progress = Dec.max(target, now);
    return {
      progress,
      line: progress.equals(target)
        ? `${at(c.checkpoint)}支出进度按序时进度 ${pct(target)} 计`
        : `${at(c.checkpoint)}支出进度按目前已达的 ${pct(now)} 计（高于序时进度 ${pct(target)}）`,
    };
  });
  const atPace = project(
    future.length > 0
      ? `按目前进度（1 至 ${m} 月平均每月支出 ${spent ? money(spent.div(m)) : "—"} 万元）`
      : "全年各检查点已过",
    (c) => {
      const projected = paced(spent as Dec, m, c.checkpoint.month);
      const b = budget as Dec;
      const capped = projected.greaterThan(b);
      const amount = capped ? b : projected;
      const progress = roundRate(amount.div(b));
      return {
        progress,
        line: `${at(c.checkpoint)}累计支出 ${money(spent as Dec)} ÷ ${m} × ${c.checkpoint.month} = ${money(projected)} 万元${
          capped ? `，超过预算数，按预算数 ${money(b)} 万元计` : ""
        }，支出进度 ${money(amount)} ÷ ${money(b)} = ${pct(progress)}`,
      };
    },
  );
  return { code, name: def.name, points, onTarget, atPace };
}

/** The month's value of a figure, for the months that have it. */
function columnValues(months: ReadonlyMap<number, MonthFigures>, id: string, upTo: number): Map<number, Dec> {
  const out = new Map<number, Dec>();
  for (const x of months.values()) {
    const v = x.values.get(id);
    if (v && x.month <= upTo) out.set(x.month, v);
  }
  return out;
}

function figureReport(
  framework: Framework,
  f: MonitorFigure,
  m: number,
  months: ReadonlyMap<number, MonthFigures>,
  raw: Readonly<Record<string, unknown>>,
  issues: Issue[],
  invalid: ReadonlySet<string>,
): FigureReport {
  const found = clauseOf(framework, f.input) as { def: IndicatorDef; rule: Rule };
  const { def, rule } = found;
  const clause = rule === def.rule ? def.code : (rule.label as string);
  const points = rule.points;
  const report: FigureReport = {
    figure: f,
    code: def.code,
    indicator: def.name,
    clause,
    points,
    severity: 0,
    lines: [],
  };
  const where = rule === def.rule ? `${def.code} ${def.name}` : `${def.code} ${def.name}${clause}`;
  const filled = columnValues(months, f.id, m);
  if (filled.size === 0 && ![...Array(m).keys()].some((k) => invalid.has(cellName(f.id, k + 1)))) {
    report.lines.push(`${f.label}：1 至 ${m} 月均未填写，本次未监控`);
    return report;
  }
  // The month whose figure counts: a deadline's month once it has passed, else the month monitored.
  const final = f.kind === "deadline" && m >= (f.month as number);
  const when = final ? (f.month as number) : m;
  const soFar = required(
    months.get(when),
    when,
    f.id,
    f.label,
    final ? `以 ${when} 月末的个数为准` : "监控当月的数字",
    issues,
    invalid,
  );
  if (!soFar) {
    report.lines.push(`${f.label}：${when} 月的数字有误或未填，未能监控`);
    return report;
  }
  report.soFar = soFar;
  const values: Record<string, unknown> = { ...raw, [f.input]: soFar.toNumber() };
  const evaluator = ruleEvaluator(framework, def, rule, values);
  if (!evaluator.ok) {
    for (const e of evaluator.errors)
      if (!issues.some((i) => i.input === e.input && i.message === e.message)) issues.push(e);
    report.lines.push(`${f.label}：${evaluator.errors.map((e) => e.message).join("；")}，未能监控`);
    return report;
  }
  const { evaluate, ctx } = evaluator.value;
  const scoreAt = (x: Dec) => evaluate(new Map([[f.input, x]]));
  const unit = f.kind === "deadline" ? "个" : "万元";
  const show = (x: Dec) => (f.kind === "deadline" ? fmt(x) : money(x));
  const projected = (how: string, x: Dec, assumption: string): Projected => {
    const { score, parts } = scoreAt(x);
    return {
      score,
      lines: [`${how}，预计 ${where}得 ${fmt(score)} 分（满分 ${fmt(points)} 分）：${assumption}`, ...partLines(parts)],
    };
  };

  let best: Projected;
  let pace: Projected;
  if (m === 12 && f.kind !== "deadline") {
    best = projected("全年已过", soFar, `全年${f.label} ${show(soFar)} ${unit}`);
    pace = best;
  } else if (f.kind === "deadline") {
    const d = f.month as number;
    if (final) {
      best = projected(`以 ${d} 月末为准`, soFar, `${d} 月末${f.label} ${show(soFar)} ${unit}`);
      pace = best;
    } else {
      best = projected(`${d} 月末前全部完成`, ZERO, `到 ${d} 月末${f.label}为 0`);
      pace = projected(`若到 ${d} 月末仍为目前的个数`, soFar, `${m} 月末${f.label} ${show(soFar)} ${unit}`);
      if (soFar.greaterThan(0)) report.action = `须在 ${d} 月末前完成这 ${show(soFar)} 个项目，否则按 ${where}扣分`;
    }
  } else if (f.kind === "execution") {
    const plan = denominator(rule, ctx);
    const goal = plan && plan.greaterThan(soFar) ? plan : soFar;
    best = projected(
      "此后按计划执行完毕",
      goal,
      plan ? `全年${f.label} ${money(goal)} 万元（计划 ${money(plan)} 万元）` : `全年${f.label} ${money(goal)} 万元`,
    );
    const raw12 = paced(soFar, m, 12);
    const capped = plan && raw12.greaterThan(plan) && !soFar.greaterThan(plan) ? plan : raw12;
    pace = projected(
      "按目前进度",
      capped,
      `全年${f.label} ${money(soFar)} ÷ ${m} × 12 = ${money(raw12)} 万元${capped === raw12 ? "" : `，超过计划，按计划 ${money(capped)} 万元计`}`,
    );
    if (plan)
      report.action = soFar.lessThan(plan)
        ? `到年末${f.label}应达计划 ${money(plan)} 万元：已执行 ${money(soFar)} 万元，还须执行 ${money(plan)} − ${money(soFar)} = ${money(plan.minus(soFar))} 万元`
        : `${f.label} ${money(soFar)} 万元已达计划 ${money(plan)} 万元${soFar.greaterThan(plan) ? "，且已超出计划" : ""}`;
  } else {
    best = projected("此后不再支出", soFar, `全年${f.label}按截至 ${m} 月的 ${money(soFar)} 万元计`);
    const y = paced(soFar, m, 12);
    pace = projected("按目前进度", y, `全年${f.label} ${money(soFar)} ÷ ${m} × 12 = ${money(y)} 万元`);
    report.action = headroom(scoreAt, soFar, best.score as Dec, f.label, m);
  }
  const statuses = statusesOf(framework);
  const lost = (best.score as Dec).lessThan(points);
  const risk = (pace.score as Dec).lessThan(points);
  report.severity = lost ? statuses.length : risk ? 1 : 0;
  report.status = report.severity === 0 ? MET : statuses[report.severity - 1].status;
  report.best = best;
  report.pace = pace;
  const state = lost
    ? `已无法得满分，最多得 ${fmt(best.score as Dec)} 分`
    : risk
      ? `按目前进度将得 ${fmt(pace.score as Dec)} 分，少于满分 ${fmt(points)} 分`
      : `按目前进度可得满分 ${fmt(points)} 分`;
  report.lines.push(
    `${f.label}：截至 ${when} 月末 ${show(soFar)} ${unit}；${state}：${report.status}`,
    ...(report.action ? [report.action] : []),
  );
  return report;
}

/** The budget a ratio is measured against (政府采购预算数), when the clause's quantity is a ratio. */
function denominator(rule: Rule, ctx: Ctx): Dec | undefined {
  const sides = rule.quantities[0]?.sides;
  const value = sides?.den.value(ctx);
  return value && value.greaterThan(0) ? value : undefined;
}

/**
 * What may still be spent this year without falling below the points the clause would give if nothing more were
 * spent: the largest year-end figure (to 0.01 万元) the framework's rule still scores as high, found by asking the
 * rule itself (doubling, then halving the interval); the rule's own arithmetic at that figure is the sentence.
 */
function headroom(
  scoreAt: (x: Dec) => { score: Dec; parts: PartResult[] },
  spent: Dec,
  best: Dec,
  label: string,
  m: number,
): string {
  if (best.isZero()) return `${label}已超出可得分的范围，本项不再得分`;
  const cents = (x: Dec) => x.times(100).floor();
  const keeps = (c: Dec) => scoreAt(c.div(100)).score.greaterThanOrEqualTo(best);
  let lo = cents(spent);
  let step = Dec.max(new Dec(100), lo);
  let hi = lo.plus(step);
  while (keeps(hi)) {
    lo = hi;
    step = step.times(2);
    hi = lo.plus(step);
    if (hi.greaterThan(1e12)) return `${label}多少都不影响本项得分`;
  }
  while (hi.minus(lo).greaterThan(1)) {
    const mid = lo.plus(hi).div(2).floor();
    if (keeps(mid)) lo = mid;
    else hi = mid;
  }
  const most = lo.div(100);
  const { parts } = scoreAt(most);
  return `全年${label}不超过 ${money(most)} 万元仍得 ${fmt(best)} 分（${parts.map((p) => p.explain).join("；")}）：截至 ${m} 月末已支出 ${money(spent)} 万元，尚可支出 ${money(most.minus(spent))} 万元`;
}

/** The worst severity of a result: each passed checkpoint's and each figure's (0 达标 … the last status). */
export function worstSeverity(result: MonitorResult): number {
  return Math.max(
    0,
    ...result.checkpoints.map((c) => c.status?.severity ?? 0),
    ...result.figures.map((f) => f.severity),
  );
}
