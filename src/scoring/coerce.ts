import { Dec, fmt } from "./decimal";
import { parseLenient } from "./lenient";
import type { InputType, Issue, MoneyUnit, Value } from "./types";

/** What an input value must be: its type and, for judgments and enumerations, its range. */
export interface Expect {
  type: InputType;
  /** judgment: the points it may reach; money, count, rate: the largest value allowed (a rate: 1 unless given). */
  max?: string;
  /** money, count, rate: the smallest value allowed (0 unless given). */
  min?: string;
  /** money: its unit (万元 unless given); a figure typed with another unit is refused, never read as this one. */
  unit?: MoneyUnit;
  /** enum: the allowed options. */
  options?: readonly string[];
}

/** The value, or the reasons it could not be read; `warnings` note text that was read leniently. */
export type Coerced = { ok: true; value: Value; warnings: string[] } | { ok: false; error: string };

const TYPE_WORDS: Record<Exclude<InputType, "money">, string> = {
  count: "整数",
  rate: "比率（如 0.9548 或 95.48%）",
  judgment: "分数",
  flag: "是 / 否",
  enum: "选项",
};

/** What a value of the input must be, in words: 金额（万元）, 整数 … */
function typeWords(expect: Expect): string {
  return expect.type === "money" ? `金额（${expect.unit ?? "万元"}）` : TYPE_WORDS[expect.type];
}

const MONEY_TEXT_UNITS: readonly string[] = ["元", "万元", "亿元"];

const YES = new Set(["是", "true", "TRUE", "True", "√", "✓", "Y", "y", "yes", "YES"]);
const NO = new Set(["否", "false", "FALSE", "False", "×", "✗", "N", "n", "no", "NO"]);

function show(raw: unknown): string {
  if (typeof raw === "string") return `文本“${raw}”`;
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "boolean") return `逻辑值 ${raw ? "TRUE" : "FALSE"}`;
  if (raw === null || raw === undefined) return "空值";
  if (Array.isArray(raw)) return "一组值";
  return "无法识别的值";
}

/**
 * Reads one raw value (a JSON value or a cell's value) as the given type. `name` is how the messages name the input,
 * for example "“一上”申报数" (see nameOf). Never returns NaN: anything that is not a finite number of the right kind is
 * an error that says what was received.
 */
export function coerce(raw: unknown, expect: Expect, name: string): Coerced {
  const warnings: string[] = [];
  const { type } = expect;
  if (type === "flag") {
    if (typeof raw === "boolean") return { ok: true, value: raw, warnings };
    const s = typeof raw === "string" ? raw.trim() : raw;
    if (typeof s === "string" && YES.has(s)) return { ok: true, value: true, warnings };
    if (typeof s === "string" && NO.has(s)) return { ok: true, value: false, warnings };
    if (s === 1 || s === 0)
      return { ok: true, value: s === 1, warnings: [`${name}填的是 ${s}，已按“${s === 1 ? "是" : "否"}”读取`] };
    return { ok: false, error: `${name}应为“是”或“否”，收到${show(raw)}` };
  }
  if (type === "enum") {
    const options = expect.options ?? [];
    const s = typeof raw === "string" ? raw.trim() : undefined;
    if (s !== undefined && options.includes(s)) return { ok: true, value: s, warnings };
    return { ok: false, error: `${name}应为 ${options.map((o) => `“${o}”`).join("、")} 之一，收到${show(raw)}` };
  }
  if (type === "judgment" && typeof raw === "boolean")
    return { ok: true, value: new Dec(raw ? (expect.max ?? 0) : 0), warnings };
  if (type === "judgment" && typeof raw === "string" && (YES.has(raw.trim()) || NO.has(raw.trim()))) {
    return { ok: true, value: new Dec(YES.has(raw.trim()) ? (expect.max ?? 0) : 0), warnings };
  }

  let value: Dec;
  let typedPercent = false;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false, error: `${name}不是有效数字（${String(raw)}）` };
    value = new Dec(raw);
  } else if (typeof raw === "string") {
    const parsed = parseLenient(raw);
    if (!parsed.ok) return { ok: false, error: `${name}应为${typeWords(expect)}，收到${show(raw)}` };
    if (parsed.percent && type !== "rate")
      return { ok: false, error: `${name}应为${typeWords(expect)}，不应带 %：${show(raw)}` };
    const unit = expect.unit ?? "万元";
    if (type === "money" && MONEY_TEXT_UNITS.includes(parsed.unit) && parsed.unit !== unit)
      return { ok: false, error: `${name}以${unit}为单位，收到以${parsed.unit}为单位的${show(raw)}` };
    value = parsed.value;
    typedPercent = parsed.percent;
    warnings.push(
      `${name}以文本形式填写（“${raw}”），已按 ${typedPercent ? `${fmt(value.times(100))}%` : fmt(value)} 读取`,
    );
  } else {
    return { ok: false, error: `${name}应为${typeWords(expect)}，收到${show(raw)}` };
  }

  if (value.isNegative() && !value.isZero()) return { ok: false, error: `${name}不能为负数：${fmt(value)}` };
  if (expect.min !== undefined && value.lessThan(expect.min)) {
    const shown = (d: Dec) => (type === "rate" ? `${fmt(d.times(100))}%` : fmt(d));
    return { ok: false, error: `${name}应不小于 ${shown(new Dec(expect.min))}：${shown(value)}` };
  }
  switch (type) {
    case "count":
      if (!value.isInteger()) return { ok: false, error: `${name}应为整数：${fmt(value)}` };
      if (expect.max !== undefined && value.greaterThan(expect.max))
        return { ok: false, error: `${name}应不大于 ${expect.max}：${fmt(value)}` };
      break;
    case "money":
      if (expect.max !== undefined && value.greaterThan(expect.max))
        return { ok: false, error: `${name}应不大于 ${expect.max}：${fmt(value)}` };
      break;
    case "rate":
      if (expect.max !== undefined && value.greaterThan(expect.max))
        return {
          ok: false,
          error: `${name}为 ${fmt(value.times(100))}%，超出 0 至 ${fmt(new Dec(expect.max).times(100))}% 的范围`,
        };
      if (expect.max === undefined && value.greaterThan(1)) {
        const hint =
          !typedPercent && value.lessThanOrEqualTo(100)
            ? `；若指 ${fmt(value)}%，请填 ${fmt(value.div(100))} 或 ${fmt(value)}%`
            : "";
        return {
          ok: false,
          error: `${name}为 ${typedPercent ? `${fmt(value.times(100))}%` : fmt(value)}，超出 0 至 100% 的范围${hint}`,
        };
      }
      break;
    case "judgment":
      if (value.greaterThan(expect.max ?? 0))
        return { ok: false, error: `${name}应在 0 至 ${expect.max} 分之间：${fmt(value)}` };
      break;
    default:
      break;
  }
  return { ok: true, value, warnings };
}

export function issueOf(severity: Issue["severity"], input: string, message: string): Issue {
  return { severity, input, message };
}
