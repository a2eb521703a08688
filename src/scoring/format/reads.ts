import type { QuantityDoc, RuleDoc } from "./doc";
import { inputsOf, parseCondition, parseRatio, targetsOf, type Condition } from "./formula";

const condition = (c: string | Condition) => (typeof c === "string" ? parseCondition(c) : c);

/** One input read by a rule, with where: `path` inside the rule, and whether only an alternative reads it. */
export interface Read {
  id: string;
  path: (string | number)[];
  /** Read inside an either-or option or an optional rule: it may be left blank when that does not apply. */
  conditional: boolean;
}

/** The inputs and 序时进度 checkpoints a quantity reads. Formulas must parse (the reference checks come first). */
export function quantityReads(q: QuantityDoc): { inputs: string[]; targets: string[]; quantities: string[] } {
  if (q.ratio !== undefined) {
    const { num, den } = typeof q.ratio === "string" ? parseRatio(q.ratio) : q.ratio;
    return {
      inputs: [...inputsOf(num), ...inputsOf(den)],
      targets: [...targetsOf(num), ...targetsOf(den)],
      quantities: [],
    };
  }
  if (q.value !== undefined) return { inputs: [q.value], targets: [], quantities: [] };
  if (q.mean !== undefined) return { inputs: [], targets: [], quantities: q.mean };
  return { inputs: (q.weighted ?? []).map((w) => w.input), targets: [], quantities: [] };
}

/** Every input a rule reads, with its path below `at`. */
export function ruleReads(rule: RuleDoc, at: (string | number)[] = [], conditional = false): Read[] {
  const read = (id: string, key: string): Read => ({ id, path: [...at, key], conditional });
  const quantity = (q: QuantityDoc) =>
    quantityReads(q).inputs.map((id) => ({ id, path: [...at, "quantity"], conditional }));
  switch (rule.kind) {
    case "judgment":
    case "flag":
    case "choice":
      return [read(rule.input, "input")];
    case "per_item":
      return [read(rule.count, "count")];
    case "bands":
    case "per_step":
      return quantity(rule.quantity);
    case "proportional":
      return [
        ...quantity(rule.quantity),
        ...(rule.zero_when === undefined ? [] : inputsOf(condition(rule.zero_when)).map((id) => read(id, "zero_when"))),
      ];
    case "sum":
      return rule.parts.flatMap((p, k) => ruleReads(p, [...at, "parts", k], conditional));
    case "condition":
      return [
        ...inputsOf(condition(rule.when)).map((id) => read(id, "when")),
        ...ruleReads(rule.otherwise, [...at, "otherwise"], conditional),
      ];
    case "optional":
      return [read(rule.applies, "applies"), ...ruleReads(rule.rule, [...at, "rule"], true)];
    case "either":
      return [
        read(rule.choose, "choose"),
        ...Object.entries(rule.options).flatMap(([k, o]) => ruleReads(o, [...at, "options", k], true)),
      ];
  }
}
