import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText, problemLine, type FileProblem } from "../../src/cli/framework/file";
import { pathText } from "../../src/scoring/format/problem";

// One framework file per kind of mistake, each made from dapeng-2024.yaml by one edit: the check finds it, in Chinese,
// with the line it is on and its path in the file, and says what is expected.
const DAPENG = readFileSync(join(__dirname, "..", "..", "frameworks", "dapeng-2024.yaml"), "utf8");

/**
 * dapeng-2024.yaml with `from` (which occurs once) replaced by `to`; the line of `at` (default `to`; the occurrence
 * nearest the edit) in the result, and `below` lines under it.
 */
function edit(from: string, to: string, at = to, below = 0): { text: string; line: number } {
  const first = DAPENG.indexOf(from);
  if (first < 0 || DAPENG.indexOf(from, first + 1) >= 0) throw new Error(`“${from}” should occur once`);
  const text = DAPENG.replace(from, to);
  const hits: number[] = [];
  for (let i = text.indexOf(at); i >= 0; i = text.indexOf(at, i + 1)) hits.push(i);
  const index = hits.sort((a, b) => Math.abs(a - first) - Math.abs(b - first))[0];
  return { text, line: text.slice(0, index).split("\n").length + below };
}

interface Mistake {
  name: string;
  from: string;
  to: string;
  /** The line to expect, as the text it begins (default: the edited text), and how many lines below that. */
  at?: string;
  below?: number;
  path: string;
  message: RegExp;
}

const RULE_111_PART_1 = "          input: mandate_fit\n          points: 1\n";

const MISTAKES: Mistake[] = [
  // The file's shape: JSON Schema (frameworks/schema.json), then the same shape checked by the core.
  {
    name: "a misspelt field",
    from: RULE_111_PART_1,
    to: "          input: mandate_fit\n          point: 1\n",
    at: "point: 1",
    path: "indicators[0].rule.parts[0].point",
    message: /^不认识的字段“point”/,
  },
  {
    name: "a field left out",
    from: RULE_111_PART_1,
    to: "          input: mandate_fit\n",
    at: "- kind: judgment\n          label: 第1项",
    path: "indicators[0].rule.parts[0]",
    message: /^缺少“points”$/,
  },
  {
    name: "a number that is not one",
    from: "    name: 预算编制合理性\n    points: 8",
    to: "    name: 预算编制合理性\n    points: 八",
    at: "points: 八",
    path: "indicators[0].points",
    message: /^应为正数$/,
  },
  {
    name: "a rule kind that does not exist",
    from: "        - kind: judgment\n          label: 第1项\n          clause: 部门预算编制",
    to: "        - kind: judgement\n          label: 第1项\n          clause: 部门预算编制",
    at: "kind: judgement",
    path: "indicators[0].rule.parts[0].kind",
    message: /^应为 “judgment”、“flag”、.*之一$/,
  },
  {
    name: "a percentage written wrongly",
    from: "            - { min: 15%, under: 25%, points: 2.5 }",
    to: "            - { min: 15 %, under: 25%, points: 2.5 }",
    path: "indicators[0].rule.parts[3].bands[1].min",
    message: /^应为数字或百分数（如 0\.15 或 15%）$/,
  },
  {
    name: "a code YAML reads as a number",
    from: '  - { code: "1.1", name: 预算编制, points: 11 }',
    to: "  - { code: 1.1, name: 预算编制, points: 11 }",
    path: "groups[1].code",
    message: /^应为指标代码，如 1\.2 或 1\.2\.3（写在引号中）$/,
  },
  {
    name: "broken YAML",
    from: "    name: 预算编制合理性\n",
    to: "    name: 预算编制合理性\n   points: 8\n",
    at: "   points: 8",
    path: "",
    message: /^不是有效的 YAML：/,
  },
  // References: every name the file uses is defined, of the right type, and every input is used.
  {
    name: "an input no rule defines",
    from: RULE_111_PART_1,
    to: "          input: mandate_fitt\n          points: 1\n",
    at: "input: mandate_fitt",
    path: "indicators[0].rule.parts[0].input",
    message: /^输入项“mandate_fitt”没有在 inputs 中定义$/,
  },
  {
    name: "an input of the wrong type",
    from: RULE_111_PART_1,
    to: "          input: yishang\n          points: 1\n",
    at: "input: yishang",
    path: "indicators[0].rule.parts[0].input",
    message: /^输入项“yishang”是金额，此处应为评分$/,
  },
  {
    name: "an input no rule uses",
    from: "  - { id: yixia,",
    to: "  - { id: yixia_spare, label: 备用, type: money, indicator: 1.1.1 }\n  - { id: yixia,",
    at: "id: yixia_spare",
    path: "inputs[4]",
    message: /^输入项“yixia_spare”没有任何评分规则使用$/,
  },
  {
    name: "a formula that does not read",
    from: "ratio: (yishang - yixia) / yishang",
    to: "ratio: (yishang - yixia / yishang",
    path: "indicators[0].rule.parts[3].quantity.ratio",
    message: /^无法读取：第 \d+ 个字符处应为“\)”/,
  },
  {
    name: "a checkpoint that does not exist",
    from: "ratio: progress_q1 / 序时进度(q1)",
    to: "ratio: progress_q1 / 序时进度(q5)",
    path: "indicators[17].rule.parts[0].quantity.ratio",
    message: /^序时进度\(q5\) 中的检查点没有在 schedule 中定义$/,
  },
  {
    name: "an indicator under a 二级 that does not exist",
    from: "  - code: 1.1.2\n",
    to: "  - code: 1.9.2\n",
    path: "indicators[1].code",
    message: /^三级指标 1\.9\.2 的二级指标 1\.9 没有在 groups 中定义$/,
  },
  // Points, bands and clauses.
  {
    name: "points that do not add up",
    from: "    name: 预算编制合理性\n    points: 8",
    to: "    name: 预算编制合理性\n    points: 9",
    at: "rule:\n      kind: sum\n      parts:\n        - kind: judgment\n          label: 第1项\n          clause: 部门预算编制",
    path: "indicators[0].rule",
    message: /^评分规则合计 8 分，指标分值为 9 分$/,
  },
  {
    name: "a stated total that is not the sum",
    from: "total: 100\n",
    to: "total: 99\n",
    path: "total",
    message: /^总分为 99 分，一级指标合计 100 分$/,
  },
  {
    name: "a gap between bands",
    from: "            - { min: 15%, under: 25%, points: 2.5 }",
    to: "            - { min: 16%, under: 25%, points: 2.5 }",
    at: "bands:\n            - { under: 15%",
    path: "indicators[0].rule.parts[3].bands",
    message: /^分档有误：第 2 档（16%（含）至 25%）的下界 0\.16 与上一档的上界 0\.15 不相接$/,
  },
  {
    name: "bands that overlap",
    from: "            - { under: 15%, points: 3 }",
    to: "            - { max: 15%, points: 3 }",
    at: "bands:\n            - { max: 15%",
    path: "indicators[0].rule.parts[3].bands",
    message: /^分档有误：第 2 档（15%（含）至 25%）与上一档在 0\.15 处重叠$/,
  },
  {
    name: "a band worth more than its clause",
    from: "            - { under: 15%, points: 3 }",
    to: "            - { under: 15%, points: 4 }",
    path: "indicators[0].rule.parts[3].bands[0].points",
    message: /^4 分超过本项分值 3 分$/,
  },
  {
    name: "a judgment worth other than its input's maximum",
    from: "  - { id: mandate_fit, label: 预算编制、分配符合职责及方针政策, type: judgment, indicator: 1.1.1, max: 1,",
    to: "  - { id: mandate_fit, label: 预算编制、分配符合职责及方针政策, type: judgment, indicator: 1.1.1, max: 2,",
    at: "          input: mandate_fit\n          points: 1",
    below: 1,
    path: "indicators[0].rule.parts[0].points",
    message: /^评分项“mandate_fit”最高 2 分，本项却是 1 分$/,
  },
  {
    name: "a fact without {} for the value (review of #10, finding 5)",
    from: "fact: '除预算准备金外有 {} 个二级项目'",
    to: "fact: '除预算准备金外有二级项目'",
    path: "inputs[5].fact",
    message: /^fact 中应有 \{\} 代表二级项目数（不含预算准备金）的值$/,
  },
  {
    name: "a fact for an option the input does not have",
    from: "未公开: '部门决算未公开'",
    to: "没公开: '部门决算未公开'",
    path: "inputs[32].fact.没公开",
    message: /^“没公开”不是部门决算公开的选项：合规、不完全合规、未公开$/,
  },
  {
    name: "a clause that is not the criteria's words",
    from: "          clause: 部门预算编制、分配符合本部门职责、符合市委市政府、新区管委会方针政策和工作要求（1分）\n",
    to: "          clause: 部门预算编制、分配符合本部门职责（1分）\n",
    at: "clause: 部门预算编制、分配符合本部门职责（1分）",
    path: "indicators[0].rule.parts[0].clause",
    message: /^条款应逐字引自本指标的参考评分标准，却找不到：“部门预算编制、分配符合本部门职责（1分）”$/,
  },
  {
    name: "a numbered item of the criteria no clause implements",
    from: "或者绩效较差仍全额安排预算的情况（1分）。\n    problem:",
    to: "或者绩效较差仍全额安排预算的情况（1分）。\n      8.年度中间新增项目须说明理由（0 分）。\n    problem:",
    at: "criteria: |-\n      1.部门预算编制",
    path: "indicators[0].criteria",
    message:
      /^参考评分标准第 8 项（“年度中间新增项目须说明理由（0分）。”）没有条款引用，也没有列入 not_scored 并说明原因$/,
  },
  {
    name: "a passage marked not scored that is not in the criteria",
    from: "      - passage: 市主管部门或新区管委会年中临时下达任务",
    to: "      - passage: 市主管部门年中临时下达任务",
    path: "indicators[6].not_scored[0].passage",
    message: /^应逐字引自本指标的参考评分标准，却找不到：/,
  },
  {
    name: "grades with a gap",
    from: "  - { grade: 中, min: 60, under: 80 }",
    to: "  - { grade: 中, min: 61, under: 80 }",
    at: "grades:",
    path: "grades",
    message: /^分档有误：第 2 档（61（含）至 80）的下界 61 与上一档的上界 60 不相接$/,
  },
  {
    name: "checkpoints out of order",
    from: "    - { id: q2, name: 二季度, month: 6,",
    to: "    - { id: q2, name: 二季度, month: 2,",
    path: "schedule.checkpoints[1].month",
    message: /^月份应逐个增大：3 月之后是 2 月$/,
  },
];

function problemsOf(text: string): FileProblem[] {
  return loadFrameworkText(text).problems;
}

describe("the bundled dapeng-2024.yaml itself", () => {
  it("has no problem", () => {
    expect(problemsOf(DAPENG)).toEqual([]);
  });
});

describe("a framework file with a mistake", () => {
  it.each(MISTAKES.map((m) => [m.name, m] as const))("%s", (_name, m) => {
    const { text, line } = edit(m.from, m.to, m.at, m.below);
    const loaded = loadFrameworkText(text);
    expect(loaded.framework).toBeUndefined();
    const found = loaded.problems.find((p) => pathText(p.path) === m.path && m.message.test(p.message));
    if (!found) throw new Error(`not found; problems:\n${loaded.problems.map((p) => problemLine("", p)).join("\n")}`);
    expect(found.severity).toBe("error");
    expect(found.line).toBe(line);
    // As the command line prints it: the file, the line, the path, what is wrong.
    expect(problemLine("本区框架.yaml", found)).toBe(
      `错误：本区框架.yaml 第 ${line} 行${m.path ? ` ${m.path}` : ""}：${found.message}`,
    );
  });
});
