import type { BoundsDoc, FrameworkDoc, Num, QuantityDoc, RuleDoc, ZeroDenominatorDoc } from "./doc";
import { parseCondition, parseRatio } from "./formula";
import { decimalText } from "./numbers";

/** Numbers as decimal text ("15%" is "0.15"), so compiling needs no reading of numbers. */
const n = (x: Num): string => decimalText(x);
const opt = (x: Num | undefined) => (x === undefined ? undefined : n(x));
/** A band with its bounds as decimal text, as the file writes them (compile.ts gives them their ends). */
const band = <T extends BoundsDoc>(b: T): T => ({
  ...b,
  ...(b.min !== undefined ? { min: n(b.min) } : {}),
  ...(b.over !== undefined ? { over: n(b.over) } : {}),
  ...(b.max !== undefined ? { max: n(b.max) } : {}),
  ...(b.under !== undefined ? { under: n(b.under) } : {}),
});
const fixed = <T extends string>(x: T | Num): T | string => (typeof x === "string" && /^[a-z]+$/.test(x) ? x : n(x));

function quantity(q: QuantityDoc): QuantityDoc {
  return {
    ...q,
    ...(typeof q.ratio === "string" ? { ratio: parseRatio(q.ratio) } : {}),
    if_zero: opt(q.if_zero),
    cap: opt(q.cap),
    deviation_from: opt(q.deviation_from),
    ...(q.weighted ? { weighted: q.weighted.map((w) => ({ ...w, weight: n(w.weight) })) } : {}),
  };
}

function zero(z: ZeroDenominatorDoc | undefined) {
  if (!z) return {};
  const side = (c: ZeroDenominatorDoc["numerator_zero"]) => ({ ...c, points: fixed(c.points) });
  return {
    zero_denominator: { ...z, numerator_zero: side(z.numerator_zero), numerator_positive: side(z.numerator_positive) },
  };
}

function rule(r: RuleDoc): RuleDoc {
  switch (r.kind) {
    case "judgment":
    case "flag":
      return { ...r, points: n(r.points) };
    case "choice":
      return {
        ...r,
        points: n(r.points),
        scores: Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, n(v)])),
      };
    case "bands":
      return {
        ...r,
        points: n(r.points),
        quantity: quantity(r.quantity),
        bands: r.bands.map((b) => band({ ...b, points: n(b.points) })),
        ...zero(r.zero_denominator),
      };
    case "proportional":
      return {
        ...r,
        points: n(r.points),
        quantity: quantity(r.quantity),
        ...(typeof r.zero_when === "string" ? { zero_when: parseCondition(r.zero_when) } : {}),
        ...zero(r.zero_denominator),
      };
    case "per_item":
      return { ...r, points: n(r.points), each: n(r.each) };
    case "per_step":
      return {
        ...r,
        quantity: quantity(r.quantity),
        points: n(r.points),
        threshold: n(r.threshold),
        step: n(r.step),
        each: n(r.each),
      };
    case "sum":
      return { ...r, parts: r.parts.map(rule) };
    case "condition":
      return {
        ...r,
        when: typeof r.when === "string" ? parseCondition(r.when) : r.when,
        then: fixed(r.then),
        otherwise: rule(r.otherwise),
      };
    case "optional":
      return { ...r, if_not: fixed(r.if_not), rule: rule(r.rule) };
    case "either":
      return { ...r, options: Object.fromEntries(Object.entries(r.options).map(([k, o]) => [k, rule(o)])) };
  }
}

/**
 * The file ready to compile: formulas and conditions read into their parts, numbers as decimal text. compile.ts reads only this form, so the task pane's bundle needs neither the parser nor the reading of
 * numbers; the file must have passed its reference checks, where every formula was read once already.
 */
export function parseDoc(doc: FrameworkDoc): FrameworkDoc {
  return {
    ...doc,
    total: n(doc.total),
    grades: doc.grades.map(band),
    inputs: doc.inputs.map((d) => ({
      ...d,
      ...(d.min !== undefined ? { min: n(d.min) } : {}),
      ...(d.max !== undefined ? { max: n(d.max) } : {}),
    })),
    ...(doc.schedule
      ? {
          schedule: {
            ...doc.schedule,
            checkpoints: doc.schedule.checkpoints.map((c) => ({ ...c, target: n(c.target) })),
          },
        }
      : {}),
    ...(doc.monitoring?.statuses
      ? {
          monitoring: {
            ...doc.monitoring,
            statuses: doc.monitoring.statuses.map((st) => ({
              status: st.status,
              ...(st.behind !== undefined ? { behind: n(st.behind) } : {}),
              ...(st.over !== undefined ? { over: n(st.over) } : {}),
            })),
          },
        }
      : {}),
    groups: doc.groups.map((g) => ({
      ...g,
      points: n(g.points),
      ...(g.personal ? { personal: { ...g.personal, levels: g.personal.levels.map(band) } } : {}),
    })),
    indicators: doc.indicators.map((i) => ({ ...i, points: n(i.points), rule: rule(i.rule) })),
  };
}
