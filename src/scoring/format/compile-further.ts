import { weighted } from "../quantities";
import { condition, either, needsOf } from "../rules";
import type { Values } from "../types";
import { predicateOf, ruleOf, thenText, type FurtherKinds } from "./compile-rule";

/**
 * The rule kinds no framework PERF ships uses, for a framework a bureau writes: an optional indicator, an either-or
 * one and a weighted quantity. Everything but the task pane compiles with them; the pane loads them with
 * the framework checks, which a framework PERF does not ship needs anyway, so its first load stays small.
 */
export const FURTHER_KINDS: FurtherKinds = {
  rule(d, scope, named) {
    switch (d.kind) {
      case "optional": {
        const when = predicateOf({ op: "flag", id: d.applies, negate: true }, scope);
        const otherwise = ruleOf(d.rule, scope, named);
        // Does not apply: read once its flag is (until then, every input may be needed).
        const out = (values: Values) =>
          when.inputs.every((id) => values.has(id)) && when.test({ values, labelOf: String });
        return {
          ...condition({
            label: d.label,
            clause: d.clause,
            when,
            then: thenText(d.if_not),
            otherwise,
            reason: d.reason,
          }),
          // The rule's inputs are needed only when the indicator applies: blank, they are no error otherwise.
          conditional: otherwise.inputs,
          needs: (values) => (out(values) ? when.inputs : [...when.inputs, ...needsOf(otherwise, values)]),
        };
      }
      case "either":
        return either({
          label: d.label,
          clause: d.clause,
          choose: d.choose,
          options: Object.fromEntries(Object.entries(d.options).map(([k, v]) => [k, ruleOf(v, scope, named)])),
        });
      default:
        throw new Error(`internal: rule kind ${d.kind} is compiled by compile-rule.ts`);
    }
  },
  weighted,
};
