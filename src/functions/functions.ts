/*
 * PERF.* custom functions: thin wrappers over the scoring core (src/scoring), one JSDoc block each. The build writes
 * functions.json from these blocks and appends the CustomFunctions.associate calls; Chinese help is in zh-CN.json.
 * Arguments are typed `unknown` so that a blank or text argument reaches the core, which names it in its message.
 */
import { bound } from "./bindings";
import * as calls from "./calls";
import { guard } from "./errors";
import * as monitor from "./monitor";

/**
 * Fiscal cut rate (财政核减率): (yishang − yixia) ÷ yishang, as a fraction rounded to 0.01%.
 * @customfunction HEXIAN_RATE
 * @param yishang Amount requested at the "一上" stage, in 万元.
 * @param yixia Amount approved at the "一下" stage, in 万元.
 * @returns The rate as a fraction: 0.4175 is 41.75%.
 */
export function hexianRate(yishang: unknown, yixia: unknown): number {
  return guard(() => bound("HEXIAN_RATE", { yishang, yixia }));
}

/**
 * One quarter's budget execution rate (预算执行率): spending progress ÷ the quarter's schedule, at most 100%.
 * @customfunction EXEC_RATE
 * @param progress Cumulative spending progress at the quarter's end, as a fraction or percentage.
 * @param quarter The quarter, 1 to 4 (schedule 25%, 50%, 75%, 100%).
 * @returns The rate as a fraction, capped at 1.
 */
export function execRate(progress: unknown, quarter: unknown): number {
  return guard(() => calls.execRate(progress, quarter));
}

/**
 * Expense control rate (经费控制率): actual ÷ (budget + remitted), as a fraction rounded to 0.01%.
 * @customfunction CONTROL_RATE
 * @param actual Final account spending (决算数), in 万元.
 * @param budget Adjusted budget (调整预算数), in 万元.
 * @param [remitted] Surplus already remitted (已上缴结余), in 万元; 0 when omitted.
 * @returns The rate as a fraction.
 */
export function controlRate(actual: unknown, budget: unknown, remitted?: unknown): number {
  return guard(() => bound("CONTROL_RATE", { actual, budget, remitted }));
}

/**
 * Points for a fiscal cut rate (indicator 1.1.1, clause 4): 3, 2.5, 2, 1 or 0.
 * @customfunction SCORE_HEXIAN
 * @param rate The fiscal cut rate, as a fraction or percentage (see HEXIAN_RATE).
 * @returns Points, 0 to 3.
 */
export function scoreHexian(rate: unknown): number {
  return guard(() => calls.scoreHexian(rate));
}

/**
 * Score of indicator 3.2.1 budget execution from the four quarters' cumulative spending progress.
 * @customfunction SCORE_EXEC
 * @param q1 Cumulative spending progress at the end of Q1, as a fraction or percentage.
 * @param q2 Cumulative spending progress at the end of Q2.
 * @param q3 Cumulative spending progress at the end of Q3.
 * @param q4 Cumulative spending progress at the end of Q4.
 * @returns Points, 0 to 6, rounded to 0.01.
 */
export function scoreExec(q1: unknown, q2: unknown, q3: unknown, q4: unknown): number {
  return guard(() => bound("SCORE_EXEC", { q1, q2, q3, q4 }));
}

/**
 * Score of indicator 2.1.1 government procurement: execution rate plus the two per-item deductions.
 * @customfunction SCORE_PROCUREMENT
 * @param budget Government procurement budget, in 万元.
 * @param actual Actual government procurement spending, in 万元.
 * @param [late_tenders] New centralised procurements not tendered by April; 0 when omitted.
 * @param [interim_renewals] Projects with interim periods or stop-gap renewals; 0 when omitted.
 * @returns Points, 0 to 3, rounded to 0.01.
 */
export function scoreProcurement(
  budget: unknown,
  actual: unknown,
  late_tenders?: unknown,
  interim_renewals?: unknown,
): number {
  return guard(() => bound("SCORE_PROCUREMENT", { budget, actual, late_tenders, interim_renewals }));
}

/**
 * Budget adjustment part of indicator 2.1.2: 1 within 10% of the budget, less 0.1 per point over.
 * @customfunction SCORE_ADJUSTMENT
 * @param adjusted_funds Cumulative adjusted and reallocated funds, in 万元.
 * @param budget_scale Total department budget, in 万元.
 * @returns Points, 0 to 1.
 */
export function scoreAdjustment(adjusted_funds: unknown, budget_scale: unknown): number {
  return guard(() => bound("SCORE_ADJUSTMENT", { adjusted_funds, budget_scale }));
}

/**
 * One control-rate part of indicator 3.1.1 (三公 or routine office expenses): 3 below 90%, 2 up to 100%, else 0.
 * @customfunction SCORE_CONTROL
 * @param actual Final account spending (决算数), in 万元.
 * @param budget Adjusted budget (调整预算数), in 万元.
 * @param [remitted] Surplus already remitted (已上缴结余), in 万元; 0 when omitted.
 * @returns Points: 0, 2 or 3.
 */
export function scoreControl(actual: unknown, budget: unknown, remitted?: unknown): number {
  return guard(() => bound("SCORE_CONTROL", { actual, budget, remitted }));
}

/**
 * Score of indicator 2.3.1: 1 when physical assets equal the books, 0.5 within ±5%, else 0.
 * @customfunction SCORE_ASSET_MATCH
 * @param physical Physical assets at year end, in 万元.
 * @param book Assets in the final accounts, in 万元.
 * @returns Points: 0, 0.5 or 1.
 */
export function scoreAssetMatch(physical: unknown, book: unknown): number {
  return guard(() => bound("SCORE_ASSET_MATCH", { physical, book }));
}

/**
 * Score of indicator 2.3.3 fixed asset utilisation: 1 from 90%, 0.7 from 75%, 0.4 from 60%, else 0.
 * @customfunction SCORE_ASSET_USE
 * @param in_use Fixed assets actually in use, in 万元.
 * @param total All fixed assets, in 万元.
 * @returns Points: 0, 0.4, 0.7 or 1.
 */
export function scoreAssetUse(in_use: unknown, total: unknown): number {
  return guard(() => bound("SCORE_ASSET_USE", { in_use, total }));
}

/**
 * Score of indicator 2.4.1 staff on payroll: 1 when within the authorised quota, else 0.
 * @customfunction SCORE_PAYROLL
 * @param on_payroll Staff actually on the payroll.
 * @param quota Authorised staff quota.
 * @returns Points: 0 or 1.
 */
export function scorePayroll(on_payroll: unknown, quota: unknown): number {
  return guard(() => bound("SCORE_PAYROLL", { on_payroll, quota }));
}

/**
 * Score of indicator 2.4.2 staff outside the quota: 1 below 5% of all staff, 0.5 up to 10%, else 0.
 * @customfunction SCORE_OUTSIDE_STAFF
 * @param outside Staff outside the quota (contract, agency and similar).
 * @param total All staff, on payroll plus outside.
 * @returns Points: 0, 0.5 or 1.
 */
export function scoreOutsideStaff(outside: unknown, total: unknown): number {
  return guard(() => bound("SCORE_OUTSIDE_STAFF", { outside, total }));
}

/**
 * Qualitative share part of indicator 1.2.2: 1 up to 15% of all indicators, 0.5 up to 25%, else 0.
 * @customfunction SCORE_QUALITATIVE_SHARE
 * @param qualitative Number of qualitative performance indicators.
 * @param total Number of all performance indicators.
 * @returns Points: 0, 0.5 or 1.
 */
export function scoreQualitativeShare(qualitative: unknown, total: unknown): number {
  return guard(() => bound("SCORE_QUALITATIVE_SHARE", { qualitative, total }));
}

/**
 * Score of indicator 3.2.3 timely project completion: 6 × completed ÷ planned.
 * @customfunction SCORE_COMPLETION
 * @param completed Projects at 90% progress with spending over 90%.
 * @param planned Projects planned.
 * @returns Points, 0 to 6, rounded to 0.01.
 */
export function scoreCompletion(completed: unknown, planned: unknown): number {
  return guard(() => bound("SCORE_COMPLETION", { completed, planned }));
}

/**
 * Score of indicator 3.2.2 key tasks: 8 less 4 per unfinished task; 6 when no tasks were assigned.
 * @customfunction SCORE_KEY_TASKS
 * @param tasks Key tasks assigned in the year.
 * @param unfinished Key tasks not finished.
 * @returns Points, 0 to 8.
 */
export function scoreKeyTasks(tasks: unknown, unfinished: unknown): number {
  return guard(() => bound("SCORE_KEY_TASKS", { tasks, unfinished }));
}

/**
 * Score of indicator 3.4.2 satisfaction: 6 from 95%, 4 from 90%, 2 from 80%, else 1.
 * @customfunction SCORE_SATISFACTION
 * @param rate Public or client satisfaction, as a fraction or percentage.
 * @returns Points: 1, 2, 4 or 6.
 */
export function scoreSatisfaction(rate: unknown): number {
  return guard(() => bound("SCORE_SATISFACTION", { rate }));
}

/**
 * Score of one sub-item of a department's own effect indicator (3.3.x): points × achievement.
 * @customfunction SCORE_ACHIEVEMENT
 * @param points The sub-item's points.
 * @param achievement Degree of achievement, as a fraction or percentage.
 * @returns Points, not rounded.
 */
export function scoreAchievement(points: unknown, achievement: unknown): number {
  return guard(() => calls.scoreAchievement(points, achievement));
}

/**
 * The tier a degree of achievement falls in: 基本达成目标 from 80%, 部分实现目标 from 60%, else 实现目标程度较低.
 * @customfunction ACHIEVEMENT_LEVEL
 * @param achievement Degree of achievement, as a fraction or percentage.
 * @returns The tier, in Chinese.
 */
export function achievementLevel(achievement: unknown): string {
  return guard(() => calls.achievementLevel(achievement));
}

/**
 * A per-item deduction down to zero: max(0, start − each × count).
 * @customfunction DEDUCT
 * @param start Points before deductions.
 * @param each Points deducted per item.
 * @param count Number of items, a whole number.
 * @returns Points, never below 0.
 */
export function deductPoints(start: unknown, each: unknown, count: unknown): number {
  return guard(() => calls.deductScore(start, each, count));
}

/**
 * The grade of a total score by the framework's grade bands (dapeng-2024: 优 from 90, 良 from 80, 中 from 60, else 差).
 * @customfunction GRADE
 * @param total Total score, 0 to the framework's total.
 * @param [framework] Framework id; by default the one the workbook carries, else "dapeng-2024".
 * @returns The grade, in Chinese.
 */
export function grade(total: unknown, framework?: unknown): string {
  return guard(() => calls.grade(total, framework));
}

/**
 * Score of any common level-3 indicator from a two-column range of input ids and values.
 * @customfunction INDICATOR
 * @param code Indicator code, such as "1.1.1".
 * @param inputs Two columns: input id (or its Chinese label) and value; other rows are ignored.
 * @param [framework] Framework id, such as "dapeng-2024"; by default the one the workbook carries, else "dapeng-2024".
 * @returns Points, rounded to 0.01.
 */
export function indicator(code: unknown, inputs: unknown[][], framework?: unknown): number {
  return guard(() => calls.indicator(code, inputs, framework));
}

/**
 * The reasons for an indicator's score, in Chinese, one per line (wrap text to read them in one cell).
 * @customfunction EXPLAIN
 * @param code Indicator code, such as "1.1.1".
 * @param inputs Two columns: input id (or its Chinese label) and value; other rows are ignored.
 * @param [framework] Framework id, such as "dapeng-2024"; by default the one the workbook carries, else "dapeng-2024".
 * @returns The reasons, separated by line breaks.
 */
export function explain(code: unknown, inputs: unknown[][], framework?: unknown): string {
  return guard(() => calls.explain(code, inputs, framework));
}

/**
 * 运行监控 status of a checkpoint: 达标, 预警 or 落后, by how far spending progress lies behind its schedule.
 * @customfunction PROGRESS_STATUS
 * @param actual Cumulative spending progress at the checkpoint (spent ÷ budget), as a fraction or percentage.
 * @param checkpoint The checkpoint: its id ("q2"), name ("二季度") or month (6).
 * @param [framework] Framework id; the workbook's own (once the task pane has read it) or dapeng-2024 when omitted.
 * @returns The status, in Chinese.
 */
export function progressStatus(actual: unknown, checkpoint: unknown, framework?: unknown): string {
  return guard(() => monitor.progressStatusOf(actual, checkpoint, framework));
}

/**
 * What must still be spent by a checkpoint for spending to reach its schedule: budget × target − spent, never below 0.
 * @customfunction SPEND_NEEDED
 * @param budget Budget to date (including adjustments), in 万元.
 * @param spent Cumulative spending to date, in 万元.
 * @param checkpoint The checkpoint: its id ("q3"), name ("三季度") or month (9).
 * @param [framework] Framework id; the workbook's own (once the task pane has read it) or dapeng-2024 when omitted.
 * @returns The amount in 万元, up to the next 0.01.
 */
export function spendNeeded(budget: unknown, spent: unknown, checkpoint: unknown, framework?: unknown): number {
  return guard(() => monitor.spendNeeded(budget, spent, checkpoint, framework));
}
