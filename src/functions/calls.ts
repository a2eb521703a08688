import {
  achievementLevelOf,
  achievementScore,
  bandPoints,
  bandTable,
  computeQuantity,
  dapeng2024,
  deduct,
  EXEC_QUARTERS,
  frameworkPoints,
  gradeOf,
  indicatorOf,
  personalPoints,
  scoreSingle,
  type Dec,
  type SingleScore,
} from "../scoring";
import { numberArg, signedRateArg, textArg } from "./args";
import { invalid, messageOf, toNumber, valueOf } from "./errors";
import { hints, readRange } from "./range";

/** The functions that are not a plain binding of arguments to inputs. Each only reads its arguments and calls the core. */

const framework = dapeng2024;
/** In INDICATOR's range the user keys inputs by code, so its messages name each input by label and code. */
const RANGE_WORDING = { terms: Object.fromEntries(framework.inputs.map((d) => [d.label, `${d.label}（${d.id}）`])) };
const TOTAL = frameworkPoints(framework).toString();
const PERSONAL = personalPoints(framework).toString();

export function execRate(progress: unknown, quarter: unknown): number {
  const k = numberArg(quarter, { type: "count" }, "季度（quarter）").toNumber();
  const q = EXEC_QUARTERS[k - 1];
  if (!q) throw invalid(`季度（quarter）应为 1 至 ${EXEC_QUARTERS.length} 的整数：${k}`);
  const wording = { names: { [q.input]: "支出进度（progress）" } };
  return toNumber(valueOf(computeQuantity(framework, "3.2.1", q.quantity, { [q.input]: progress }, wording)));
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
  return toNumber(achievementScore(p, numberArg(achievement, { type: "rate" }, "达成度（achievement）")));
}

export function achievementLevel(achievement: unknown): string {
  return achievementLevelOf(numberArg(achievement, { type: "rate" }, "达成度（achievement）"));
}

export function deductScore(start: unknown, each: unknown, count: unknown): number {
  const s = numberArg(start, { type: "judgment", max: TOTAL }, "起始分值（start）");
  const e = numberArg(each, { type: "judgment", max: TOTAL }, "每项扣分（each）");
  return toNumber(deduct(s, e, numberArg(count, { type: "count" }, "数量（count）")));
}

export function grade(total: unknown): string {
  return gradeOf(numberArg(total, { type: "judgment", max: TOTAL }, "总分（total）"));
}

/** INDICATOR and EXPLAIN: the indicator's score from a two-column range of inputs, with hints for mistyped ids. */
export function scoreFromRange(code: unknown, inputs: unknown): SingleScore & { warnings: string[] } {
  const c = textArg(code, "指标代码（code）");
  const { values, unknown } = readRange(framework, inputs, "输入项区域（inputs）");
  const outcome = scoreSingle(framework, c, values, RANGE_WORDING);
  if (!outcome.ok) {
    const ids = indicatorOf(framework, c)?.rule.inputs ?? [];
    throw invalid([messageOf(outcome.errors), ...hints(framework, unknown, ids)].join("；"));
  }
  return { ...valueOf(outcome), warnings: outcome.warnings.map((w) => w.message) };
}

export function indicator(code: unknown, inputs: unknown): number {
  return toNumber(scoreFromRange(code, inputs).score);
}

/** The reasons, one a line, then any lenient readings of the inputs as 注意 lines. */
export function explain(code: unknown, inputs: unknown): string {
  const { reasons, warnings } = scoreFromRange(code, inputs);
  return [...reasons, ...warnings.map((w) => `注意：${w}`)].join("\n");
}
