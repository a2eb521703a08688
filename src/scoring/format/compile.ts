import type { LevelBand } from "../bands";
import { Dec } from "../decimal";
import type { Check, Framework, IndicatorDef, Level1Def, Level2Def } from "../framework";
import type { Rule } from "../rules";
import type { InputDef, Issue, Values } from "../types";
import { shown, ruleOf, type RuleScope } from "./compile-rule";
import type { CheckDoc, FrameworkDoc, InputDoc } from "./doc";

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

function inputOf(d: InputDoc, conditional: boolean): InputDef {
  return {
    id: d.id,
    label: d.label,
    type: d.type,
    // A bundled framework's scoring data leaves out which indicator an input feeds (texts.ts has it).
    indicator: d.indicator ?? "",
    ...(d.max !== undefined ? { max: String(d.max) } : {}),
    ...(d.options ? { options: d.options } : {}),
    ...(d.default !== undefined ? { default: d.default } : {}),
    ...(d.at_most ? { atMost: d.at_most } : {}),
    ...(d.note ? { note: d.note } : {}),
    ...(conditional ? { conditional } : {}),
  };
}

/**
 * The framework a file describes, ready to score. The file must have passed its checks, and its formulas must be
 * parsed (`checkDoc` does both), so every id, name and formula resolves. `file` is the file as written, kept as the
 * framework's `doc` (what a workbook carries); it defaults to the parsed one (a bundled framework's scoring data).
 */
export function compileFramework(doc: FrameworkDoc, hash = "", file: FrameworkDoc = doc): Framework {
  const types = new Map(doc.inputs.map((i) => [i.id, i.type]));
  const targets = new Map((doc.schedule?.checkpoints ?? []).map((c) => [c.id, String(c.target)]));
  const scope: RuleScope = { typeOf: (id) => types.get(id), target: (id) => targets.get(id) ?? "0" };
  const rules = new Map<string, Rule>(doc.indicators.map((i) => [i.code, ruleOf(i.rule, scope, new Map())]));
  // Inputs only an alternative reads (an either-or option, an optional rule) may be left blank.
  const conditional = new Set([...rules.values()].flatMap((r) => r.conditional ?? []));

  const indicators: IndicatorDef[] = doc.indicators.map((i) => ({
    code: i.code,
    name: i.name,
    points: String(i.points),
    rule: rules.get(i.code) as Rule,
    ...(i.problem ? { problem: i.problem } : {}),
  }));
  const groups = doc.groups.map((g) => ({ ...g, points: String(g.points) }));
  const parentOf = (code: string) => code.slice(0, code.lastIndexOf("."));
  const tree: Level1Def[] = groups
    .filter((g) => !g.code.includes("."))
    .map((l1) => ({
      code: l1.code,
      name: l1.name,
      points: l1.points,
      children: groups
        .filter((l2) => l2.code.includes(".") && parentOf(l2.code) === l1.code)
        .map((l2): Level2Def => ({
          code: l2.code,
          name: l2.name,
          points: l2.points,
          indicators: indicators.filter((i) => parentOf(i.code) === l2.code),
          ...(l2.personal ? { personal: true } : {}),
        })),
    }));
  const personal = doc.groups.find((g) => g.personal)?.personal;
  return {
    id: doc.id,
    name: doc.name,
    hash,
    example: doc.example === true,
    total: String(doc.total),
    grades: doc.grades as unknown as LevelBand[],
    inputs: doc.inputs.map((d) => inputOf(d, conditional.has(d.id))),
    tree,
    checks: (doc.checks ?? []).map((c) => checkOf(c, scope.typeOf)),
    schedule: (doc.schedule?.checkpoints ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      month: c.month,
      target: String(c.target),
      ...(c.progress ? { progress: c.progress } : {}),
    })),
    ...(personal
      ? {
          personal: {
            levels: personal.levels as unknown as LevelBand[],
            // A bundled framework's scoring data leaves out the block's words (texts.ts has them).
            clause: personal.clause ?? "",
            itemClause: personal.item_clause ?? "",
            description: personal.description ?? "",
          },
        }
      : {}),
    doc: file,
  };
}
