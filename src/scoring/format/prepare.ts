import type { IndicatorDef } from "../framework";
import type { InputDef } from "../types";
import { bandOf } from "./bands";
import type { CheckDoc, FrameworkDoc, InputDoc, RuleDoc } from "./doc";
import type { FrameworkData } from "./compile";
import { ruleReads } from "./reads";

function inputOf(d: InputDoc, conditional: boolean): InputDef {
  return {
    id: d.id,
    label: d.label,
    type: d.type,
    ...(d.indicator !== undefined ? { indicator: d.indicator } : {}),
    ...(d.unit !== undefined ? { unit: d.unit } : {}),
    ...(d.min !== undefined ? { min: String(d.min) } : {}),
    ...(d.max !== undefined ? { max: String(d.max) } : {}),
    ...(d.options ? { options: d.options } : {}),
    ...(d.default !== undefined ? { default: d.default } : {}),
    ...(d.at_most ? { atMost: d.at_most } : {}),
    ...(d.note ? { note: d.note } : {}),
    ...(d.fact ? { fact: d.fact } : {}),
    ...(conditional ? { conditional } : {}),
  };
}

type Indicator = Omit<IndicatorDef, "rule"> & { rule: RuleDoc };

/**
 * A parsed framework file (parse.ts) as the core's scoring data: inputs, bands, checkpoints and the tree of
 * indicators in the shapes the core scores with, each rule still as the file writes it (compile.ts turns the rules
 * and checks into functions). PERF's own frameworks are prepared when it is built, so the task pane's bundle needs
 * none of this; a framework read from a file or a workbook is prepared when it is read.
 */
export function prepareFramework(doc: FrameworkDoc): FrameworkData {
  // Inputs only an alternative reads (an either-or option, an optional rule) may be left blank.
  const conditional = new Set(
    doc.indicators.flatMap((i) =>
      ruleReads(i.rule)
        .filter((r) => r.conditional)
        .map((r) => r.id),
    ),
  );
  const indicators: Indicator[] = doc.indicators.map((i) => ({
    code: i.code,
    name: i.name,
    points: String(i.points),
    ...(i.problem ? { problem: i.problem } : {}),
    rule: i.rule,
  }));
  const parentOf = (code: string) => code.slice(0, code.lastIndexOf("."));
  const level = (g: FrameworkDoc["groups"][number]) => ({ code: g.code, name: g.name, points: String(g.points) });
  const tree = doc.groups
    .filter((g) => !g.code.includes("."))
    .map((l1) => ({
      ...level(l1),
      children: doc.groups
        .filter((l2) => l2.code.includes(".") && parentOf(l2.code) === l1.code)
        .map((l2) => ({
          ...level(l2),
          indicators: indicators.filter((i) => parentOf(i.code) === l2.code),
          ...(l2.personal ? { personal: true } : {}),
        })),
    }));
  const personal = doc.groups.find((g) => g.personal)?.personal;
  return {
    id: doc.id,
    name: doc.name,
    example: doc.example === true,
    total: String(doc.total),
    grades: doc.grades.map((g) => ({ ...bandOf(g), level: g.grade })),
    inputs: doc.inputs.map((d) => inputOf(d, conditional.has(d.id))),
    tree: tree as FrameworkData["tree"],
    checks: doc.checks ?? ([] as CheckDoc[]),
    schedule: (doc.schedule?.checkpoints ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      month: c.month,
      target: String(c.target),
      ...(c.progress ? { progress: c.progress } : {}),
    })),
    ...(doc.monitoring
      ? {
          monitoring: {
            ...(doc.monitoring.statuses
              ? {
                  statuses: doc.monitoring.statuses.map((st) => ({
                    status: st.status,
                    behind: String(st.behind ?? st.over),
                    inclusive: st.behind !== undefined,
                  })),
                }
              : {}),
            ...(doc.monitoring.figures
              ? {
                  figures: doc.monitoring.figures.map((f) => ({
                    id: f.id,
                    label: f.label,
                    input: f.input,
                    kind: f.kind,
                    ...(f.month !== undefined ? { month: f.month } : {}),
                  })),
                }
              : {}),
          },
        }
      : {}),
    ...(personal
      ? {
          personal: {
            levels: personal.levels.map((l) => ({ ...bandOf(l), level: l.level })),
            clause: personal.clause,
            itemClause: personal.item_clause,
            description: personal.description,
          },
        }
      : {}),
  };
}
