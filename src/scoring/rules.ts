import { Band, describeBand, findBand, ScoreBand } from "./bands";
import { Ctx, flag, num, text } from "./context";
import { constant, Dec, fmt, pct, ZERO } from "./decimal";
import type { Quantity } from "./quantities";
import type { PartResult } from "./types";

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
  evaluate(ctx: Ctx): PartResult[];
}

/** What every clause carries: its label ("第4项") and the sentence of 参考评分标准 it implements, word for word. */
interface Clause {
  label: string;
  clause: string;
}

function part(c: Clause, score: Dec, max: Dec, explain: string): PartResult {
  return { label: c.label, clause: c.clause, score, max, explain };
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

/** A yes/no fact worth all the points or none (项目推广). */
export function flagPoints(c: Clause & { input: string; points: string }): Rule {
  return leaf("flag", c, c.points, [c.input], (ctx, max) => {
    const yes = flag(ctx, c.input);
    return [yes ? max : ZERO, `${ctx.labelOf(c.input)}为“${yes ? "是" : "否"}”`];
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

/** A quantity placed in bands with explicit bounds, each band worth its points. */
export function banded(
  c: Clause & { quantity: Quantity; points: string; bands: readonly ScoreBand[]; domainMin?: string | null },
): Rule {
  const max = new Dec(c.points);
  const domainMin = c.domainMin === undefined ? "0" : c.domainMin;
  return {
    kind: "banded",
    points: max,
    inputs: c.quantity.inputs,
    quantities: [c.quantity],
    bandTables: [{ name: c.quantity.name, bands: c.bands, domainMin }],
    evaluate(ctx) {
      const { value, text: arithmetic } = c.quantity.compute(ctx);
      const band = findBand(c.bands, value);
      if (!band) throw new Error(`internal: ${c.quantity.name}=${value.toString()} falls in no band`);
      return [part(c, constant(band.points), max, `${arithmetic}，在“${describeBand(band)}”档`)];
    },
  };
}

/** rate × points (政府采购执行率 × 1 分, 完成及时率 × 6 分), or 0 when the clause's exception holds. */
export function rated(c: Clause & { quantity: Quantity; points: string; zeroWhen?: Predicate }): Rule {
  const max = new Dec(c.points);
  return {
    kind: "rated",
    points: max,
    inputs: [...c.quantity.inputs, ...(c.zeroWhen?.inputs ?? [])],
    quantities: [c.quantity],
    bandTables: [],
    evaluate(ctx) {
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

/**
 * 超出 threshold 的，每超出 step 扣 each 分，直至扣完: a deduction pro rata to how far a rate exceeds its limit
 * (调整调剂资金占比: 10% 以内得 1 分，每超出一个百分点扣 0.1 分).
 */
export function excessDeduction(
  c: Clause & { quantity: Quantity; points: string; threshold: string; step: string; each: string },
): Rule {
  const max = new Dec(c.points);
  const threshold = new Dec(c.threshold);
  return {
    kind: "excessDeduction",
    points: max,
    inputs: c.quantity.inputs,
    quantities: [c.quantity],
    bandTables: [],
    evaluate(ctx) {
      const { value, text: arithmetic } = c.quantity.compute(ctx);
      if (value.lessThanOrEqualTo(threshold)) return [part(c, max, max, `${arithmetic}，在 ${pct(threshold)} 以内`)];
      const steps = value.minus(threshold).div(c.step);
      const score = Dec.max(ZERO, max.minus(steps.times(c.each)));
      const over = `超出 ${pct(threshold)} 共 ${fmt(steps)} 个 ${pct(new Dec(c.step))}，每个扣 ${fmt(new Dec(c.each))} 分`;
      return [part(c, score, max, `${arithmetic}，${over}${score.isZero() ? "，扣完为止" : ""}`)];
    },
  };
}

/** A fact about the inputs that a clause makes decisive, with its wording for the reasons. */
export interface Predicate {
  inputs: readonly string[];
  test(ctx: Ctx): boolean;
  text(ctx: Ctx): string;
}

export function isTrue(id: string): Predicate {
  return { inputs: [id], test: (ctx) => flag(ctx, id), text: (ctx) => `${ctx.labelOf(id)}为“是”` };
}

export function isZero(id: string): Predicate {
  return { inputs: [id], test: (ctx) => num(ctx, id).isZero(), text: (ctx) => `${ctx.labelOf(id)}为 0` };
}

export function greaterThan(a: string, b: string): Predicate {
  return {
    inputs: [a, b],
    test: (ctx) => num(ctx, a).greaterThan(num(ctx, b)),
    text: (ctx) => `${ctx.labelOf(a)} ${fmt(num(ctx, a))} 大于${ctx.labelOf(b)} ${fmt(num(ctx, b))}`,
  };
}

/**
 * A clause that decides the whole indicator when its condition holds: 本项指标得 0 分 (zero), 直接得分 (full), or a
 * fixed score (无下达重点工作任务，默认得 6 分). Otherwise the indicator is scored by `otherwise`.
 */
export function condition(c: Clause & { when: Predicate; then: "zero" | "full" | string; otherwise: Rule }): Rule {
  const max = c.otherwise.points;
  const fixed = c.then === "zero" ? ZERO : c.then === "full" ? max : new Dec(c.then);
  return {
    kind: "condition",
    points: max,
    inputs: [...c.when.inputs, ...c.otherwise.inputs],
    quantities: c.otherwise.quantities,
    bandTables: c.otherwise.bandTables,
    evaluate(ctx) {
      if (c.when.test(ctx)) return [part(c, fixed, max, c.when.text(ctx))];
      return c.otherwise.evaluate(ctx);
    },
  };
}

/** The clauses of an indicator, added up. */
export function sum(...rules: Rule[]): Rule {
  return {
    kind: "sum",
    points: rules.reduce((a, r) => a.plus(r.points), new Dec(0)),
    inputs: rules.flatMap((r) => r.inputs),
    quantities: rules.flatMap((r) => r.quantities),
    bandTables: rules.flatMap((r) => r.bandTables),
    evaluate: (ctx) => rules.flatMap((r) => r.evaluate(ctx)),
  };
}
