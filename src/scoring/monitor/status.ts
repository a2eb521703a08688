import { Dec, fmt, pct, ZERO } from "../decimal";
import type { Checkpoint, Framework, StatusBound } from "../framework";

/**
 * 运行监控's statuses: how far a checkpoint's 支出进度 lies behind its 序时进度, in percentage points, decides it. The
 * statuses and where each starts are the framework's data (`monitoring.statuses`); without them the issue's
 * defaults apply. This module is small on purpose: the custom functions (PERF.PROGRESS_STATUS, PERF.SPEND_NEEDED)
 * load it with the task pane's first bundle; the rest of the monitoring core is loaded on demand.
 */

/** The status of a checkpoint whose 支出进度 is not behind enough for any other. */
export const MET = "达标";

/**
 * Without the framework's own: 预警 from anything behind 序时进度 (超过 0) to 5 points (以内, included), 落后 beyond
 * (超过 5 个百分点). The words: “预警 within 5 points below 序时进度, 落后 beyond”.
 */
export const DEFAULT_STATUSES: readonly StatusBound[] = [
  { status: "预警", behind: "0", inclusive: false },
  { status: "落后", behind: "0.05", inclusive: false },
];

export function statusesOf(framework: Framework): readonly StatusBound[] {
  return framework.monitoring?.statuses ?? DEFAULT_STATUSES;
}

/** 0 for 达标, then 1, 2 … for each status from the mildest; -1 for a word that is none of them. */
export function severityOf(framework: Framework, status: string): number {
  if (status === MET) return 0;
  const k = statusesOf(framework).findIndex((s) => s.status === status);
  return k < 0 ? -1 : k + 1;
}

/** Percentage points: 0.1023 → “10.23 个百分点”. */
export function points(fraction: Dec): string {
  return `${fmt(fraction.times(100))} 个百分点`;
}

/** Where the status at `index` (0: 达标, k: the k-th status) lies, in words: “低于序时进度超过 5 个百分点”. */
export function statusRange(framework: Framework, index: number): string {
  const statuses = statusesOf(framework);
  const upper = statuses[index];
  const lower = index > 0 ? statuses[index - 1] : undefined;
  const upperText = upper
    ? upper.inclusive
      ? `不满 ${points(new Dec(upper.behind))}`
      : new Dec(upper.behind).isZero()
        ? ""
        : `不超过 ${points(new Dec(upper.behind))}`
    : "";
  if (!lower)
    return upper && !upper.inclusive && new Dec(upper.behind).isZero() ? "不低于序时进度" : `落后序时进度${upperText}`;
  const from = new Dec(lower.behind);
  const lowerText =
    from.isZero() && !lower.inclusive
      ? "低于序时进度"
      : `落后序时进度${lower.inclusive ? "达到" : "超过"} ${points(from)}`;
  return upperText ? `${lowerText}、${from.isZero() && !lower.inclusive ? "落后" : ""}${upperText}` : lowerText;
}

/** Every status with its range, for the 运行监控 sheet and the docs: “达标：不低于序时进度；预警：…”. */
export function statusesText(framework: Framework): string {
  return [MET, ...statusesOf(framework).map((s) => s.status)]
    .map((status, k) => `${status}：${statusRange(framework, k)}`)
    .join("；");
}

export interface ProgressStatus {
  status: string;
  /** 0 for 达标, then 1, 2 … (see severityOf). */
  severity: number;
  /** 序时进度 − 支出进度: positive when behind. */
  behind: Dec;
  /** “一季度（3 月末）支出进度 35.48%，序时进度 25%，高于序时进度 10.48 个百分点：达标（不低于序时进度为达标）”. */
  text: string;
}

/**
 * The status of a checkpoint's 支出进度 (a rate, already rounded to 0.01% as any rate is): the worst status whose
 * start it reaches, by `behind` included (以上) or excluded (超过); 达标 when it reaches none.
 */
export function progressStatus(framework: Framework, checkpoint: Checkpoint, progress: Dec): ProgressStatus {
  const target = new Dec(checkpoint.target);
  const behind = target.minus(progress);
  const statuses = statusesOf(framework);
  let severity = 0;
  statuses.forEach((s, k) => {
    const from = new Dec(s.behind);
    if (s.inclusive ? behind.greaterThanOrEqualTo(from) : behind.greaterThan(from)) severity = k + 1;
  });
  const status = severity === 0 ? MET : statuses[severity - 1].status;
  const relation = behind.isZero()
    ? "与序时进度持平"
    : behind.isNegative()
      ? `高于序时进度 ${points(behind.abs())}`
      : `低于序时进度 ${points(behind)}`;
  const text = `${checkpointEnd(checkpoint)}支出进度 ${pct(progress)}，序时进度 ${pct(target)}，${relation}：${status}（${statusRange(framework, severity)}为${status}）`;
  return { status, severity, behind, text };
}

const grouped = (whole: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Money in 万元 as the seed's report prints it: thousands grouped, two decimals (3,763.51). */
export function money(value: Dec): string {
  const [whole, fraction] = value.toFixed(2).split(".");
  return `${grouped(whole)}.${fraction}`;
}

/** An exact amount, thousands grouped, every decimal it has: 2,822.6325. */
export function exact(value: Dec): string {
  const [whole, fraction] = fmt(value).split(".");
  return fraction === undefined ? grouped(whole) : `${grouped(whole)}.${fraction}`;
}

/** Up to the next 0.01 万元: spending this much reaches the target, whatever the budget. */
export function centsUp(value: Dec): Dec {
  // ceil of hundredths (the pane's decimal.js keeps only the methods src/scoring/decimal.ts lists).
  return value.times(100).ceil().div(100);
}

export interface Needed {
  /** What must still be spent, in 万元, never negative. */
  amount: Dec;
  text: string;
}

/**
 * The amount that must still be spent for cumulative spending to reach `target` of the budget: budget × target −
 * spent, up to the next 0.01 万元 and never below 0; the sentence says when the target is already reached.
 */
export function amountNeeded(budget: Dec, spent: Dec, target: Dec, where = ""): Needed {
  const goal = budget.times(target);
  const short = goal.minus(spent);
  const head = `${where}累计支出应达预算数 ${money(budget)} 万元的 ${pct(target)}，即 ${exact(goal)} 万元`;
  if (!short.greaterThan(0)) return { amount: ZERO, text: `${head}；已支出 ${money(spent)} 万元，已达到，无须再支出` };
  const amount = centsUp(short);
  const rounded = amount.equals(short) ? "" : `，进到 0.01 万元为 ${money(amount)} 万元`;
  return {
    amount,
    text: `${head}；已支出 ${money(spent)} 万元，还须支出 ${money(budget)} × ${pct(target)} − ${money(spent)} = ${exact(short)} 万元${rounded}`,
  };
}

/** A checkpoint's month end in words: “一季度（3 月末）”, or “7 月末” for one named by its month. */
export function checkpointEnd(c: Checkpoint): string {
  return c.name.replace(/\s+/g, "") === `${c.month}月` ? `${c.month} 月末` : `${c.name}（${c.month} 月末）`;
}

/** “到” and a place in the year, spaced as Chinese text with numbers is: “到二季度（6 月末）”, “到 11 月末”. */
export function by(place: string): string {
  return /^\d/.test(place) ? `到 ${place}` : `到${place}`;
}

/** “一季度（q1，3 月）”: how a list of checkpoints names each. */
function named(c: Checkpoint): string {
  return `${c.name}（${c.id}，${c.month} 月）`;
}

/** The checkpoints of the schedule, in words, for a message that asks for one of them. */
export function checkpointChoices(framework: Framework): string {
  return framework.schedule.map(named).join("、");
}

/**
 * The checkpoint a person names: by its id (q3, m7), its name (三季度, 7 月; spaces ignored) or its month (9, “9月”,
 * “9 月”), the checkpoint at that month's end. Undefined when the schedule has none such.
 */
export function checkpointOf(framework: Framework, key: string | number): Checkpoint | undefined {
  const schedule = framework.schedule;
  if (typeof key === "number") return Number.isInteger(key) ? schedule.find((c) => c.month === key) : undefined;
  const text = key.replace(/\s+/g, "");
  const byWord = schedule.find((c) => c.id.toLowerCase() === text.toLowerCase() || c.name.replace(/\s+/g, "") === text);
  if (byWord) return byWord;
  const month = /^(\d{1,2})(月|月末|月底)?$/.exec(text);
  return month ? schedule.find((c) => c.month === Number(month[1])) : undefined;
}
