import { flag, num, type Ctx } from "../context";
import { Dec, fmt, pct } from "../decimal";
import * as q from "../quantities";
import * as r from "../rules";
import type { InputType } from "../types";
import type { Fraction, Num, QuantityDoc, RuleDoc, ZeroDenominatorDoc } from "./doc";
import type { Condition, Expr } from "./formula";
import type { ScoreBand } from "../bands";

/** What a rule's data is read against: the inputs' types and the checkpoints' 序时进度. */
export interface RuleScope {
  typeOf(id: string): InputType | undefined;
  target(checkpoint: string): string;
}

function termOf(e: Expr, scope: RuleScope): q.Term {
  switch (e.op) {
    case "input":
      return q.input(e.id, scope.typeOf(e.id) === "rate");
    case "number":
      return q.constant(e.percent ? fmt(new Dec(e.value).div(100)) : e.value, e.percent);
    case "target":
      return q.constant(scope.target(e.checkpoint), true);
    case "+":
      return q.plus(termOf(e.a, scope), termOf(e.b, scope));
    case "-":
      return q.minus(termOf(e.a, scope), termOf(e.b, scope));
  }
}

const WORDS = { ">": "大于", ">=": "不小于", "<": "小于", "<=": "不大于", "=": "等于" } as const;

/** A condition as a predicate, with the words its reason uses: “…为“是””, “…为 0”, “实际 1200 大于预算 913.96”. */
export function predicateOf(c: Condition, scope: RuleScope): r.Predicate {
  if (c.op === "flag") {
    return {
      inputs: [c.id],
      test: (ctx) => flag(ctx, c.id) !== c.negate,
      text: (ctx) => `${ctx.labelOf(c.id)}为“${flag(ctx, c.id) ? "是" : "否"}”`,
    };
  }
  const [a, b] = [termOf(c.a, scope), termOf(c.b, scope)];
  const side = (e: Expr, t: q.Term, ctx: Ctx) =>
    e.op === "input" ? `${ctx.labelOf(e.id)} ${t.text(ctx)}` : t.text(ctx);
  const compare = { ">": 1, ">=": 1, "<": -1, "<=": -1, "=": 0 }[c.op];
  return {
    inputs: [...a.inputs, ...b.inputs],
    test(ctx) {
      const d = a.value(ctx).comparedTo(b.value(ctx));
      return d === compare || (d === 0 && c.op.length === 2);
    },
    text(ctx) {
      if (c.op === "=" && c.a.op === "input" && c.b.op === "number") return `${ctx.labelOf(c.a.id)}为 ${b.text(ctx)}`;
      return `${side(c.a, a, ctx)} ${WORDS[c.op]}${c.b.op === "input" ? "" : " "}${side(c.b, b, ctx)}`;
    },
  };
}

/** A formula or condition of a file that parse.ts has read into its parts. */
function parsed<T extends Fraction | Condition>(x: string | T): T {
  if (typeof x === "string") throw new Error(`internal: “${x}” was not parsed before compiling`);
  return x;
}

/** Quantities compiled so far in an indicator, by name: a mean reads the ones before it. */
export type Quantities = Map<string, q.Quantity>;

export function quantityOf(d: QuantityDoc, scope: RuleScope, named: Quantities, ruled = false): q.Quantity {
  let quantity: q.Quantity;
  if (d.ratio !== undefined) {
    const { num: n, den } = parsed(d.ratio);
    const ifZero = d.if_zero === undefined ? undefined : String(d.if_zero);
    quantity = q.ratio(d.name, termOf(n, scope), termOf(den, scope), ifZero, ruled);
  } else if (d.value !== undefined) {
    quantity = q.given(d.name, d.value);
  } else if (d.mean !== undefined) {
    quantity = q.mean(
      d.name,
      d.mean.map((name) => named.get(name) as q.Quantity),
    );
  } else {
    quantity = q.weighted(
      d.name,
      (d.weighted ?? []).map((w) => ({ input: w.input, weight: String(w.weight) })),
    );
  }
  if (d.cap !== undefined) quantity = q.capped(quantity, String(d.cap));
  if (d.deviation_from !== undefined) quantity = q.deviationFrom(quantity, String(d.deviation_from));
  named.set(d.name, quantity);
  return quantity;
}

function pointsText(points: Num | "full", full: string): string {
  return points === "full" ? full : String(points);
}

function zeroRuling(z: ZeroDenominatorDoc | undefined, full: string): r.ZeroRuling | undefined {
  if (!z) return undefined;
  return {
    ruling: z.ruling,
    numeratorZero: { points: new Dec(pointsText(z.numerator_zero.points, full)), reason: z.numerator_zero.reason },
    numeratorPositive: {
      points: new Dec(pointsText(z.numerator_positive.points, full)),
      reason: z.numerator_positive.reason,
    },
  };
}

function thenText(then: "zero" | "full" | Num): string {
  return then === "zero" || then === "full" ? then : String(then);
}

/**
 * A rule of the file as the core evaluates it. The file passed its checks and parse.ts prepared it: references resolve,
 * formulas are parsed, numbers are decimal text and bands have their ends.
 */
export function ruleOf(d: RuleDoc, scope: RuleScope, named: Quantities): r.Rule {
  switch (d.kind) {
    case "judgment":
      return r.judgment({ ...d, points: String(d.points) });
    case "flag":
      return r.flagPoints({ ...d, points: String(d.points) });
    case "choice":
      return r.enumeration({
        ...d,
        points: String(d.points),
        scores: Object.fromEntries(Object.entries(d.scores).map(([k, v]) => [k, String(v)])),
      });
    case "bands": {
      const points = String(d.points);
      return r.banded({
        label: d.label,
        clause: d.clause,
        quantity: quantityOf(d.quantity, scope, named, d.zero_denominator !== undefined),
        points,
        // parse.ts gave the bands their ends.
        bands: d.bands as unknown as ScoreBand[],
        domainMin: d.negative ? null : "0",
        zero: zeroRuling(d.zero_denominator, points),
      });
    }
    case "proportional": {
      const points = String(d.points);
      return r.rated({
        label: d.label,
        clause: d.clause,
        quantity: quantityOf(d.quantity, scope, named, d.zero_denominator !== undefined),
        points,
        zeroWhen: d.zero_when === undefined ? undefined : predicateOf(parsed(d.zero_when), scope),
        zero: zeroRuling(d.zero_denominator, points),
      });
    }
    case "per_item":
      return r.deduction({ ...d, points: String(d.points), each: String(d.each) });
    case "per_step":
      return r.perStep({
        label: d.label,
        clause: d.clause,
        quantity: quantityOf(d.quantity, scope, named),
        points: String(d.points),
        threshold: String(d.threshold),
        direction: d.direction,
        step: String(d.step),
        each: String(d.each),
        counting: d.counting,
      });
    case "sum":
      return r.sum(...d.parts.map((p) => ruleOf(p, scope, named)));
    case "condition":
      return r.condition({
        label: d.label,
        clause: d.clause,
        when: predicateOf(parsed(d.when), scope),
        then: thenText(d.then),
        otherwise: ruleOf(d.otherwise, scope, named),
      });
    case "optional":
      return r.condition({
        label: d.label,
        clause: d.clause,
        when: predicateOf({ op: "flag", id: d.applies, negate: true }, scope),
        then: thenText(d.if_not),
        otherwise: ruleOf(d.rule, scope, named),
        reason: d.reason,
        onlyOtherwise: true,
      });
    case "either":
      return r.either({
        label: d.label,
        clause: d.clause,
        choose: d.choose,
        options: Object.fromEntries(Object.entries(d.options).map(([k, v]) => [k, ruleOf(v, scope, named)])),
      });
  }
}

/** The value of an input as a reason shows it: a rate as a percentage, anything else as a plain number. */
export function shown(type: InputType | undefined, value: ReturnType<typeof num>): string {
  return type === "rate" ? pct(value) : fmt(value);
}
