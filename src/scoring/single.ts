import { findBand, type ScoreBand } from "./bands";
import type { Ctx } from "./context";
import { Dec, roundRate, ZERO } from "./decimal";
import { achievementLevel, achievementRule } from "./effect";
import { findIndicator, personalBlock, personalLevel2, type Framework, type IndicatorDef } from "./framework";
import { nameOf } from "./names";
import { deduction, needsOf, type Rule } from "./rules";
import { scoreIndicator } from "./score";
import type { InputDef, Issue, PartResult, Value } from "./types";
import { labelLookup, validateInputs, zeroDenominator } from "./validate";

/**
 * Entry points for scoring one piece of a framework from a few inputs: one 三级 indicator, one of its clauses, one of
 * its quantities or one band lookup. The rules stay where they are (the framework's rule objects); these helpers only
 * validate the inputs those rules read, the same way `validateInputs` does for a whole case, and evaluate them.
 * They serve the custom functions, where each argument is bound to one input of the framework.
 */

/** The value, or the errors that stopped it; warnings are lenient readings (text read as a number). */
export type Outcome<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

/**
 * How messages should word what the caller calls by other names. `names`: input id → the caller's name for it (a
 * function's argument), used instead of `nameOf(def)`. `terms`: a phrase of the core's wording → the caller's.
 */
export interface Wording {
  names?: Readonly<Record<string, string>>;
  terms?: Readonly<Record<string, string>>;
}

export interface SingleScore {
  /** Rounded half-up to 0.01 and kept within [0, points], as in a full case. */
  score: Dec;
  reasons: string[];
  parts: PartResult[];
}

const isBlank = (raw: unknown) => raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");

const labels = new WeakMap<Framework, (id: string) => string>();
function labelOf(framework: Framework): (id: string) => string {
  let found = labels.get(framework);
  if (!found) labels.set(framework, (found = labelLookup(framework)));
  return found;
}

function reword(issue: Issue, framework: Framework, wording: Wording | undefined): Issue {
  if (!wording) return issue;
  let message = issue.message;
  for (const [id, name] of Object.entries(wording.names ?? {})) {
    const def = framework.inputs.find((d) => d.id === id);
    if (def) message = message.split(nameOf(def)).join(name);
  }
  for (const [term, replacement] of Object.entries(wording.terms ?? {}))
    message = message.split(term).join(replacement);
  return { ...issue, message };
}

const indicators = new WeakMap<Framework, Map<string, IndicatorDef>>();

/** The common 三级 indicator with this code; 个性 (3.3.x) indicators are not part of the framework's data. */
export function indicatorOf(framework: Framework, code: string): IndicatorDef | undefined {
  let byCode = indicators.get(framework);
  if (!byCode) indicators.set(framework, (byCode = new Map()));
  const found = byCode.get(code) ?? findIndicator(framework, code);
  if (found) byCode.set(code, found);
  return found;
}

/**
 * Validates the inputs `ids` of indicator `def` from `raw` as `validateInputs` validates a case: each read as its type,
 * defaults applied, a part not above its whole, no zero denominator, and the framework's checks as warnings. Inputs
 * that are blank and have no default are reported together, in one error.
 */
function readInputs(
  framework: Framework,
  def: IndicatorDef,
  ids: readonly string[],
  raw: Readonly<Record<string, unknown>>,
  wording: Wording | undefined,
): Outcome<Map<string, Value>> {
  const wanted = new Set(ids);
  const defs = framework.inputs.filter((d) => wanted.has(d.id));
  const missing = defs.filter((d) => d.default === undefined && !d.conditional && isBlank(raw[d.id]));
  const picked: Record<string, unknown> = {};
  for (const d of defs) if (raw[d.id] !== undefined) picked[d.id] = raw[d.id];
  // A framework of this indicator alone, so only its inputs, denominators and checks are looked at.
  const sub: Framework = {
    ...framework,
    inputs: defs,
    tree: [
      {
        code: "",
        name: "",
        points: def.points,
        children: [{ code: "", name: "", points: def.points, indicators: [def] }],
      },
    ],
  };
  const { values, issues } = validateInputs(sub, picked);
  const errors: Issue[] = [];
  if (missing.length > 0) {
    // A long list names inputs by id alone, as a 基础数据 range lists them, so the message stays readable in a cell.
    const message =
      missing.length > 3 && !wording?.names
        ? `缺少 ${missing.length} 项输入：${missing.map((d) => d.id).join("、")}`
        : `缺少${missing.map((d) => nameOf(d)).join("、")}`;
    errors.push({ severity: "error", input: missing[0].id, message });
  }
  const blank = new Set(missing.map((d) => d.id));
  for (const issue of issues) if (issue.severity === "error" && !blank.has(issue.input)) errors.push(issue);
  const warnings = issues.filter((i) => i.severity === "warning").map((i) => reword(i, framework, wording));
  if (errors.length > 0) return { ok: false, errors: errors.map((i) => reword(i, framework, wording)), warnings };
  return { ok: true, value: values, warnings };
}

function unknownCode(framework: Framework, code: string): Outcome<never> {
  const personal = personalBlock(framework);
  const message =
    personal && code.startsWith(`${personal.code}.`)
      ? `指标代码“${code}”不是框架的共性三级指标；${personal.name}个性指标按子项分值 × 达成度计分`
      : `未知的三级指标代码“${code}”，应为 ${framework.id} 的共性三级指标代码，如 1.1.1`;
  return { ok: false, errors: [{ severity: "error", input: code, message }], warnings: [] };
}

/** One 三级 indicator scored from the inputs its rule reads (`raw` may hold others; they are ignored). */
export function scoreSingle(
  framework: Framework,
  code: string,
  raw: Readonly<Record<string, unknown>>,
  wording?: Wording,
): Outcome<SingleScore> {
  const def = indicatorOf(framework, code);
  if (!def) return unknownCode(framework, code);
  const read = readInputs(framework, def, def.rule.inputs, raw, wording);
  if (!read.ok) return read;
  // An alternative that applies may need an input that could be left blank when it did not.
  const absent = needsOf(def.rule, read.value).filter((id) => !read.value.has(id));
  if (absent.length > 0) {
    const names = absent.map((id) => nameOf(framework.inputs.find((d) => d.id === id) ?? { id, label: id }));
    const issue: Issue = { severity: "error", input: absent[0], message: `缺少${names.join("、")}` };
    return { ok: false, errors: [reword(issue, framework, wording)], warnings: read.warnings };
  }
  const ctx: Ctx = { values: read.value, labelOf: labelOf(framework) };
  const { score, reasons, parts } = scoreIndicator(def, ctx);
  return { ok: true, value: { score: score as Dec, reasons, parts }, warnings: read.warnings };
}

/** A stand-in for an input a clause does not read, of the input's type; `alt` gives a second, different one. */
function stand(def: InputDef, alt: boolean): Value {
  switch (def.type) {
    case "flag":
      // A flag decides whole indicators (本项指标得 0 分); "no" lets every clause be evaluated.
      return false;
    case "enum":
      return (def.options ?? [""])[alt ? (def.options ?? [""]).length - 1 : 0];
    case "judgment":
      return alt ? new Dec(def.max ?? 0) : ZERO;
    default:
      return new Dec(alt ? 2 : 1);
  }
}

/**
 * The score of one clause of an indicator (the parts whose label is `label`, 第2项 for example) from the inputs in
 * `raw`, which must be all the clause reads. The clause's score is not rounded: rounding applies to 三级 scores.
 * The indicator's other inputs get stand-ins; evaluating with two different sets of stand-ins and comparing makes
 * sure the clause read none of them.
 */
export function scoreClause(
  framework: Framework,
  code: string,
  label: string,
  raw: Readonly<Record<string, unknown>>,
  wording?: Wording,
): Outcome<Dec> {
  const def = indicatorOf(framework, code);
  if (!def) return unknownCode(framework, code);
  const ids = def.rule.inputs.filter((id) => Object.prototype.hasOwnProperty.call(raw, id));
  const read = readInputs(framework, def, ids, raw, wording);
  if (!read.ok) return read;
  const given = read.value;
  const evaluate = (alt: boolean) => {
    const values = new Map(given);
    for (const d of framework.inputs)
      if (def.rule.inputs.includes(d.id) && !values.has(d.id)) values.set(d.id, stand(d, alt));
    const parts = def.rule.evaluate({ values, labelOf: labelOf(framework) }).filter((p) => p.label === label);
    if (parts.length === 0) throw new Error(`internal: ${code} has no clause ${label}`);
    return parts.reduce((a, p) => a.plus(p.score), ZERO);
  };
  const score = evaluate(false);
  if (!score.equals(evaluate(true)))
    throw new Error(`internal: ${code} ${label} reads inputs other than ${ids.join(", ")}`);
  return { ok: true, value: score, warnings: read.warnings };
}

/** A named quantity of an indicator's rule (财政核减率, 一季度预算执行率), rounded as the rule uses it. */
export function computeQuantity(
  framework: Framework,
  code: string,
  quantity: string,
  raw: Readonly<Record<string, unknown>>,
  wording?: Wording,
): Outcome<Dec> {
  const found = explainQuantity(framework, code, quantity, raw, wording);
  return found.ok ? { ...found, value: found.value.value } : found;
}

/** The quantity with its arithmetic as the reasons write it (“三季度预算执行率 = 64.77% ÷ 75% = 86.36%”). */
export function explainQuantity(
  framework: Framework,
  code: string,
  quantity: string,
  raw: Readonly<Record<string, unknown>>,
  wording?: Wording,
): Outcome<{ value: Dec; text: string }> {
  const def = indicatorOf(framework, code);
  if (!def) return unknownCode(framework, code);
  const q = def.rule.quantities.find((x) => x.name === quantity);
  if (!q) throw new Error(`internal: ${code} has no quantity ${quantity}`);
  const read = readInputs(framework, def, q.inputs, raw, wording);
  if (!read.ok) return read;
  const ctx: Ctx = { values: read.value, labelOf: labelOf(framework) };
  if (q.zeroRuled && q.sides?.den.value(ctx).isZero()) {
    // The rule scores this case by a ruling; the ratio itself has no value.
    const issue = zeroDenominator(q.name, q.sides.den.inputs, (id) =>
      nameOf(framework.inputs.find((d) => d.id === id) ?? { id, label: id }),
    );
    return { ok: false, errors: [reword(issue, framework, wording)], warnings: read.warnings };
  }
  return { ok: true, value: q.compute(ctx), warnings: read.warnings };
}

/** A rule evaluated on validated inputs with some of them replaced: its parts and their sum, not rounded. */
export type RuleEvaluator = (replaced?: ReadonlyMap<string, Dec>) => { score: Dec; parts: PartResult[] };

/**
 * One rule of an indicator (the indicator's own, or one of its clauses: `def.rule.parts`), its inputs read from `raw`
 * and validated once as `scoreSingle` validates them; then evaluated as often as needed with some inputs replaced by
 * other figures (运行监控 projects a clause on figures that are not yet the year's). Rounding applies to 三级 scores
 * only, so the sums are not rounded.
 */
export function ruleEvaluator(
  framework: Framework,
  def: IndicatorDef,
  rule: Rule,
  raw: Readonly<Record<string, unknown>>,
  wording?: Wording,
): Outcome<{ evaluate: RuleEvaluator; ctx: Ctx }> {
  const read = readInputs(framework, def, rule.inputs, raw, wording);
  if (!read.ok) return read;
  const ctx: Ctx = { values: read.value, labelOf: labelOf(framework) };
  const evaluate: RuleEvaluator = (replaced) => {
    const values = replaced ? new Map([...read.value, ...replaced]) : read.value;
    const parts = rule.evaluate({ values, labelOf: ctx.labelOf });
    return { score: parts.reduce((a, p) => a.plus(p.score), ZERO), parts };
  };
  return { ok: true, value: { evaluate, ctx }, warnings: read.warnings };
}

/** The band table named `table` in an indicator's rule, with the lowest value it is defined for (null: none). */
export function bandTable(
  framework: Framework,
  code: string,
  table: string,
): { bands: readonly ScoreBand[]; domainMin: string | null } {
  const found = indicatorOf(framework, code)?.rule.bandTables.find((t) => t.name === table);
  if (!found || !found.bands.every((b) => "points" in b))
    throw new Error(`internal: ${code} has no band table ${table}`);
  return { bands: found.bands as readonly ScoreBand[], domainMin: found.domainMin };
}

/** The points of the band the value falls in, the value first rounded to 0.01% as any rate; undefined: no band. */
export function bandPoints(framework: Framework, code: string, table: string, value: Dec): Dec | undefined {
  const band = findBand(bandTable(framework, code, table).bands, roundRate(value));
  return band && new Dec(band.points);
}

/**
 * The framework's checkpoints that a quantity divides by (3.2.1: 一季度预算执行率 = progress_q1 / 序时进度(q1)), in
 * order: the input holding each checkpoint's 支出进度, the indicator and the name of its 执行率.
 */
export function checkpointRates(framework: Framework): { input: string; code: string; quantity: string }[] {
  return framework.schedule.flatMap((c) => {
    if (!c.progress) return [];
    for (const def of framework.tree.flatMap((l1) => l1.children.flatMap((l2) => l2.indicators))) {
      const q = def.rule.quantities.find((x) => x.inputs.length === 1 && x.inputs[0] === c.progress && x.sides);
      if (q) return [{ input: c.progress, code: def.code, quantity: q.name }];
    }
    return [];
  });
}

/** 每…扣 X 分，扣完为止 with the given figures: max(0, start − each × count), by the framework's deduction rule. */
export function deduct(start: Dec, each: Dec, count: Dec): Dec {
  const rule = deduction({ label: "", clause: "", count: "count", points: start.toString(), each: each.toString() });
  const [part] = rule.evaluate({ values: new Map([["count", count]]), labelOf: () => "数量" });
  return part.score;
}

function personalRules(framework: Framework) {
  if (!framework.personal) throw new Error(`internal: framework ${framework.id} has no 效果性 block`);
  return framework.personal;
}

/** One 个性 sub-item's score, points × achievement (achievement rounded to 0.01%), as a 3.3.x indicator adds it. */
export function achievementScore(framework: Framework, points: Dec, achievement: Dec): Dec {
  const rule = achievementRule(personalRules(framework), { name: "", points, achievement });
  const [part] = rule.evaluate({ values: new Map(), labelOf: String });
  return part.score;
}

/** The tier an achievement falls in, after rounding it to 0.01% as the score does. */
export function achievementLevelOf(framework: Framework, achievement: Dec): string {
  return achievementLevel(personalRules(framework), roundRate(achievement));
}

/** The framework's total points (100): the sum of its 一级 indicators. */
export function frameworkPoints(framework: Framework): Dec {
  return framework.tree.reduce((a, l1) => a.plus(l1.points), ZERO);
}

/** The points the department's own 效果性 indicators share: 3.3's points less the framework's fixed ones (25 − 2). */
export function personalPoints(framework: Framework): Dec {
  const block = personalLevel2(framework);
  return block.indicators.reduce((a, i) => a.minus(i.points), new Dec(block.points));
}
