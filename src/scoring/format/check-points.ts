import { checkBands } from "./check-bands";
import { Dec, fmt } from "../decimal";
import { bandOf } from "./bands";
import type { BoundsDoc, FrameworkDoc, Num, RuleDoc } from "./doc";
import { decimalOf, decimalText } from "./numbers";
import { error, type Path, type Problem } from "./problem";

/** What a rule is worth: its points, its parts' sum, or (an alternative) the points of what applies. */
export function pointsOf(rule: RuleDoc): Dec {
  switch (rule.kind) {
    case "sum":
      return rule.parts.reduce((a, p) => a.plus(pointsOf(p)), new Dec(0));
    case "condition":
      return pointsOf(rule.otherwise);
    case "optional":
      return pointsOf(rule.rule);
    case "either":
      return pointsOf(Object.values(rule.options)[0]);
    default:
      return decimalOf(rule.points);
  }
}

function bandProblems(bands: readonly BoundsDoc[], domainMin: string | null, path: Path, percent = true): Problem[] {
  return checkBands(
    bands.map((b) => bandOf(b, decimalText)),
    domainMin,
    percent,
  ).map((m) => error(path, `分档有误：${m}`));
}

function notAbove(value: Num | "full" | "zero", max: Dec, path: Path, out: Problem[]): void {
  if (value === "full" || value === "zero") return;
  if (decimalOf(value).greaterThan(max))
    out.push(error(path, `${fmt(decimalOf(value))} 分超过本项分值 ${fmt(max)} 分`));
}

function checkRule(rule: RuleDoc, path: Path, doc: FrameworkDoc, out: Problem[]): void {
  const at = (...more: (string | number)[]): Path => [...path, ...more];
  const max = pointsOf(rule);
  switch (rule.kind) {
    case "judgment": {
      const input = doc.inputs.find((d) => d.id === rule.input);
      if (input?.max !== undefined && !decimalOf(input.max).equals(max))
        out.push(
          error(at("points"), `评分项“${rule.input}”最高 ${fmt(decimalOf(input.max))} 分，本项却是 ${fmt(max)} 分`),
        );
      return;
    }
    case "choice":
      return Object.entries(rule.scores).forEach(([k, v]) => notAbove(v, max, at("scores", k), out));
    case "bands":
      out.push(...bandProblems(rule.bands, rule.negative ? null : "0", at("bands")));
      rule.bands.forEach((b, k) => notAbove(b.points, max, at("bands", k, "points"), out));
      if (rule.zero_denominator)
        for (const key of ["numerator_zero", "numerator_positive"] as const)
          notAbove(rule.zero_denominator[key].points, max, at("zero_denominator", key, "points"), out);
      return;
    case "per_item":
    case "per_step":
      if (!decimalOf(rule.each).greaterThan(0)) out.push(error(at("each"), "每项扣分应大于 0"));
      return;
    case "sum":
      return rule.parts.forEach((p, k) => checkRule(p, at("parts", k), doc, out));
    case "condition":
      notAbove(rule.then, max, at("then"), out);
      return checkRule(rule.otherwise, at("otherwise"), doc, out);
    case "optional":
      notAbove(rule.if_not, max, at("if_not"), out);
      return checkRule(rule.rule, at("rule"), doc, out);
    case "either":
      for (const [k, o] of Object.entries(rule.options)) {
        if (!pointsOf(o).equals(max))
          out.push(
            error(at("options", k), `各备选规则的分值应相同：${fmt(pointsOf(o))} 分，而第一个是 ${fmt(max)} 分`),
          );
        checkRule(o, at("options", k), doc, out);
      }
      return;
    default:
      return;
  }
}

/**
 * Points and bands: every rule is worth its indicator's points, 三级 add up to their 二级, 二级 to their 一级, 一级 to
 * the stated total; bands leave no gap and no overlap; the schedule runs forward.
 */
export function checkPoints(doc: FrameworkDoc): Problem[] {
  const out: Problem[] = [];
  const total = decimalOf(doc.total);
  const sumOf = (items: readonly { points: Num }[]) => items.reduce((a, i) => a.plus(decimalOf(i.points)), new Dec(0));
  const under = (code: string, depth: number) => (c: string) =>
    c.split(".").length === depth && c.slice(0, c.lastIndexOf(".")) === code;

  doc.indicators.forEach((i, k) => {
    if (!pointsOf(i.rule).equals(decimalOf(i.points)))
      out.push(
        error(
          ["indicators", k, "rule"],
          `评分规则合计 ${fmt(pointsOf(i.rule))} 分，指标分值为 ${fmt(decimalOf(i.points))} 分`,
        ),
      );
    checkRule(i.rule, ["indicators", k, "rule"], doc, out);
  });
  doc.groups.forEach((g, k) => {
    const points = decimalOf(g.points);
    const children = g.code.includes(".")
      ? doc.indicators.filter((i) => under(g.code, 3)(i.code))
      : doc.groups.filter((x) => under(g.code, 2)(x.code));
    const sum = sumOf(children);
    const what = g.code.includes(".") ? "三级" : "二级";
    if (g.personal) {
      if (!sum.lessThan(points))
        out.push(error(["groups", k, "points"], `${g.name}的固定指标已有 ${fmt(sum)} 分，没有留给部门个性指标的分值`));
      out.push(...bandProblems(g.personal.levels, "0", ["groups", k, "personal", "levels"]));
    } else if (children.length === 0) out.push(error(["groups", k], `${g.code} ${g.name} 之下没有${what}指标`));
    else if (!sum.equals(points))
      out.push(
        error(["groups", k, "points"], `${g.code} ${g.name} 为 ${fmt(points)} 分，其下${what}指标合计 ${fmt(sum)} 分`),
      );
  });
  const level1 = sumOf(doc.groups.filter((g) => !g.code.includes(".")));
  if (!level1.equals(total)) out.push(error(["total"], `总分为 ${fmt(total)} 分，一级指标合计 ${fmt(level1)} 分`));

  out.push(...bandProblems(doc.grades, "0", ["grades"], false));
  const names = doc.grades.map((g) => g.grade);
  if (new Set(names).size !== names.length) out.push(error(["grades"], "等级名称重复"));

  out.push(...statusProblems(doc));

  const checkpoints = doc.schedule?.checkpoints ?? [];
  checkpoints.forEach((c, k) => {
    const at: Path = ["schedule", "checkpoints", k];
    const before = checkpoints[k - 1];
    if (before && c.month <= before.month)
      out.push(error([...at, "month"], `月份应逐个增大：${before.month} 月之后是 ${c.month} 月`));
    if (before && decimalOf(c.target).lessThan(decimalOf(before.target)))
      out.push(error([...at, "target"], "序时进度应逐个不减"));
    if (decimalOf(c.target).greaterThan(1)) out.push(error([...at, "target"], "序时进度不能超过 100%"));
    if (doc.schedule?.basis === "quarter" && c.month % 3 !== 0)
      out.push(error([...at, "month"], "按季度的检查点应在季末（3、6、9、12 月）"));
  });
  return out;
}

/**
 * 运行监控's statuses: each starts at one bound (behind, 以上; or over, 超过), the bounds rising from the mildest to
 * the worst, so every distance behind 序时进度 has exactly one status; 达标 is the one below them all.
 */
function statusProblems(doc: FrameworkDoc): Problem[] {
  const out: Problem[] = [];
  const statuses = doc.monitoring?.statuses ?? [];
  let before: { at: Dec; inclusive: boolean } | undefined;
  statuses.forEach((s, k) => {
    const path: Path = ["monitoring", "statuses", k];
    if ((s.behind === undefined) === (s.over === undefined)) {
      out.push(error(path, "应写 behind（达到，含本数）或 over（超过，不含本数）之一"));
      return;
    }
    if (s.status === "达标") out.push(error([...path, "status"], "“达标”是第一项以下的状态，不必写"));
    const bound = { at: decimalOf((s.behind ?? s.over) as Num), inclusive: s.behind !== undefined };
    if (bound.at.greaterThan(1)) out.push(error(path, "落后幅度不能超过 100 个百分点（100%）"));
    // Rising: a higher bound, or the same one excluded after it was included (behind 5% then over 5%).
    if (
      before &&
      !(bound.at.greaterThan(before.at) || (bound.at.equals(before.at) && before.inclusive && !bound.inclusive))
    )
      out.push(error(path, "各状态应按落后幅度由轻到重排列，后一项的起点应高于前一项"));
    before = bound;
  });
  const names = statuses.map((s) => s.status);
  if (new Set(names).size !== names.length) out.push(error(["monitoring", "statuses"], "状态名称重复"));
  return out;
}
