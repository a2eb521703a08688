import { Band, describeBand, findBand, ScoreBand } from "./bands";
import { Ctx, flag, num, text } from "./context";
import { constant, Dec, fmt, pct, ZERO } from "./decimal";
import type { Quantity } from "./quantities";
import type { PartResult, Values } from "./types";

/**
 * The rule kinds the framework is written in. Each kind is data (its points, inputs, bands) plus one small
 * evaluation; a 三级 indicator is a sum of them. Each clause keeps the words of 参考评分标准 it implements.
 */
export interface Rule {
  kind: string;
  points: Dec;
  inputs: readonly string[];
  quantities: readonly Quantity[];
  bandTables: readonly { name: string; bands: readonly Band[]; domainMin: string | null }[];
  /**
   * The inputs the rule needs with these values, when that depends on them (an either-or or optional indicator
   * reads only the alternative that applies); `inputs` otherwise.
   */
  needs?(values: Values): readonly string[];
  /** Inputs only an alternative reads (an either-or option, an optional rule): they may be left blank. */
  conditional?: readonly string[];
  /** The clause's number (第1项), for a rule that is one clause; its parts' results carry the same label. */
  label?: string;
  /** A sum's clauses, in order (运行监控 projects the clause that reads a monthly figure). */
  parts?: readonly Rule[];
  evaluate(ctx: Ctx): PartResult[];
}

/** The inputs a rule needs to be evaluated on these values. */
export function needsOf(rule: Rule, values: Values): readonly string[] {
  return rule.needs ? rule.needs(values) : rule.inputs;
}

/**
 * What every clause carries: its label ("第4项") and the sentence of 参考评分标准 it implements, word for word (absent
 * from a bundled framework's scoring data, which leaves the words out: see frameworks/texts.ts).
 */
interface Clause {
  label: string;
  clause?: string;
}

function part(c: Clause, score: Dec, max: Dec, explain: string): PartResult {
  return { label: c.label, clause: c.clause ?? "", score, max, explain };
}

function leaf(
  kind: string,
  c: Clause,
  points: string,
  inputs: string[],
  evaluate: (ctx: Ctx, max: Dec) => [Dec, string],
): Rule {
  const max = new Dec(points);
  return {
    kind,
    label: c.label,
    points: max,
    inputs,
    quantities: [],
    bandTables: [],
    evaluate(ctx) {
      const [score, explain] = evaluate(ctx, max);
      return [part(c, score, max, explain)];
    },
  };
}

/** 符合…得 X 分，否则酌情扣分: the points the evaluator awarded, 0 to X (validated against the input's max). */
export function judgment(c: Clause & { input: string; points: string }): Rule {
  return leaf("judgment", c, c.points, [c.input], (ctx) => {
    const awarded = num(ctx, c.input);
    return [awarded, `${ctx.labelOf(c.input)}，评定 ${fmt(awarded)} 分`];
  });
}

/**
 * A yes/no input as a reason states it: “经验被省、市政府部门表扬、推广（否）”. Not “…为“否””: a reason is often quoted
 * in its turn (“扣分原因”, 存在问题), and quotes inside quotes read badly.
 */
export function flagText(label: string, yes: boolean): string {
  return `${label}（${yes ? "是" : "否"}）`;
}

/** A yes/no fact worth all the points or none (项目推广). */
export function flagPoints(c: Clause & { input: string; points: string }): Rule {
  return leaf("flag", c, c.points, [c.input], (ctx, max) => {
    const yes = flag(ctx, c.input);
    return [yes ? max : ZERO, flagText(ctx.labelOf(c.input), yes)];
  });
}

/** One of a fixed list of findings, each with its points (预决算公开: 合规 / 不完全合规 / 未公开). */
export function enumeration(
  c: Clause & { input: string; points: string; scores: Readonly<Record<string, string>> },
): Rule {
  return leaf("enumeration", c, c.points, [c.input], (ctx) => {
    const value = text(ctx, c.input);
    const score = c.scores[value];
    if (score === undefined) throw new Error(`internal: ${c.input}=${value} passed validation`);
    return [constant(score), `${ctx.labelOf(c.input)}：${value}`];
  });
}

/**
 * What a ratio with a zero denominator scores, as a ruling decided (spec §7 R1, R2): one score when the numerator is
 * zero too (nothing spent), another when it is not. The reason names the ruling.
 */
export interface ZeroRuling {
  ruling: string;
  numeratorZero: { points: Dec; reason: string };
  numeratorPositive: { points: Dec; reason: string };
}

/** The ruled part, when the quantity's denominator is zero; undefined otherwise. */
function ruled(c: Clause & { quantity: Quantity; zero?: ZeroRuling }, ctx: Ctx, max: Dec): PartResult | undefined {
  const sides = c.quantity.sides;
  if (!c.zero || !sides || !sides.den.value(ctx).isZero()) return undefined;
  const { points, reason } = sides.num.value(ctx).isZero() ? c.zero.numeratorZero : c.zero.numeratorPositive;
  return { ...part(c, points, max, `${reason}（${c.zero.ruling}）`), ruled: true };
}

/** A quantity placed in bands with explicit bounds, each band worth its points. */
export function banded(
  c: Clause & {
    quantity: Quantity;
    points: string;
    bands: readonly ScoreBand[];
    domainMin?: string | null;
    zero?: ZeroRuling;
  },
): Rule {
  const max = new Dec(c.points);
  const domainMin = c.domainMin === undefined ? "0" : c.domainMin;
  return {
    kind: "banded",
    label: c.label,
    points: max,
    inputs: c.quantity.inputs,
    quantities: [c.quantity],
    bandTables: [{ name: c.quantity.name, bands: c.bands, domainMin }],
    evaluate(ctx) {
      const zero = ruled(c, ctx, max);
      if (zero) return [zero];
      const { value, text: arithmetic } = c.quantity.compute(ctx);
      const band = findBand(c.bands, value);
      if (!band) throw new Error(`internal: ${c.quantity.name}=${value.toString()} falls in no band`);
      return [part(c, constant(band.points), max, `${arithmetic}，在“${describeBand(band)}”档`)];
    },
  };
}

/** rate × points (政府采购执行率 × 1 分, 完成及时率 × 6 分), or 0 when the clause's exception holds. */
export function rated(
  c: Clause & { quantity: Quantity; points: string; zeroWhen?: Predicate; zero?: ZeroRuling },
): Rule {
  const max = new Dec(c.points);
  return {
    kind: "rated",
    label: c.label,
    points: max,
    inputs: [...c.quantity.inputs, ...(c.zeroWhen?.inputs ?? [])],
    quantities: [c.quantity],
    bandTables: [],
    evaluate(ctx) {
      // A ruling on the zero denominator comes first: R2's reason, not “实际支出大于预算数 0”.
      const zero = ruled(c, ctx, max);
      if (zero) return [zero];
      if (c.zeroWhen?.test(ctx)) return [part(c, ZERO, max, c.zeroWhen.text(ctx))];
      const { value, text: arithmetic } = c.quantity.compute(ctx);
      const score = value.times(max);
      return [part(c, score, max, `${arithmetic}，按 ${pct(value)} × ${fmt(max)} 分计`)];
    },
  };
}

/** 每…扣 X 分，扣完为止: max(0, start − each × count). */
export function deduction(c: Clause & { count: string; points: string; each: string }): Rule {
  const each = new Dec(c.each);
  return leaf("deduction", c, c.points, [c.count], (ctx, max) => {
    const n = num(ctx, c.count);
    if (n.isZero()) return [max, `${ctx.labelOf(c.count)}为 0，不扣分`];
    const score = Dec.max(ZERO, max.minus(each.times(n)));
    const floor = score.isZero() && !max.minus(each.times(n)).isZero() ? "，扣完为止" : "";
    return [score, `${ctx.labelOf(c.count)}为 ${fmt(n)}，每项扣 ${fmt(each)} 分${floor}`];
  });
}

/** How a deduction per step counts a part of a step: pro rata, whole steps only, or any started step as whole. */
export type Counting = "pro_rata" | "whole" | "started";

/**
 * 超出 (or 低于) threshold 的，每 step 扣 each 分，直至扣完: a deduction for how far a rate lies beyond its limit
 * (调整调剂资金占比: 10% 以内得 1 分，每超出一个百分点扣 0.1 分; 每低于 5% 扣 1 分). How a part of a step counts is the
 * rule's `counting` (spec §7 R3: 2.1.2 counts pro rata).
 */
export function perStep(
  c: Clause & {
    quantity: Quantity;
    points: string;
    threshold: string;
    direction: "above" | "below";
    step: string;
    each: string;
    counting: Counting;
  },
): Rule {
  const max = new Dec(c.points);
  const threshold = new Dec(c.threshold);
  const above = c.direction === "above";
  return {
    kind: "perStep",
    label: c.label,
    points: max,
    inputs: c.quantity.inputs,
    quantities: [c.quantity],
    bandTables: [],
    evaluate(ctx) {
      const { value, text: arithmetic } = c.quantity.compute(ctx);
      const beyond = above ? value.minus(threshold) : threshold.minus(value);
      if (!beyond.greaterThan(0)) {
        return [
          part(c, max, max, `${arithmetic}，${above ? `在 ${pct(threshold)} 以内` : `不低于 ${pct(threshold)}`}`),
        ];
      }
      const raw = beyond.div(c.step);
      const steps = c.counting === "whole" ? raw.floor() : c.counting === "started" ? raw.ceil() : raw;
      const score = Dec.max(ZERO, max.minus(steps.times(c.each)));
      const counted = steps.equals(raw)
        ? ""
        : c.counting === "whole"
          ? `，按整数计 ${fmt(steps)} 个`
          : `，不足一个按一个计，计 ${fmt(steps)} 个`;
      const words = `${above ? "超出" : "低于"} ${pct(threshold)} 共 ${fmt(raw)} 个 ${pct(new Dec(c.step))}${counted}`;
      const each = `每个扣 ${fmt(new Dec(c.each))} 分${score.isZero() ? "，扣完为止" : ""}`;
      return [part(c, score, max, `${arithmetic}，${words}，${each}`)];
    },
  };
}

/** A fact about the inputs that a clause makes decisive, with its wording for the reasons. */
export interface Predicate {
  inputs: readonly string[];
  test(ctx: Ctx): boolean;
  text(ctx: Ctx): string;
}

/**
 * A clause that decides the whole indicator when its condition holds: 本项指标得 0 分 (zero), 直接得分 (full), or a
 * fixed score (无下达重点工作任务，默认得 6 分). Otherwise the indicator is scored by `otherwise`.
 */
export function condition(
  c: Clause & {
    when: Predicate;
    then: "zero" | "full" | string;
    otherwise: Rule;
    /** Words for the reason instead of the condition's own (本部门不适用本可选项). */
    reason?: string;
  },
): Rule {
  const max = c.otherwise.points;
  const fixed = c.then === "zero" ? ZERO : c.then === "full" ? max : new Dec(c.then);
  return {
    kind: "condition",
    points: max,
    inputs: [...c.when.inputs, ...c.otherwise.inputs],
    quantities: c.otherwise.quantities,
    bandTables: c.otherwise.bandTables,
    conditional: c.otherwise.conditional,
    needs: c.otherwise.needs && ((values) => [...c.when.inputs, ...needsOf(c.otherwise, values)]),
    evaluate(ctx) {
      if (c.when.test(ctx)) return [part(c, fixed, max, c.reason ?? c.when.text(ctx))];
      return c.otherwise.evaluate(ctx);
    },
  };
}

/** 二者择其一进行考核: the department chooses one alternative (an enumeration input), and only that one is scored. */
export function either(c: Clause & { choose: string; options: Readonly<Record<string, Rule>> }): Rule {
  const rules = Object.values(c.options);
  const chosen = (values: Values) => {
    const value = values.get(c.choose);
    return typeof value === "string" ? c.options[value] : undefined;
  };
  return {
    kind: "either",
    points: rules[0].points,
    inputs: [c.choose, ...rules.flatMap((r) => r.inputs)],
    conditional: rules.flatMap((r) => r.inputs),
    quantities: rules.flatMap((r) => r.quantities),
    bandTables: rules.flatMap((r) => r.bandTables),
    needs: (values) => {
      const rule = chosen(values);
      return rule ? [c.choose, ...needsOf(rule, values)] : [c.choose];
    },
    evaluate(ctx) {
      const rule = chosen(ctx.values);
      if (!rule) throw new Error(`internal: ${c.choose} chose no alternative`);
      return rule.evaluate(ctx).map((p) => ({ ...p, explain: `选择考核“${text(ctx, c.choose)}”：${p.explain}` }));
    },
  };
}

/** The clauses of an indicator, added up. */
export function sum(...rules: Rule[]): Rule {
  return {
    kind: "sum",
    parts: rules,
    points: rules.reduce((a, r) => a.plus(r.points), new Dec(0)),
    inputs: rules.flatMap((r) => r.inputs),
    quantities: rules.flatMap((r) => r.quantities),
    bandTables: rules.flatMap((r) => r.bandTables),
    needs: rules.some((r) => r.needs) ? (values) => rules.flatMap((r) => needsOf(r, values)) : undefined,
    conditional: rules.flatMap((r) => r.conditional ?? []),
    evaluate: (ctx) => rules.flatMap((r) => r.evaluate(ctx)),
  };
}
