import { flag, num, type Ctx } from "../context";
import { Dec, fmt, pct } from "../decimal";
import {
  type Quantity,
  type Term,
  capped,
  constant,
  deviationFrom,
  given,
  input,
  mean,
  minus,
  plus,
  ratio,
} from "../quantities";
import {
  type Predicate,
  type Rule,
  type ZeroRuling,
  banded,
  condition,
  deduction,
  enumeration,
  flagPoints,
  flagText,
  judgment,
  perStep,
  rated,
  sum,
} from "../rules";
import { bandOf } from "./bands";
import type { InputType } from "../types";
import type { Fraction, Num, QuantityDoc, RuleDoc, ZeroDenominatorDoc } from "./doc";
import type { Condition, Expr } from "./formula";

/** What a rule's data is read against: the inputs' types and the checkpoints' 序时进度. */
export interface RuleScope {
  typeOf(id: string): InputType | undefined;
  target(checkpoint: string): string;
  /** The rule kinds no framework PERF ships uses (compile-further.ts), for a framework that does use them. */
  further?: FurtherKinds;
}

/**
 * The rule kinds no framework PERF ships uses: an optional or either-or indicator, a weighted quantity.
 * The task pane's bundle leaves them out and loads them with the framework checks, which any other framework needs.
 */
export interface FurtherKinds {
  rule(d: RuleDoc, scope: RuleScope, named: Quantities): Rule;
  weighted(name: string, parts: readonly { input: string; weight: string }[]): Quantity;
}

function further(scope: RuleScope, kind: string): FurtherKinds {
  if (!scope.further) throw new Error(`internal: ${kind} needs FURTHER_KINDS (compile-further.ts)`);
  return scope.further;
}

function termOf(e: Expr, scope: RuleScope): Term {
  switch (e.op) {
    case "input":
      return input(e.id, scope.typeOf(e.id) === "rate");
    case "number":
      return constant(e.percent ? fmt(new Dec(e.value).div(100)) : e.value, e.percent);
    case "target":
      return constant(scope.target(e.checkpoint), true);
    case "+":
      return plus(termOf(e.a, scope), termOf(e.b, scope));
    case "-":
      return minus(termOf(e.a, scope), termOf(e.b, scope));
  }
}

const WORDS = { ">": "大于", ">=": "不小于", "<": "小于", "<=": "不大于", "=": "等于" } as const;

/** A condition as a predicate, with the words its reason uses: “…（是）”, “…为 0”, “实际 1200 大于预算 913.96”. */
export function predicateOf(c: Condition, scope: RuleScope): Predicate {
  if (c.op === "flag") {
    return {
      inputs: [c.id],
      test: (ctx) => flag(ctx, c.id) !== c.negate,
      text: (ctx) => flagText(ctx.labelOf(c.id), flag(ctx, c.id)),
    };
  }
  const [a, b] = [termOf(c.a, scope), termOf(c.b, scope)];
  const side = (e: Expr, t: Term, ctx: Ctx) => (e.op === "input" ? `${ctx.labelOf(e.id)} ${t.text(ctx)}` : t.text(ctx));
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

/** A number of the prepared file: decimal text, as parse.ts writes every number. */
const dec = (x: Num) => x as string;

/** A formula or condition of the prepared file: parse.ts has read it into its parts. */
const parsed = <T extends Fraction | Condition>(x: string | T) => x as T;

/** Quantities compiled so far in an indicator, by name: a mean reads the ones before it. */
export type Quantities = Map<string, Quantity>;

export function quantityOf(d: QuantityDoc, scope: RuleScope, named: Quantities, ruled = false): Quantity {
  let quantity: Quantity;
  if (d.ratio !== undefined) {
    const { num: n, den } = parsed(d.ratio);
    const ifZero = d.if_zero === undefined ? undefined : dec(d.if_zero);
    quantity = ratio(d.name, termOf(n, scope), termOf(den, scope), ifZero, ruled);
  } else if (d.value !== undefined) {
    quantity = given(d.name, d.value);
  } else if (d.mean !== undefined) {
    quantity = mean(
      d.name,
      d.mean.map((name) => named.get(name) as Quantity),
    );
  } else {
    quantity = further(scope, "weighted").weighted(
      d.name,
      (d.weighted ?? []).map((w) => ({ input: w.input, weight: dec(w.weight) })),
    );
  }
  if (d.cap !== undefined) quantity = capped(quantity, dec(d.cap));
  if (d.deviation_from !== undefined) quantity = deviationFrom(quantity, dec(d.deviation_from));
  named.set(d.name, quantity);
  return quantity;
}

function pointsText(points: Num | "full", full: string): string {
  return points === "full" ? full : dec(points);
}

function zeroRuling(z: ZeroDenominatorDoc | undefined, full: string): ZeroRuling | undefined {
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

export function thenText(then: "zero" | "full" | Num): string {
  return then === "zero" || then === "full" ? then : dec(then);
}

/**
 * A rule of the file as the core evaluates it. The file passed its checks and parse.ts prepared it: references resolve,
 * formulas are parsed and numbers are decimal text.
 */
export function ruleOf(d: RuleDoc, scope: RuleScope, named: Quantities): Rule {
  const rule = ruleOfKind(d, scope, named);
  const problem = "problem" in d ? d.problem : undefined;
  if (!problem) return rule;
  // The clause's own 存在问题 headline goes with each part it scores (a part nested deeper keeps its own).
  return { ...rule, evaluate: (ctx) => rule.evaluate(ctx).map((p) => (p.problem ? p : { ...p, problem })) };
}

function ruleOfKind(d: RuleDoc, scope: RuleScope, named: Quantities): Rule {
  switch (d.kind) {
    case "judgment":
      return judgment({ ...d, points: dec(d.points) });
    case "flag":
      return flagPoints({ ...d, points: dec(d.points) });
    case "choice":
      return enumeration({
        ...d,
        points: dec(d.points),
        scores: d.scores as Record<string, string>,
      });
    case "bands": {
      const points = dec(d.points);
      return banded({
        label: d.label,
        clause: d.clause,
        quantity: quantityOf(d.quantity, scope, named, d.zero_denominator !== undefined),
        points,
        bands: d.bands.map((b) => ({ ...bandOf(b), points: dec(b.points) })),
        domainMin: d.negative ? null : "0",
        zero: zeroRuling(d.zero_denominator, points),
      });
    }
    case "proportional": {
      const points = dec(d.points);
      return rated({
        label: d.label,
        clause: d.clause,
        quantity: quantityOf(d.quantity, scope, named, d.zero_denominator !== undefined),
        points,
        zeroWhen: d.zero_when === undefined ? undefined : predicateOf(parsed(d.zero_when), scope),
        zero: zeroRuling(d.zero_denominator, points),
      });
    }
    case "per_item":
      return deduction({ ...d, points: dec(d.points), each: dec(d.each) });
    case "per_step":
      return perStep({
        label: d.label,
        clause: d.clause,
        quantity: quantityOf(d.quantity, scope, named),
        points: dec(d.points),
        threshold: dec(d.threshold),
        direction: d.direction,
        step: dec(d.step),
        each: dec(d.each),
        counting: d.counting,
      });
    case "sum":
      return sum(...d.parts.map((p) => ruleOf(p, scope, named)));
    case "condition":
      return condition({
        label: d.label,
        clause: d.clause,
        when: predicateOf(parsed(d.when), scope),
        then: thenText(d.then),
        otherwise: ruleOf(d.otherwise, scope, named),
      });
    default:
      return further(scope, d.kind).rule(d, scope, named);
  }
}

/** The value of an input as a reason shows it: a rate as a percentage, anything else as a plain number. */
export function shown(type: InputType | undefined, value: ReturnType<typeof num>): string {
  return type === "rate" ? pct(value) : fmt(value);
}
