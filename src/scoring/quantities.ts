import { Ctx, num } from "./context";
import { Dec, fmt, pct, roundRate } from "./decimal";

/** A figure computed from inputs (a rate, a share), with the arithmetic written out for the reasons. */
export interface Quantity {
  name: string;
  inputs: readonly string[];
  /**
   * Groups of inputs whose sum divides: a zero there is an error in the inputs, reported before scoring, unless the
   * rule rules on it (zeroRuled). The 存在问题 draft also states these first, the whole before the part.
   */
  denominators: readonly (readonly string[])[];
  /** A ratio's two sides, for a rule that rules on a zero denominator itself (spec §7 R1, R2). */
  sides?: { num: Term; den: Term };
  /** Its rule decides what a zero denominator scores: the ratio itself has no value then. */
  zeroRuled?: boolean;
  compute(ctx: Ctx): { value: Dec; text: string };
}

/** An operand of a quantity: one input, a constant, or a sum or difference of inputs. */
export interface Term {
  inputs: readonly string[];
  value(ctx: Ctx): Dec;
  text(ctx: Ctx): string;
}

export function input(id: string, percent = false): Term {
  return {
    inputs: [id],
    value: (ctx) => num(ctx, id),
    text: (ctx) => (percent ? pct(num(ctx, id)) : fmt(num(ctx, id))),
  };
}

export function constant(value: string, percent = false): Term {
  const d = new Dec(value);
  return { inputs: [], value: () => d, text: () => (percent ? pct(d) : fmt(d)) };
}

export function plus(a: Term, b: Term): Term {
  return {
    inputs: [...a.inputs, ...b.inputs],
    value: (ctx) => a.value(ctx).plus(b.value(ctx)),
    text: (ctx) => `（${binary(a.text(ctx), "+", b.text(ctx))}）`,
  };
}

export function minus(a: Term, b: Term): Term {
  return {
    inputs: [...a.inputs, ...b.inputs],
    value: (ctx) => a.value(ctx).minus(b.value(ctx)),
    text: (ctx) => `（${binary(a.text(ctx), "−", b.text(ctx))}）`,
  };
}

/** "a ÷ b" with the spacing Chinese text wants: none against full-width brackets. */
function binary(a: string, op: string, b: string): string {
  return `${a}${a.endsWith("）") ? "" : " "}${op}${b.startsWith("（") ? "" : " "}${b}`;
}

const asTerm = (t: Term | string): Term => (typeof t === "string" ? input(t) : t);

/**
 * name = numerator ÷ denominator, rounded half-up to 0.01% (spec §2). With `whenZero`, a zero denominator gives
 * that rate instead of an input error (1.2.1: no project owes a target, so the coverage is full). With `ruled`, the
 * rule that uses the ratio decides what a zero denominator scores, so it is no input error either.
 */
export function ratio(
  name: string,
  numerator: Term | string,
  denominator: Term | string,
  whenZero?: string,
  ruled = false,
): Quantity {
  const n = asTerm(numerator);
  const d = asTerm(denominator);
  return {
    name,
    inputs: [...n.inputs, ...d.inputs],
    denominators: whenZero === undefined && d.inputs.length > 0 ? [d.inputs] : [],
    sides: { num: n, den: d },
    ...(ruled ? { zeroRuled: true } : {}),
    compute(ctx) {
      const dv = d.value(ctx);
      if (dv.isZero()) {
        if (whenZero === undefined) throw new Error(`internal: zero denominator in ${name} passed validation`);
        const value = new Dec(whenZero);
        return { value, text: `${name}：分母 ${d.text(ctx)} 为 0，按 ${pct(value)} 计` };
      }
      const value = roundRate(n.value(ctx).div(dv));
      return { value, text: binary(binary(name, "=", binary(n.text(ctx), "÷", d.text(ctx))), "=", pct(value)) };
    },
  };
}

/** The quantity, but never above `max` (a quarter's 执行率 counts at most 100%). */
export function capped(q: Quantity, max = "1"): Quantity {
  const cap = new Dec(max);
  return {
    ...q,
    compute(ctx) {
      const { value, text } = q.compute(ctx);
      return value.greaterThan(cap)
        ? { value: cap, text: `${text}，超过 ${pct(cap)} 按 ${pct(cap)} 计` }
        : { value, text };
    },
  };
}

/** The arithmetic mean of rates, itself a rate (rounded to 0.01%). */
export function mean(name: string, parts: readonly Quantity[]): Quantity {
  return {
    name,
    inputs: parts.flatMap((p) => p.inputs),
    denominators: parts.flatMap((p) => p.denominators),
    compute(ctx) {
      const values = parts.map((p) => p.compute(ctx).value);
      const value = roundRate(values.reduce((a, b) => a.plus(b), new Dec(0)).div(values.length));
      return { value, text: `${name} =（${values.map(pct).join(" + ")}）÷ ${values.length} = ${pct(value)}` };
    },
  };
}

/** How far a rate lies from a value, either side (账实相符率 within ±5% of 100%). */
export function deviationFrom(q: Quantity, from = "1"): Quantity {
  const centre = new Dec(from);
  return {
    ...q,
    compute(ctx) {
      const { value, text } = q.compute(ctx);
      const deviation = value.minus(centre).abs();
      return { value: deviation, text: `${text}，与 ${pct(centre)} 相差 ${pct(deviation)}` };
    },
  };
}

/** A weighted mean of rates, itself a rate: 综合满意度 = 60% × 服务对象满意度 + 40% × 社会公众满意度. */
export function weighted(name: string, parts: readonly { input: string; weight: string }[]): Quantity {
  return {
    name,
    inputs: parts.map((p) => p.input),
    denominators: [],
    compute(ctx) {
      const value = roundRate(parts.reduce((a, p) => a.plus(num(ctx, p.input).times(p.weight)), new Dec(0)));
      const terms = parts.map((p) => `${pct(new Dec(p.weight))} × ${pct(num(ctx, p.input))}`).join(" + ");
      return { value, text: `${name} = ${terms} = ${pct(value)}` };
    },
  };
}

/** A rate the workbook gives directly (满意度, 回复率), rounded like any other rate. */
export function given(name: string, id: string): Quantity {
  return {
    name,
    inputs: [id],
    denominators: [],
    compute(ctx) {
      const value = roundRate(num(ctx, id));
      return { value, text: `${name} ${pct(value)}` };
    },
  };
}
