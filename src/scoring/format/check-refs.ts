import { decimalOf } from "./numbers";
import type { FrameworkDoc, InputDoc, InputTypeDoc, QuantityDoc, RuleDoc } from "./doc";
import { FormulaError, inputsOf, parseCondition, parseRatio, targetsOf, type Condition } from "./formula";
import { error, type Path, type Problem } from "./problem";
import { ruleReads } from "./reads";

const NUMERIC: readonly InputTypeDoc[] = ["money", "count", "rate", "judgment"];
/** An input's type in a sentence: 金额, 个数 … */
export const TYPE_WORDS: Readonly<Record<InputTypeDoc, string>> = {
  money: "金额",
  count: "个数",
  rate: "比率",
  judgment: "评分",
  flag: "是否项",
  enum: "选项",
};

function duplicates<T>(items: readonly T[], key: (t: T) => string): number[] {
  const seen = new Set<string>();
  return items.flatMap((t, k) => (seen.has(key(t)) ? [k] : (seen.add(key(t)), [])));
}

/**
 * Every name the file uses refers to something it defines, of the right type: codes form a tree, inputs are
 * defined once and used, formulas parse, checkpoints and quantities exist. Only a file that passes these is compiled.
 */
export function checkReferences(doc: FrameworkDoc): Problem[] {
  const out: Problem[] = [];
  const inputs = new Map<string, InputDoc>();
  doc.inputs.forEach((d) => inputs.set(d.id, d));
  const expectInput = (id: string, path: Path, types: readonly InputTypeDoc[]) => {
    const d = inputs.get(id);
    if (!d) out.push(error(path, `输入项“${id}”没有在 inputs 中定义`));
    else if (!types.includes(d.type))
      out.push(
        error(path, `输入项“${id}”是${TYPE_WORDS[d.type]}，此处应为${types.map((t) => TYPE_WORDS[t]).join("或")}`),
      );
  };

  // The tree: 一级 "1", 二级 "1.1", 三级 "1.1.1"; every code's parent defined before it.
  const groups = new Set<string>();
  doc.groups.forEach((g, k) => {
    const parent = g.code.slice(0, g.code.lastIndexOf("."));
    if (groups.has(g.code)) out.push(error(["groups", k, "code"], `指标代码 ${g.code} 重复`));
    if (g.code.split(".").length > 2)
      out.push(error(["groups", k, "code"], `groups 只列一级、二级指标，${g.code} 是三级代码`));
    else if (g.code.includes(".") && !groups.has(parent))
      out.push(error(["groups", k, "code"], `二级指标 ${g.code} 的一级指标 ${parent} 应列在它之前`));
    if (g.personal && !g.code.includes(".")) out.push(error(["groups", k, "personal"], "个性指标只能放在二级指标下"));
    groups.add(g.code);
  });
  if (doc.groups.filter((g) => g.personal).length > 1)
    out.push(error(["groups"], "只能有一个二级指标放部门个性指标（personal）"));
  for (const k of duplicates(doc.indicators, (i) => i.code))
    out.push(error(["indicators", k, "code"], `指标代码 ${doc.indicators[k].code} 重复`));
  doc.indicators.forEach((i, k) => {
    const parent = i.code.slice(0, i.code.lastIndexOf("."));
    if (i.code.split(".").length !== 3) out.push(error(["indicators", k, "code"], `三级指标代码应有三段，如 1.1.1`));
    else if (!groups.has(parent) || !parent.includes("."))
      out.push(error(["indicators", k, "code"], `三级指标 ${i.code} 的二级指标 ${parent} 没有在 groups 中定义`));
  });
  const codes = new Set(doc.indicators.map((i) => i.code));

  // Inputs: defined once, well formed.
  for (const k of duplicates(doc.inputs, (d) => d.id))
    out.push(error(["inputs", k, "id"], `输入项代码 ${doc.inputs[k].id} 重复`));
  doc.inputs.forEach((d, k) => {
    const at = (key: string): Path => ["inputs", k, key];
    if (!codes.has(d.indicator)) out.push(error(at("indicator"), `指标 ${d.indicator} 不是本框架的三级指标`));
    if (d.type === "judgment" && d.max === undefined) out.push(error(["inputs", k], "评分项应有 max（最高分）"));
    if (d.type === "enum" && !d.options) out.push(error(["inputs", k], "选项应有 options（可选的值）"));
    if (d.type !== "enum" && d.options) out.push(error(at("options"), "只有选项（enum）才有 options"));
    if (d.max !== undefined && !NUMERIC.includes(d.type)) out.push(error(at("max"), "是否项和选项没有 max"));
    if (d.at_most !== undefined) expectInput(d.at_most, at("at_most"), NUMERIC);
    if (d.default !== undefined) {
      const ok =
        d.type === "flag"
          ? typeof d.default === "boolean"
          : d.type === "enum"
            ? (d.options ?? []).includes(String(d.default))
            : typeof d.default === "number" && d.default >= 0;
      if (!ok) out.push(error(at("default"), `默认值不符合${TYPE_WORDS[d.type]}的类型`));
    }
  });

  (doc.checks ?? []).forEach((c, k) => {
    const ids = c.kind === "sum" ? [...c.parts, c.equals] : c.kind === "non_decreasing" ? c.inputs : [c.input, c.limit];
    for (const id of ids) expectInput(id, ["checks", k], NUMERIC);
  });
  const checkpoints = new Set<string>();
  (doc.schedule?.checkpoints ?? []).forEach((c, k) => {
    if (checkpoints.has(c.id)) out.push(error(["schedule", "checkpoints", k, "id"], `检查点代码 ${c.id} 重复`));
    checkpoints.add(c.id);
    if (c.progress !== undefined) expectInput(c.progress, ["schedule", "checkpoints", k, "progress"], ["rate"]);
  });

  checkFigures(doc, out, expectInput);

  doc.indicators.forEach((i, k) => {
    const quantities = new Set<string>();
    checkRule(i.rule, ["indicators", k, "rule"], { out, expectInput, inputs, checkpoints, quantities });
  });
  if (out.length > 0) return out;

  // Every input is read by a rule, of the indicator it names.
  const readBy = new Map<string, Set<string>>();
  for (const i of doc.indicators)
    for (const r of ruleReads(i.rule)) readBy.set(r.id, (readBy.get(r.id) ?? new Set()).add(i.code));
  doc.inputs.forEach((d, k) => {
    const by = readBy.get(d.id);
    if (!by) out.push(error(["inputs", k], `输入项“${d.id}”没有任何评分规则使用`));
    else if (!by.has(d.indicator))
      out.push(error(["inputs", k, "indicator"], `输入项“${d.id}”由 ${[...by].join("、")} 使用，不是 ${d.indicator}`));
  });
  return out;
}

/** Column codes every 运行监控 sheet has (预算数, 累计支出): a figure may not take them. */
export const LEDGER_COLUMNS = ["budget", "spent"] as const;

/** 运行监控's monthly figures: each its own column code, standing for an input of the kind's type. */
function checkFigures(
  doc: FrameworkDoc,
  out: Problem[],
  expectInput: (id: string, path: Path, types: readonly InputTypeDoc[]) => void,
): void {
  const figures = doc.monitoring?.figures ?? [];
  const taken = new Set<string>([...LEDGER_COLUMNS, ...doc.inputs.map((d) => d.id)]);
  figures.forEach((f, k) => {
    const at = (key?: string): Path => (key ? ["monitoring", "figures", k, key] : ["monitoring", "figures", k]);
    if (taken.has(f.id))
      out.push(
        error(
          at("id"),
          (LEDGER_COLUMNS as readonly string[]).includes(f.id)
            ? `列代码“${f.id}”是预算数、累计支出所用的，请改用别的代码`
            : `列代码“${f.id}”与输入项或另一列重名`,
        ),
      );
    taken.add(f.id);
    expectInput(f.input, at("input"), f.kind === "deadline" ? ["count"] : ["money"]);
    if (f.kind === "deadline" && f.month === undefined)
      out.push(error(at(), "deadline 应写 month（以哪个月末的个数为准）"));
    if (f.kind !== "deadline" && f.month !== undefined) out.push(error(at("month"), "只有 deadline 才写 month"));
  });
  for (const k of duplicates(figures, (f) => f.input))
    out.push(error(["monitoring", "figures", k, "input"], `输入项“${figures[k].input}”已有一列对应`));
}

interface RuleCheck {
  out: Problem[];
  expectInput(id: string, path: Path, types: readonly InputTypeDoc[]): void;
  inputs: ReadonlyMap<string, InputDoc>;
  checkpoints: ReadonlySet<string>;
  /** Quantity names of the indicator so far: a mean reads only the ones before it. */
  quantities: Set<string>;
}

function parses<T>(path: Path, out: Problem[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    out.push(error(path, `无法读取：${e.message}`));
    return undefined;
  }
}

/** A file's condition, still text (its shape was checked). */
function checkCondition(text: string | Condition, path: Path, c: RuleCheck): void {
  const cond = parses(path, c.out, () => (typeof text === "string" ? parseCondition(text) : text));
  if (!cond) return;
  if (cond.op === "flag") c.expectInput(cond.id, path, ["flag"]);
  else for (const id of inputsOf(cond)) c.expectInput(id, path, NUMERIC);
}

function checkQuantity(q: QuantityDoc, path: Path, c: RuleCheck): void {
  const forms = (["ratio", "value", "mean", "weighted"] as const).filter((f) => q[f] !== undefined);
  if (forms.length !== 1) {
    c.out.push(error(path, `应有且只有 ratio、value、mean、weighted 之一，却有 ${forms.length} 个`));
    return;
  }
  if (c.quantities.has(q.name)) c.out.push(error([...path, "name"], `本指标已有名为“${q.name}”的比率`));
  if (q.if_zero !== undefined && q.ratio === undefined)
    c.out.push(error([...path, "if_zero"], "只有 ratio 才有 if_zero"));
  if (q.ratio !== undefined) {
    const ratio = parses([...path, "ratio"], c.out, () => parseRatio(q.ratio as string));
    if (ratio) {
      for (const id of [...inputsOf(ratio.num), ...inputsOf(ratio.den)]) c.expectInput(id, [...path, "ratio"], NUMERIC);
      for (const t of [...targetsOf(ratio.num), ...targetsOf(ratio.den)])
        if (!c.checkpoints.has(t))
          c.out.push(error([...path, "ratio"], `序时进度(${t}) 中的检查点没有在 schedule 中定义`));
    }
  }
  if (q.value !== undefined) c.expectInput(q.value, [...path, "value"], ["rate"]);
  (q.mean ?? []).forEach((name, k) => {
    if (!c.quantities.has(name))
      c.out.push(error([...path, "mean", k], `“${name}”应为本指标在此之前定义的比率（quantity 的 name）`));
  });
  if (q.weighted) {
    q.weighted.forEach((w, k) => c.expectInput(w.input, [...path, "weighted", k, "input"], ["rate"]));
    const total = q.weighted.reduce((a, w) => a.plus(decimalOf(w.weight)), decimalOf(0));
    if (!total.equals(1))
      c.out.push(error([...path, "weighted"], `权重之和应为 100%，却是 ${total.times(100).toString()}%`));
  }
  c.quantities.add(q.name);
}

function checkRule(rule: RuleDoc, path: Path, c: RuleCheck): void {
  const at = (key: string | number, ...more: (string | number)[]): Path => [...path, key, ...more];
  switch (rule.kind) {
    case "judgment":
      return c.expectInput(rule.input, at("input"), ["judgment"]);
    case "flag":
      return c.expectInput(rule.input, at("input"), ["flag"]);
    case "choice": {
      c.expectInput(rule.input, at("input"), ["enum"]);
      const options = c.inputs.get(rule.input)?.options ?? [];
      const keys = Object.keys(rule.scores);
      if (options.length > 0 && (keys.length !== options.length || !options.every((o) => keys.includes(o))))
        c.out.push(error(at("scores"), `scores 应恰好列出输入项的选项：${options.join("、")}`));
      return;
    }
    case "per_item":
      return c.expectInput(rule.count, at("count"), ["count"]);
    case "bands":
    case "proportional":
    case "per_step":
      checkQuantity(rule.quantity, at("quantity"), c);
      if (rule.kind === "proportional" && rule.zero_when !== undefined)
        checkCondition(rule.zero_when, at("zero_when"), c);
      if (
        rule.kind !== "per_step" &&
        rule.zero_denominator &&
        (rule.quantity.ratio === undefined || rule.quantity.if_zero !== undefined)
      )
        c.out.push(error(at("zero_denominator"), "zero_denominator 只用于没有 if_zero 的 ratio"));
      return;
    case "sum":
      return rule.parts.forEach((p, k) => checkRule(p, at("parts", k), c));
    case "condition":
      checkCondition(rule.when, at("when"), c);
      return checkRule(rule.otherwise, at("otherwise"), c);
    case "optional":
      c.expectInput(rule.applies, at("applies"), ["flag"]);
      return checkRule(rule.rule, at("rule"), c);
    case "either": {
      c.expectInput(rule.choose, at("choose"), ["enum"]);
      const options = c.inputs.get(rule.choose)?.options ?? [];
      const keys = Object.keys(rule.options);
      if (options.length > 0 && (keys.length !== options.length || !options.every((o) => keys.includes(o))))
        c.out.push(error(at("options"), `options 应恰好列出输入项的选项：${options.join("、")}`));
      for (const [k, o] of Object.entries(rule.options)) checkRule(o, at("options", k), c);
      return;
    }
  }
}
