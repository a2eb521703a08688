import { coerce } from "../coerce";
import type { InputDef } from "../types";
import type { BoundsDoc, FrameworkDoc, InputDoc, RuleDoc } from "./doc";
import { TYPE_WORDS } from "./check-refs";
import { decimalOf, decimalText } from "./numbers";
import { stricter, type Path, type Problem } from "./problem";

// Checks added after format 1 first shipped (each a `stricter` problem: an error in a file, a warning in a framework a
// workbook carries). They run once the references hold, so every id they meet is defined.

const BOUNDED: readonly InputDoc["type"][] = ["money", "count", "rate"];

/** A date of the calendar: 2024-02-29 is one, 2024-02-30 and 2023-02-29 are not. */
function realDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function metadata(doc: FrameworkDoc, out: Problem[]): void {
  const { from, to } = doc.effective;
  for (const [key, date] of [
    ["from", from],
    ["to", to],
  ] as const)
    if (!realDate(date)) out.push(stricter(["effective", key], `${date} 不是日历上的日期`));
  if (realDate(from) && realDate(to) && from > to)
    out.push(stricter(["effective", "to"], `适用期间的结束日 ${to} 早于开始日 ${from}`));
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  if (doc.year < first || doc.year > last)
    out.push(stricter(["year"], `评价年度 ${doc.year} 不在适用期间 ${from} 至 ${to} 之内`));
  doc.indicators.forEach((i, k) => {
    if (i.source === undefined)
      out.push(stricter(["indicators", k], `${i.code} 缺少“source”：写明在原文中的位置（如 附件第 27 页）`));
  });
}

/** The input as the core validates a value of it, so its default is checked exactly as a value typed for it is. */
function asDef(d: InputDoc): InputDef {
  const text = (x: InputDoc["max"]) => (x === undefined ? undefined : decimalText(x));
  return {
    id: d.id,
    label: d.label,
    type: d.type,
    max: text(d.max),
    min: text(d.min),
    options: d.options,
    unit: d.unit,
  };
}

function inputs(doc: FrameworkDoc, out: Problem[]): void {
  const byId = new Map(doc.inputs.map((d) => [d.id, d]));
  const labels = new Map<string, number>();
  doc.inputs.forEach((d, k) => {
    const at = (key: string): Path => ["inputs", k, key];
    const earlier = labels.get(d.label);
    if (earlier !== undefined)
      out.push(
        stricter(
          at("label"),
          `名称“${d.label}”与 inputs[${earlier}]（${doc.inputs[earlier].id}）相同：工作簿删去代码列时按名称找输入项，名称应各不相同`,
        ),
      );
    else labels.set(d.label, k);
    if (d.unit !== undefined && d.type !== "money") out.push(stricter(at("unit"), "只有金额（money）才有 unit"));
    if (d.min !== undefined && !BOUNDED.includes(d.type)) out.push(stricter(at("min"), "只有金额、个数、比率才有 min"));
    if (d.min !== undefined && d.max !== undefined && decimalOf(d.min).greaterThan(decimalOf(d.max)))
      out.push(stricter(at("min"), `最小值 ${String(d.min)} 大于最大值 ${String(d.max)}`));
    if (d.default !== undefined) {
      const read = coerce(d.default, asDef(d), `“${d.label}”的默认值`);
      if (!read.ok) out.push(stricter(at("default"), `默认值无效：${read.error}`));
    }
    if (d.at_most !== undefined) {
      const whole = byId.get(d.at_most);
      if (d.at_most === d.id) out.push(stricter(at("at_most"), "at_most 应为另一输入项（整体），不能是本项自己"));
      else if (whole && whole.type !== d.type)
        out.push(
          stricter(
            at("at_most"),
            `“${d.label}”是${TYPE_WORDS[d.type]}，不能与${TYPE_WORDS[whole.type]}“${whole.label}”比大小：at_most 应为同类输入项`,
          ),
        );
    }
  });
  (doc.checks ?? []).forEach((c, k) => {
    const ids = c.kind === "sum" ? [...c.parts, c.equals] : c.kind === "non_decreasing" ? c.inputs : [c.input, c.limit];
    const types = [...new Set(ids.map((id) => byId.get(id)?.type))];
    if (types.length > 1)
      out.push(
        stricter(
          ["checks", k],
          `核对的各项应为同类输入项，却混有${types.map((t) => (t ? TYPE_WORDS[t] : "")).join("和")}：${ids.map((id) => byId.get(id)?.label ?? id).join("、")}`,
        ),
      );
    const units = [
      ...new Set(
        ids
          .map((id) => byId.get(id))
          .filter((d) => d?.type === "money")
          .map((d) => d?.unit ?? "万元"),
      ),
    ];
    if (units.length > 1) out.push(stricter(["checks", k], `核对的各项金额单位不同：${units.join("和")}`));
  });
}

/** Each band has one lower bound at most (min 以上 or over 超过) and one upper (max 以下 or under 低于). */
function bounds(list: readonly BoundsDoc[], path: Path, out: Problem[]): void {
  list.forEach((b, k) => {
    if (b.min !== undefined && b.over !== undefined)
      out.push(stricter([...path, k], "同一档不能既写 min（以上）又写 over（超过）：下界只能有一个"));
    if (b.max !== undefined && b.under !== undefined)
      out.push(stricter([...path, k], "同一档不能既写 max（以下）又写 under（低于）：上界只能有一个"));
  });
}

function ruleBounds(rule: RuleDoc, path: Path, out: Problem[]): void {
  switch (rule.kind) {
    case "bands":
      return bounds(rule.bands, [...path, "bands"], out);
    case "sum":
      return rule.parts.forEach((p, k) => ruleBounds(p, [...path, "parts", k], out));
    case "condition":
      return ruleBounds(rule.otherwise, [...path, "otherwise"], out);
    case "optional":
      return ruleBounds(rule.rule, [...path, "rule"], out);
    case "either":
      return Object.entries(rule.options).forEach(([k, o]) => ruleBounds(o, [...path, "options", k], out));
    default:
      return;
  }
}

/**
 * What a file can get wrong that format 1's first checks let pass: dates and the year, an indicator's source, an
 * input's default, unit and bounds, two inputs of one name, a part compared with a whole of another kind, a band with
 * two lower (or upper) bounds.
 */
export function checkDetails(doc: FrameworkDoc): Problem[] {
  const out: Problem[] = [];
  metadata(doc, out);
  inputs(doc, out);
  bounds(doc.grades, ["grades"], out);
  doc.groups.forEach((g, k) => g.personal && bounds(g.personal.levels, ["groups", k, "personal", "levels"], out));
  doc.indicators.forEach((i, k) => ruleBounds(i.rule, ["indicators", k, "rule"], out));
  return out;
}
