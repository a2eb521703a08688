import { describeBand, fmt, type Band, type Framework } from "../../scoring";
import type { BoundsDoc, FrameworkDoc, Num, QuantityDoc, RuleDoc, ZeroDenominatorDoc } from "../../scoring/format/doc";
import { bandOf } from "../../scoring/format/bands";
import { decimalOf, decimalText } from "../../scoring/format/numbers";

/** A number of the file as a reader expects it: a percentage stays one ("15%"), a plain number plain. */
export function num(x: Num): string {
  return typeof x === "string" ? x.trim() : fmt(decimalOf(x));
}

const points = (x: Num | "full" | "zero", full: Num) =>
  x === "full" ? `满分 ${num(full)} 分` : x === "zero" ? "0 分" : `${num(x)} 分`;

/** “得 2 分”, “得 0 分”, “得满分”. */
const got = (x: Num | "full" | "zero") => (x === "full" ? "得满分" : `得 ${points(x, 0)}`);

const TYPE_WORDS: Record<string, string> = {
  money: "金额（万元）",
  count: "个数",
  rate: "比率",
  judgment: "评分",
  flag: "是/否",
  enum: "选项",
};

/** An input's type in words: 评分（0–1 分）, 选项：合规/不完全合规/未公开. */
export function typeText(d: FrameworkDoc["inputs"][number]): string {
  if (d.type === "judgment") return `评分（0–${num(d.max ?? 0)} 分）`;
  if (d.type === "enum") return `选项：${(d.options ?? []).join("/")}`;
  const type = d.type === "money" ? `金额（${d.unit ?? "万元"}）` : TYPE_WORDS[d.type];
  return `${type}${d.min !== undefined ? `，最小 ${num(d.min)}` : ""}${d.max !== undefined ? `，最大 ${num(d.max)}` : ""}`;
}

/** A band in the clause's words (“35%（含）至 45%”), a rate's bounds as percentages. */
export function bandText(b: BoundsDoc, percent = true): string {
  return describeBand(bandOf(b, decimalText) as Band, percent);
}

function quantityText(q: QuantityDoc): string {
  const formula =
    typeof q.ratio === "string"
      ? q.ratio.replace(/\s*\/\s*/g, " ÷ ").replace(/\s-\s/g, " − ")
      : (q.value ??
        (q.mean
          ? `（${q.mean.join(" + ")}）÷ ${q.mean.length}`
          : (q.weighted ?? []).map((w) => `${num(w.weight)} × ${w.input}`).join(" + ")));
  const extra = [
    q.if_zero !== undefined ? `分母为 0 时按 ${num(q.if_zero)} 计` : "",
    q.cap !== undefined ? `最高按 ${num(q.cap)} 计` : "",
    q.deviation_from !== undefined ? `按与 ${num(q.deviation_from)} 的偏离分档` : "",
  ].filter(Boolean);
  return `${q.name} = ${formula}${extra.length ? `（${extra.join("，")}）` : ""}`;
}

function zeroText(z: ZeroDenominatorDoc | undefined, full: Num): string {
  if (!z) return "";
  return `；分母为 0 时${z.ruling}：分子也为 0 ${z.numerator_zero.points === "full" ? `得${points("full", full)}` : got(z.numerator_zero.points)}（${z.numerator_zero.reason}），否则${got(z.numerator_positive.points)}（${z.numerator_positive.reason}）`;
}

const COUNTING = { pro_rata: "不足一档按比例计", whole: "只计整档", started: "不足一档按一档计" };

/** A rule in Chinese words, one line per clause, with the input ids it reads (docs.ts names them by their labels). */
export function ruleLines(rule: RuleDoc, indent = ""): string[] {
  const head = "label" in rule ? `${indent}${rule.label}：` : indent;
  switch (rule.kind) {
    case "judgment":
      return [`${head}按评定给分（${rule.input}），0 至 ${num(rule.points)} 分`];
    case "flag":
      return [`${head}${rule.input} 为“是”得 ${num(rule.points)} 分，否则 0 分`];
    case "choice":
      return [
        `${head}按 ${rule.input} 的选项给分：${Object.entries(rule.scores)
          .map(([k, v]) => `${k} ${num(v)} 分`)
          .join("，")}`,
      ];
    case "bands":
      return [
        `${head}${quantityText(rule.quantity)}；${rule.bands.map((b) => `${bandText(b)} 得 ${num(b.points)} 分`).join("；")}${zeroText(rule.zero_denominator, rule.points)}`,
      ];
    case "proportional":
      return [
        `${head}${quantityText(rule.quantity)}；得分 = ${rule.quantity.name} × ${num(rule.points)} 分${rule.zero_when ? `；${String(rule.zero_when)} 时得 0 分` : ""}${zeroText(rule.zero_denominator, rule.points)}`,
      ];
    case "per_item":
      return [`${head}${rule.count} 每项扣 ${num(rule.each)} 分，从 ${num(rule.points)} 分扣完为止`];
    case "per_step":
      return [
        `${head}${quantityText(rule.quantity)}；${rule.direction === "above" ? "不超过" : "不低于"} ${num(rule.threshold)} 得 ${num(rule.points)} 分，${rule.direction === "above" ? "超出" : "低于"}部分每 ${num(rule.step)} 扣 ${num(rule.each)} 分（${COUNTING[rule.counting]}），扣完为止`,
      ];
    case "sum":
      return rule.parts.flatMap((p) => ruleLines(p, indent));
    case "condition":
      return [
        `${head}${String(rule.when)} 时本指标${got(rule.then)}；否则：`,
        ...ruleLines(rule.otherwise, `${indent}  `),
      ];
    case "optional":
      return [
        `${head}可选指标：${rule.applies} 为“否”（不适用）时${got(rule.if_not)}（${rule.reason}）；适用时：`,
        ...ruleLines(rule.rule, `${indent}  `),
      ];
    case "either":
      return [
        `${head}二者择一，按 ${rule.choose} 的选择考核：`,
        ...Object.entries(rule.options).flatMap(([k, o]) => [
          `${indent}  选择“${k}”：`,
          ...ruleLines(o, `${indent}    `),
        ]),
      ];
  }
}

/** The tree with points, one line per indicator: what `framework check` prints after a file passes. */
export function treeLines(framework: Framework): string[] {
  const lines: string[] = [];
  for (const l1 of framework.tree) {
    lines.push(`${l1.code} ${l1.name}（${l1.points} 分）`);
    for (const l2 of l1.children) {
      const own = l2.personal
        ? `，其中部门个性指标 ${fmt(l2.indicators.reduce((a, i) => a.minus(i.points), decimalOf(l2.points)))} 分`
        : "";
      lines.push(`  ${l2.code} ${l2.name}（${l2.points} 分${own}）`);
      for (const i of l2.indicators) lines.push(`    ${i.code} ${i.name}（${i.points} 分）`);
    }
  }
  return lines;
}

/** How many of what: "23 个三级指标、73 项基础数据，合计 100 分". */
export function counts(framework: Framework): string {
  const indicators = framework.tree.reduce(
    (n, l1) => n + l1.children.reduce((m, l2) => m + l2.indicators.length, 0),
    0,
  );
  return `${indicators} 个三级指标、${framework.inputs.length} 项基础数据，合计 ${framework.total} 分`;
}
