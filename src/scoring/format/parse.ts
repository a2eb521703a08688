import type { FrameworkDoc, QuantityDoc, RuleDoc } from "./doc";
import { parseCondition, parseRatio } from "./formula";

function quantity(q: QuantityDoc): QuantityDoc {
  return typeof q.ratio === "string" ? { ...q, ratio: parseRatio(q.ratio) } : q;
}

function rule(r: RuleDoc): RuleDoc {
  switch (r.kind) {
    case "bands":
    case "per_step":
      return { ...r, quantity: quantity(r.quantity) };
    case "proportional":
      return {
        ...r,
        quantity: quantity(r.quantity),
        ...(typeof r.zero_when === "string" ? { zero_when: parseCondition(r.zero_when) } : {}),
      };
    case "sum":
      return { ...r, parts: r.parts.map(rule) };
    case "condition":
      return { ...r, when: typeof r.when === "string" ? parseCondition(r.when) : r.when, otherwise: rule(r.otherwise) };
    case "optional":
      return { ...r, rule: rule(r.rule) };
    case "either":
      return { ...r, options: Object.fromEntries(Object.entries(r.options).map(([k, o]) => [k, rule(o)])) };
    default:
      return r;
  }
}

/**
 * The file with its formulas and conditions read into their parts, ready to compile. The file must have passed its
 * reference checks, where every formula was read once already.
 */
export function parseDoc(doc: FrameworkDoc): FrameworkDoc {
  return { ...doc, indicators: doc.indicators.map((i) => ({ ...i, rule: rule(i.rule) })) };
}
