import { Dec } from "../decimal";
import type { Check, Framework, IndicatorDef, Level1Def, Level2Def } from "../framework";
import type { Issue, Values } from "../types";
import { shown, ruleOf, type FurtherKinds, type RuleScope } from "./compile-rule";
import type { CheckDoc, FrameworkDoc, RuleDoc } from "./doc";

const numberOf = (values: Values, id: string): Dec | undefined => {
  const v = values.get(id);
  return typeof v === "object" ? v : undefined;
};

/** A check across inputs as a function: a warning when the values break it. */
function checkOf(d: CheckDoc, typeOf: RuleScope["typeOf"]): Check {
  const show = (id: string, v: Dec) => shown(typeOf(id), v);
  switch (d.kind) {
    case "sum":
      return (values, labelOf) => {
        const parts = d.parts.map((id) => numberOf(values, id));
        const total = numberOf(values, d.equals);
        if (!total || parts.some((p) => !p)) return [];
        const sum = parts.reduce<Dec>((a, p) => a.plus(p as Dec), new Dec(0));
        if (sum.equals(total)) return [];
        const named = d.parts.map((id, k) => `${labelOf(id)} ${show(id, parts[k] as Dec)}`).join(" 与");
        const message = `${labelOf(d.equals)}为 ${show(d.equals, total)}，不等于${named} 之和 ${show(d.equals, sum)}`;
        return [{ severity: "warning", input: d.equals, message }];
      };
    case "non_decreasing":
      return (values, labelOf) => {
        const issues: Issue[] = [];
        for (let k = 1; k < d.inputs.length; k++) {
          const [a, b] = [d.inputs[k - 1], d.inputs[k]];
          const [before, now] = [numberOf(values, a), numberOf(values, b)];
          if (before && now && now.lessThan(before)) {
            const message = `${labelOf(b)}为 ${show(b, now)}，低于${labelOf(a)} ${show(a, before)}；${d.note}`;
            issues.push({ severity: "warning", input: b, message });
          }
        }
        return issues;
      };
    case "at_most":
      return (values, labelOf) => {
        const [v, limit] = [numberOf(values, d.input), numberOf(values, d.limit)];
        if (!v || !limit || !v.greaterThan(limit)) return [];
        const message = `${labelOf(d.input)}为 ${show(d.input, v)}，大于${labelOf(d.limit)} ${show(d.limit, limit)}，${d.note}`;
        return [{ severity: "warning", input: d.input, message }];
      };
  }
}

/**
 * A framework as the core's scoring data: what it scores with, in the core's shapes, but its rules and checks as the
 * file writes them (parsed) rather than functions. prepare.ts makes it from a file; PERF's own frameworks are
 * prepared when PERF is built (frameworks/compiled/), so the task pane only compiles them.
 */
export interface FrameworkData extends Omit<Framework, "hash" | "tree" | "checks" | "doc"> {
  tree: readonly (Omit<Level1Def, "children"> & {
    children: readonly (Omit<Level2Def, "indicators"> & {
      indicators: readonly (Omit<IndicatorDef, "rule"> & { rule: RuleDoc })[];
    })[];
  })[];
  checks: readonly CheckDoc[];
}

/** A framework PERF ships, as frameworks/compiled/ holds it: its scoring data and the content hash of its file. */
export interface BundledFramework {
  hash: string;
  data: FrameworkData;
}

/**
 * The framework, ready to score: its rules and checks compiled into functions. The file must have passed its checks
 * (checkDoc), so every id, name and formula resolves. `doc`, the file as written, is what a workbook made from the
 * framework carries; PERF's own frameworks leave it out (texts.ts has their files). `further`: the rule kinds no
 * framework PERF ships uses (compile-further.ts), for a framework that uses them.
 */
export function compileFramework(
  data: FrameworkData,
  hash = "",
  doc?: FrameworkDoc,
  further?: FurtherKinds,
): Framework {
  const types = new Map(data.inputs.map((i) => [i.id, i.type]));
  const targets = new Map(data.schedule.map((c) => [c.id, c.target]));
  const scope: RuleScope = { typeOf: (id) => types.get(id), target: (id) => targets.get(id) ?? "0", further };
  return {
    ...data,
    hash,
    tree: data.tree.map((l1) => ({
      ...l1,
      children: l1.children.map((l2) => ({
        ...l2,
        indicators: l2.indicators.map((i) => ({ ...i, rule: ruleOf(i.rule, scope, new Map()) })),
      })),
    })),
    checks: data.checks.map((c) => checkOf(c, scope.typeOf)),
    ...(doc ? { doc } : {}),
  };
}
