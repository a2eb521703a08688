import {
  achievementLevelOf,
  achievementScore,
  bandPoints,
  bandTable,
  checkpointRates,
  computeQuantity,
  deduct,
  defaultFramework,
  frameworkPoints,
  gradeOf,
  indicatorOf,
  personalPoints,
  scoreSingle,
  type Dec,
  type SingleScore,
} from "../scoring";
import { isBlank, numberArg, signedRateArg, textArg } from "./args";
import { invalid, messageOf, toNumber, valueOf } from "./errors";
import { frameworkArg } from "./framework";
import { hints, readRange } from "./range";

/** The functions that are not a plain binding of arguments to inputs. Each only reads its arguments and calls the core. */

// The functions written for dapeng-2024 (EXEC_RATE, SCORE_HEXIAN …) keep its values: they score with it.
const framework = defaultFramework();
const TOTAL = frameworkPoints(framework).toString();
const PERSONAL = personalPoints(framework).toString();
const QUARTERS = checkpointRates(framework);

export function execRate(progress: unknown, quarter: unknown): number {
  const k = numberArg(quarter, { type: "count" }, "季度（quarter）").toNumber();
  const q = QUARTERS[k - 1];
  if (!q) throw invalid(`季度（quarter）应为 1 至 ${QUARTERS.length} 的整数：${k}`);
  const wording = { names: { [q.input]: "支出进度（progress）" } };
  return toNumber(valueOf(computeQuantity(framework, q.code, q.quantity, { [q.input]: progress }, wording)));
}

const HEXIAN = { code: "1.1.1", table: "财政核减率" } as const;

export function scoreHexian(rate: unknown): number {
  const name = "财政核减率（rate）";
  const signed = bandTable(framework, HEXIAN.code, HEXIAN.table).domainMin === null;
  const value = signed ? signedRateArg(rate, name) : numberArg(rate, { type: "rate" }, name);
  const points = bandPoints(framework, HEXIAN.code, HEXIAN.table, value);
  if (!points) throw invalid(`${name}超出分档范围`);
  return toNumber(points);
}

function positivePoints(raw: unknown): Dec {
  const name = "分值（points）";
  const points = numberArg(raw, { type: "judgment", max: PERSONAL }, name);
  if (points.isZero()) throw invalid(`${name}应为正数`);
  return points;
}

export function scoreAchievement(points: unknown, achievement: unknown): number {
  const p = positivePoints(points);
  return toNumber(achievementScore(framework, p, numberArg(achievement, { type: "rate" }, "达成度（achievement）")));
}

export function achievementLevel(achievement: unknown): string {
  return achievementLevelOf(framework, numberArg(achievement, { type: "rate" }, "达成度（achievement）"));
}

export function deductScore(start: unknown, each: unknown, count: unknown): number {
  const s = numberArg(start, { type: "judgment", max: TOTAL }, "起始分值（start）");
  const e = numberArg(each, { type: "judgment", max: TOTAL }, "每项扣分（each）");
  return toNumber(deduct(s, e, numberArg(count, { type: "count" }, "数量（count）")));
}

/** GRADE: by the grade bands of the framework the optional argument names (the workbook's, else dapeng-2024). */
export function grade(total: unknown, frameworkId?: unknown): string {
  const read = (max: string) => numberArg(total, { type: "judgment", max }, "总分（total）");
  if (isBlank(total)) read(TOTAL); // a missing total is said before anything about the framework
  const f = frameworkArg(frameworkId);
  return gradeOf(f, read(f === framework ? TOTAL : frameworkPoints(f).toString()));
}

/**
 * INDICATOR and EXPLAIN: the indicator's score from a two-column range of inputs, with hints for mistyped ids, by the
 * framework the optional argument names (when left out: the workbook's, once the pane has read it, else dapeng-2024).
 */
export function scoreFromRange(
  code: unknown,
  inputs: unknown,
  frameworkId?: unknown,
): SingleScore & { warnings: string[] } {
  const c = textArg(code, "指标代码（code）");
  const framework = frameworkArg(frameworkId);
  const { values, unknown } = readRange(framework, inputs, "输入项区域（inputs）");
  // The user keys the range's inputs by code, so its messages name each input by label and code.
  const wording = { terms: Object.fromEntries(framework.inputs.map((d) => [d.label, `${d.label}（${d.id}）`])) };
  const outcome = scoreSingle(framework, c, values, wording);
  if (!outcome.ok) {
    const ids = indicatorOf(framework, c)?.rule.inputs ?? [];
    throw invalid([messageOf(outcome.errors), ...hints(framework, unknown, ids)].join("；"));
  }
  return { ...valueOf(outcome), warnings: outcome.warnings.map((w) => w.message) };
}

export function indicator(code: unknown, inputs: unknown, frameworkId?: unknown): number {
  return toNumber(scoreFromRange(code, inputs, frameworkId).score);
}

/** The reasons, one a line, then any lenient readings of the inputs as 注意 lines. */
export function explain(code: unknown, inputs: unknown, frameworkId?: unknown): string {
  const { reasons, warnings } = scoreFromRange(code, inputs, frameworkId);
  return [...reasons, ...warnings.map((w) => `注意：${w}`)].join("\n");
}
