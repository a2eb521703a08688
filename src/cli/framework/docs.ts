import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describeBand, fmt, parseCase, scoreCase, type Framework, type ScoreResult } from "../../scoring";
import { fullDoc } from "../../scoring/frameworks/texts";
import { cellName, figuresOf, ledgerColumns, statusesText } from "../../scoring/monitor";
import { bandText, counts, num, ruleLines, typeText } from "./describe";
import { ROOT } from "./files";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, "<br>");
const quote = (s: string) =>
  s
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");

const KIND_WORDS = { execution: "应达到计划的累计支出", control: "应控制的累计支出", deadline: "个数" } as const;

/** What 运行监控 does with this framework: its statuses and the monthly columns of its 运行监控 sheet. */
function monitoringText(framework: Framework): string[] {
  const own = framework.monitoring;
  const figures = figuresOf(framework);
  return [
    `各检查点的状态按支出进度落后序时进度的幅度（百分点）判断：${statusesText(framework)}${own?.statuses ? "" : "（本框架未规定，按 PERF 的默认）"}。`,
    "",
    `“运行监控”表每月一行，逐月填写年初至月末的累计数；各单元格的名称为“列代码_m月份”，如 ${cellName("spent", 7)}：`,
    "",
    "| 列代码 | 列 | 年末对应的输入项 |",
    "|---|---|---|",
    ...ledgerColumns(framework).map(
      (c) =>
        `| ${c.id} | ${c.label} | ${c.figure ? `${c.figure.input}（${KIND_WORDS[c.figure.kind]}${c.figure.month ? `，以 ${c.figure.month} 月末的为准` : ""}）` : "支出进度 = 累计支出 ÷ 预算数"} |`,
    ),
    "",
    own?.figures
      ? "其他逐月数字由本框架的 monitoring.figures 规定。"
      : `其他逐月数字为 PERF 的默认项中本框架有其输入项的${figures.length === 0 ? "（本框架一项也没有）" : ""}（见 docs/framework-format.md）。`,
  ];
}

/**
 * The framework's reference, in Chinese: what docs/framework.md is for dapeng-2024 (`perf-score framework docs`), from
 * the framework's file alone: its tree, conventions, inputs, every indicator's words and rule, its checkpoints and the
 * exchange format. A test fails when the committed docs/framework.md is not what this writes.
 */
export function frameworkDocs(framework: Framework, file: string, scored?: DocsSample): string {
  const doc = fullDoc(framework);
  // The reference is read by departments: inputs by their labels (the ids are in 3's table, for the exchange JSON).
  const labels = new Map(doc.inputs.map((d) => [d.id, d.label]));
  const say = (s: string) =>
    s.replace(/\b[a-z][a-z0-9_]*\b/g, (w) => {
      const label = labels.get(w);
      return label === undefined ? w : label.startsWith("“") ? label : `“${label}”`;
    });
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(`# 指标框架 ${doc.id}：${doc.name}`, "");
  push(`本文由 \`perf-score framework docs ${doc.id}\` 从 \`${file}\` 生成，请勿手改；改框架请改该文件。`, "");
  if (doc.example) push("**示例框架，非正式发布**：为演示框架文件的写法而编写，条文是虚构的。", "");
  push(
    `- 发布单位：${doc.issuer}`,
    `- 出处：${doc.source.title}${doc.source.document_number ? `（${doc.source.document_number}）` : ""}${doc.source.href ? `，${doc.source.href}` : ""}`,
    `- 评价年度：${doc.year}；适用期间：${doc.effective.from} 至 ${doc.effective.to}`,
    `- 规模：${counts(framework)}`,
    `- 内容校验码（SHA-256）：\`${framework.hash}\``,
    "",
  );

  push("## 1. 指标体系", "", "| 一级指标 | 二级指标 | 代码 | 三级指标 | 分值 |", "|---|---|---|---|---|");
  for (const l1 of framework.tree) {
    l1.children.forEach((l2, k) => {
      const first1 = k === 0 ? `${l1.code} ${l1.name}（${l1.points}）` : "";
      const rows = l2.indicators.map((i) => [i.code, i.name, i.points]);
      if (l2.personal) rows.unshift([`${l2.code}.x`, "部门个性指标（部门自定）", "其余分值"]);
      rows.forEach(([code, name, points], j) =>
        push(
          `| ${j === 0 ? first1 : ""} | ${j === 0 ? `${l2.code} ${l2.name}（${l2.points}）` : ""} | ${code} | ${name} | ${points} |`,
        ),
      );
    });
  }
  push("");

  push("## 2. 评分约定", "");
  push(
    "- 金额以万元计，个数为整数，比率以小数表示（35.48% 即 0.3548，单元格设为百分比格式时即是此值）。",
    "- 评分项（符合……得 X 分，否则酌情扣分）填所得分数，0 至 X；填“是”即 X 分，“否”即 0 分。",
    "- 分档边界依《民法典》第一千二百五十九条：以上、以下、以内含本数，超过、不满、以外、低于不含本数。",
    "- 比率先四舍五入保留到 0.01%（小数四位）再参与分档或乘积。",
    "- 每个三级指标得分四舍五入保留两位小数，并限定在 0 与分值之间；二级、一级与总分为三级得分之和；运算用十进制，不用二进制浮点。",
    `- 总分等级：${framework.grades
      .slice()
      .reverse()
      .map((g) => `${g.level}（${describeBand(g, false)}）`)
      .join("；")}。`,
    "",
  );

  push("## 3. 基础数据", "", "| 代码 | 项目 | 类型 | 指标 | 说明 |", "|---|---|---|---|---|");
  for (const d of doc.inputs) {
    const notes = [
      d.note ?? "",
      d.default !== undefined ? `未填按 ${String(d.default)} 计` : "",
      d.at_most ? say(`不得大于 ${d.at_most}`) : "",
    ].filter(Boolean);
    push(`| ${d.id} | ${cell(d.label)} | ${typeText(d)} | ${d.indicator} | ${cell(notes.join("；"))} |`);
  }
  if (doc.checks?.length) {
    push("", "基础数据之间的核对（只提示，不影响评分）：", "");
    for (const c of doc.checks) {
      if (c.kind === "sum") push(say(`- ${c.parts.join(" + ")} 应等于 ${c.equals}`));
      else if (c.kind === "non_decreasing") push(say(`- ${c.inputs.join("、")} 应逐个不减：${c.note}`));
      else push(say(`- ${c.input} 大于 ${c.limit} 时提示：${c.note}`));
    }
  }
  push("");

  push("## 4. 三级指标与评分规则", "");
  for (const i of doc.indicators) {
    push(`### ${i.code} ${i.name}（${num(i.points)} 分）`, "");
    if (i.source) push(`出处：${i.source}`, "");
    push(`指标说明：${i.description ?? ""}`, "", "参考评分标准：", "", quote(i.criteria ?? ""), "", "评分规则：", "");
    for (const line of ruleLines(i.rule)) push(`${/^ */.exec(line)?.[0] ?? ""}- ${say(line.trim())}`);
    if (i.not_scored?.length) {
      push("", "不由条款计分的语句：", "");
      for (const n of i.not_scored) push(`- “${n.passage}”：${n.note}`);
    }
    if (i.problem) push("", `失分时“存在问题”的措辞：${i.problem}`);
    push("");
  }
  const personal = doc.groups.find((g) => g.personal);
  if (personal?.personal) {
    push(`### ${personal.code}.x 部门个性指标`, "");
    push(`${personal.code} ${personal.name}的其余分值由部门自定的个性指标分享，每项列出子项、分值与达成度。`, "");
    push(quote(personal.personal.clause), "");
    push(
      `达成程度：${personal.personal.levels
        .slice()
        .reverse()
        .map((l) => `${l.level}（${bandText(l)}）`)
        .join("；")}。`,
      "",
    );
  }

  if (doc.schedule) {
    push("## 5. 检查点与序时进度", "", "| 检查点 | 名称 | 月份 | 序时进度 | 支出进度输入项 |", "|---|---|---|---|---|");
    for (const c of doc.schedule.checkpoints)
      push(`| ${c.id} | ${c.name} | ${c.month} 月 | ${num(c.target)} | ${c.progress ?? ""} |`);
    push("");
  }
  if (doc.schedule) push("## 6. 年中运行监控", "", ...monitoringText(framework), "");

  const sample = Object.fromEntries(
    doc.inputs.slice(0, 3).map((d) => [d.id, d.type === "flag" ? false : d.type === "enum" ? d.options?.[0] : 1]),
  );
  push("## 交换格式（perf-score 读写的 JSON）", "");
  push(
    `输入：\`framework\`（本框架为 \`${doc.id}\`）、\`framework_hash\`（可选：本框架的内容校验码；与 PERF 自带的同名框架不同时不按它评分，须用 --framework 指定）、\`department\`、\`year\`、\`inputs\`（以第 3 节的代码为键）${personal ? `、\`effect\`（部门个性指标：\`code\`、\`name\`、\`items\` 的 \`name\`、\`points\`、\`achievement\`）` : ""}。例如：`,
    "",
    "```json",
    JSON.stringify({
      framework: doc.id,
      department: "某部门",
      year: doc.year,
      inputs: sample,
      ...(personal ? { effect: [] } : {}),
    }),
    "```",
    "",
    "输出（`--json`）：`framework`、`framework_hash`（所用框架的内容校验码）、`department`、`year`、`total`、`grade`、`indicators`（每个一级、二级、三级指标的 `code`、`name`、`level`、`points`、`score`、`lost`、`reasons`）和 `issues`（`severity`、`input`、`message`）。缺少或超出范围的输入是问题，不会当作 0 分。",
    "",
  );
  if (scored) {
    const { result } = scored;
    const level3 = result.indicators.filter((r) => r.level === 3);
    push(
      `## 样例：${scored.path}`,
      "",
      `${result.department || "样例部门"} ${result.year ?? ""} 年度的基础数据按本框架评分（\`perf-score score ${scored.path}\` 可复现）：三级指标得分按表中顺序为 ${level3.map((r) => (r.score === null ? "—" : fmt(r.score))).join("、")}；总分 ${result.total === null ? "—" : fmt(result.total)}，等级 ${result.grade ?? "—"}。`,
      "",
    );
  }
  return out.join("\n");
}

/** A framework's sample case (examples/<id>.json, for a framework PERF ships) and its scores: docs' last section. */
export interface DocsSample {
  path: string;
  result: ScoreResult;
}

/** The sample case PERF ships beside a bundled framework, scored with it; undefined when there is none. */
export function docsSample(framework: Framework): DocsSample | undefined {
  const path = join(ROOT, "examples", `${framework.id}.json`);
  if (!existsSync(path)) return undefined;
  const parsed = parseCase(JSON.parse(readFileSync(path, "utf8")), [framework.id]);
  if (!parsed.case) return undefined;
  return { path: relative(ROOT, path), result: scoreCase(framework, parsed.case) };
}
