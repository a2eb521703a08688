import {
  commonIndicators,
  fmt,
  labelLookup,
  pct,
  validateInputs,
  type Case,
  type Ctx,
  type Dec,
  type Framework,
  type IndicatorDef,
  type IndicatorScore,
  type InputDef,
  type PartResult,
  type Quantity,
  type ScoreResult,
  type Value,
} from "../scoring";
import type { Grid } from "./plan";

/** The sheet 插入为工作表 writes the draft to. */
export const PROBLEMS_SHEET = "存在问题";

/** One paragraph of the draft, with the indicator it is about (shown beside it, not part of the text). */
export interface ProblemParagraph {
  code: string;
  name: string;
  lost: Dec;
  text: string;
}

/**
 * A draft of the report's 存在问题 in the manner of the seed's section 三(二)1: one numbered paragraph per 三级
 * indicator that lost points, in table order, each a headline (“政府采购执行率偏低，…有待进一步提高。”) and one
 * sentence of the department's own figures (“2024 年，我局政府采购预算数为 913.96 万元，…执行率为 74.41%。”).
 * Held back (empty) until the score is complete: a partial draft would leave out what could not be scored.
 */
export function problemsDraft(framework: Framework, theCase: Case, result: ScoreResult): ProblemParagraph[] {
  if (result.total === null) return [];
  const defs = new Map(commonIndicators(framework).map((d) => [d.code, d]));
  const inputs = new Map(framework.inputs.map((d) => [d.id, d]));
  const ctx: Ctx = { values: validateInputs(framework, theCase.inputs).values, labelOf: labelLookup(framework) };
  const lead = `${result.year ? `${result.year} 年` : "本年度"}，${ourselves(result.department)}`;
  const losing = result.indicators.filter((r): r is IndicatorScore & { lost: Dec } =>
    Boolean(r.level === 3 && r.lost && r.lost.greaterThan(0)),
  );
  return losing.map((r, k) => {
    const def = defs.get(r.code);
    const facts = def ? commonFacts(def, r.parts, inputs, ctx) : effectFacts(r.parts);
    // “我局 4 月前…”: a space between the subject and a figure, as between any Chinese and a number.
    const body = facts.length > 0 ? `${lead}${/^[0-9A-Za-z]/.test(facts[0]) ? " " : ""}${facts.join("；")}。` : "";
    return { code: r.code, name: r.name, lost: r.lost, text: `（${k + 1}）${headline(r, def)}。${body}` };
  });
}

/**
 * The headline: what the clauses that lost points say of themselves (a clause's `problem` in the framework file),
 * else the indicator's, each said once; a department's own 效果性 indicator, by its name.
 */
function headline(r: IndicatorScore, def: IndicatorDef | undefined): string {
  const fallback = def?.problem ?? `${r.name}目标未全部实现，有待进一步提高`;
  const said = r.parts.filter((p) => p.score.lessThan(p.max)).map((p) => p.problem ?? fallback);
  return [...new Set(said.length > 0 ? said : [fallback])].join("；");
}

/** The draft as a sheet: a title, then one paragraph per row. */
export function problemsGrid(paragraphs: readonly string[]): Grid {
  return [["存在问题"], ...paragraphs.map((p) => [p])];
}

/** How a department speaks of itself in its own report: 我局, 我委, 我办, 我中心; 我单位 when the name does not say. */
export function ourselves(department: string): string {
  const name = department.trim();
  if (name.endsWith("委员会")) return "我委";
  if (name.endsWith("办公室")) return "我办";
  if (name.endsWith("中心")) return "我中心";
  const last = name.slice(-1);
  return "局委办院所署厅处站队馆".includes(last) && last ? `我${last}` : "我单位";
}

/** 4502.03 → "4,502.03", as reports print amounts. */
function grouped(value: Dec): string {
  const [whole, fraction] = fmt(value).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction ? `.${fraction}` : ""}`;
}

/** A value as the sentence shows it: an amount with its unit, a rate as a percentage, a count grouped. */
function figure(def: InputDef, value: Dec): string {
  if (def.type === "money") return `${grouped(value)} 万元`;
  if (def.type === "rate") return pct(value);
  return def.type === "judgment" ? fmt(value) : grouped(value);
}

/**
 * One input's figure in a sentence, in the framework's own words where it gives them (`fact`: “除预算准备金外有 21
 * 个二级项目”, “部门决算未公开”), else from its label: “政府采购预算数为 913.96 万元”.
 */
function inputFact(def: InputDef, value: Value): string {
  const fact = def.fact;
  if (typeof fact === "object") {
    const said = fact[typeof value === "boolean" ? (value ? "是" : "否") : String(value)];
    if (said) return said;
  } else if (fact !== undefined && typeof value === "object") {
    return fact.replace("{}", figure(def, value)).replace("{满分}", def.max ?? "");
  }
  if (typeof value === "boolean") return value ? def.label : `未出现${def.label}的情况`;
  if (typeof value === "string") return `${def.label}为“${value}”`;
  switch (def.type) {
    case "money":
      return `${def.label}为 ${grouped(value)} ${def.unit ?? "万元"}`;
    case "rate":
      return `${def.label}为 ${pct(value)}`;
    case "judgment":
      return `${def.label}一项评定 ${fmt(value)} 分（满分 ${def.max} 分）`;
    default:
      return `${def.label}为 ${grouped(value)}`;
  }
}

/**
 * A computed quantity's value as its own arithmetic ends it: “财政核减率 = … = 41.75%” → “财政核减率为 41.75%”;
 * undefined for a rate that is not computed but given (满意度), which is said as its input.
 */
function quantityFact(q: Quantity, ctx: Ctx): string | undefined {
  const text = q.compute(ctx).text.split("，")[0];
  return text.includes("=") ? `${q.name}为 ${text.slice(text.lastIndexOf("=") + 1).trim()}` : undefined;
}

/**
 * The figures behind the clauses that lost points, each stated once: a rate with the inputs it is computed from
 * (the whole before the part, as the report does), or the inputs a judgment, count, flag or choice clause reads.
 */
function commonFacts(def: IndicatorDef, parts: readonly PartResult[], inputs: Map<string, InputDef>, ctx: Ctx) {
  const clauses: string[] = [];
  const stated = new Set<string>();
  for (const part of parts.filter((p) => p.score.lessThan(p.max))) {
    const facts: string[] = [];
    const state = (id: string) => {
      const input = inputs.get(id);
      const value = ctx.values.get(id);
      if (!input || value === undefined || stated.has(id)) return;
      stated.add(id);
      // A default left as it is (已上缴结余 0) says nothing about the department.
      if (input.default !== undefined && typeof value === "object" && value.isZero()) return;
      facts.push(inputFact(input, value));
    };
    const q = def.rule.quantities.find((x) => part.explain.startsWith(x.name));
    const computed = q ? quantityFact(q, ctx) : undefined;
    if (q && !computed) {
      for (const id of q.inputs) state(id); // a rate the workbook gives as it is (满意度): said once, as its input
    } else if (q && computed) {
      // An average of other rates (全年平均执行率) is stated by itself: its inputs are the other clauses' business.
      if (q.inputs.length <= 3) for (const id of [...q.denominators.flat(), ...q.inputs]) state(id);
      facts.push(computed);
    } else {
      for (const id of def.rule.inputs) if (part.explain.includes(ctx.labelOf(id))) state(id);
    }
    if (facts.length > 0) clauses.push(facts.join("，"));
  }
  return clauses;
}

/** A department's own 效果性 indicator: each sub-item that fell short, with its achievement. */
function effectFacts(parts: readonly PartResult[]): string[] {
  return parts
    .filter((p) => p.score.lessThan(p.max))
    .map((p) => `${p.label}一项${p.explain.split("，")[0].replace(/^达成度 /, "达成度为 ")}`);
}
