import type { Ctx } from "./context";
import { clamp, constant, Dec, fmt, roundScore, ZERO } from "./decimal";
import { validateEffect } from "./effect";
import type { Framework, IndicatorDef } from "./framework";
import { gradeOf } from "./grade";
import { nameOf } from "./names";
import { needsOf } from "./rules";
import type { Case, IndicatorScore, InputDef, Issue, Level, PartResult, ScoreResult, Values } from "./types";
import { labelLookup, validateInputs } from "./validate";

/** The part's line in 扣分原因: its clause number, the arithmetic, what it earned and lost. */
function partReason(p: PartResult): string {
  return `${p.label}：${p.explain}，得 ${fmt(p.score)} 分，扣 ${fmt(p.max.minus(p.score))} 分`;
}

/**
 * Scores one 三级 indicator from validated values: the sum of its clauses, rounded half-up to 0.01 and kept within
 * [0, points] (spec §2), with a reason for every clause that lost points.
 */
export function scoreIndicator(
  def: IndicatorDef,
  ctx: Ctx,
): Pick<IndicatorScore, "score" | "lost" | "reasons" | "parts"> {
  const points = constant(def.points);
  const parts = def.rule.evaluate(ctx);
  const raw = parts.reduce((a, p) => a.plus(p.score), ZERO);
  const score = clamp(roundScore(raw), ZERO, points);
  const lost = points.minus(score);
  // A part scored by a ruling says so even when it lost nothing.
  const ruled = (p: PartResult) => (p.ruled && !p.score.lessThan(p.max) ? [`${p.label}：${p.explain}`] : []);
  if (lost.isZero()) return { score, lost, reasons: [`满分 ${fmt(points)} 分`, ...parts.flatMap(ruled)], parts };
  const reasons = parts.flatMap((p) => (p.score.lessThan(p.max) ? [partReason(p)] : ruled(p)));
  if (!raw.equals(score)) reasons.push(`合计 ${fmt(raw)} 分，四舍五入保留两位小数为 ${fmt(score)} 分`);
  return { score, lost, reasons, parts };
}

function row(code: string, name: string, level: Level, points: string): IndicatorScore {
  return { code, name, level, points: constant(points), score: null, lost: null, reasons: [], parts: [] };
}

/** A 一级 or 二级 row: the sum of its children's rounded scores, or unscored if any child is. */
function rollUp(target: IndicatorScore, children: IndicatorScore[]): void {
  const unscored = children.filter((c) => c.score === null);
  if (unscored.length > 0) {
    target.reasons = [`无法评分：${unscored.map((c) => `${c.code} ${c.name}`).join("、")} 未能评分`];
    return;
  }
  target.score = children.reduce((a, c) => a.plus(c.score as Dec), ZERO);
  target.lost = target.points.minus(target.score);
  const losing = children.filter((c) => (c.lost as Dec).greaterThan(0));
  target.reasons =
    losing.length === 0
      ? [`满分 ${fmt(target.points)} 分`]
      : losing.map((c) => `${c.code} ${c.name} 扣 ${fmt(c.lost as Dec)} 分`);
}

/**
 * The inputs that stop an indicator: those it needs that are invalid or missing. An input only an alternative reads
 * (an either-or option, an optional rule) may be left blank; when the alternative that applies needs it, its absence
 * becomes an issue here.
 */
function unreadable(
  def: IndicatorDef,
  values: Values,
  invalid: ReadonlySet<string>,
  defs: ReadonlyMap<string, InputDef>,
  issues: Issue[],
): string[] {
  const bad = [...new Set(needsOf(def.rule, values))].filter((id) => invalid.has(id) || !values.has(id));
  for (const id of bad) {
    const d = defs.get(id);
    if (d?.conditional && !invalid.has(id) && !issues.some((i) => i.input === id))
      issues.push({ severity: "error", input: id, message: `缺少${nameOf(d)}` });
    // What stops an indicator is always in the issues, never a bare 无法评分 (validation names every such input).
    else if (!issues.some((i) => i.input === id && i.severity === "error"))
      issues.push({
        severity: "error",
        input: id,
        message: `${nameOf(d ?? { id, label: id })}无法读取，本指标无法评分`,
      });
  }
  return bad;
}

/** Scores a case against its framework: validation, every 三级 indicator, the 二级 and 一级 sums, total and grade. */
export function scoreCase(framework: Framework, input: Case): ScoreResult {
  const { values, issues, invalid } = validateInputs(framework, input.inputs);
  const labelOf = labelLookup(framework);
  const ctx: Ctx = { values: values as Values, labelOf };
  const defs = new Map(framework.inputs.map((d) => [d.id, d]));
  const rows: IndicatorScore[] = [];
  const level1Rows: IndicatorScore[] = [];

  for (const l1 of framework.tree) {
    const r1 = row(l1.code, l1.name, 1, l1.points);
    rows.push(r1);
    const level2Rows: IndicatorScore[] = [];
    for (const l2 of l1.children) {
      const r2 = row(l2.code, l2.name, 2, l2.points);
      rows.push(r2);
      let indicators = [...l2.indicators];
      let effectOk = true;
      if (l2.personal && framework.personal) {
        const effect = validateEffect(l2, framework.personal, input.effect);
        issues.push(...effect.issues);
        effectOk = effect.ok;
        indicators = [...effect.indicators, ...indicators];
      }
      const level3Rows = indicators.map((def) => {
        const r3 = row(def.code, def.name, 3, def.points);
        const bad = unreadable(def, values, invalid, defs, issues);
        if (bad.length > 0) {
          r3.reasons = [`无法评分：请先更正${bad.map((id) => nameOf(defs.get(id) ?? { id, label: id })).join("、")}`];
        } else {
          Object.assign(r3, scoreIndicator(def, ctx));
        }
        return r3;
      });
      rows.push(...level3Rows);
      rollUp(r2, level3Rows);
      if (!effectOk) {
        r2.score = null;
        r2.lost = null;
        r2.reasons = [`无法评分：${l2.name}个性指标有误，见问题清单`];
      }
      level2Rows.push(r2);
    }
    rollUp(r1, level2Rows);
    level1Rows.push(r1);
  }

  const complete = level1Rows.every((r) => r.score !== null);
  const total = complete ? level1Rows.reduce((a, r) => a.plus(r.score as Dec), ZERO) : null;
  return {
    framework: framework.id,
    ...(framework.example ? { frameworkExample: true as const } : {}),
    department: input.department ?? "",
    year: input.year ?? null,
    total,
    grade: total === null ? null : gradeOf(framework, total),
    indicators: rows,
    issues,
    grades: framework.grades,
  };
}
