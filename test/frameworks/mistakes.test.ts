import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText, problemLine, type FileProblem } from "../../src/cli/framework/file";
import { pathText } from "../../src/scoring/format/problem";

// One framework file per kind of mistake, each made from dapeng-2024.yaml by one edit: the check finds it, in Chinese,
// with the line it is on and its path in the file, and says what is expected.
const DAPENG = readFileSync(join(__dirname, "..", "..", "frameworks", "dapeng-2024.yaml"), "utf8");
const EXAMPLE = readFileSync(join(__dirname, "..", "..", "frameworks", "example-2025.yaml"), "utf8");

/**
 * dapeng-2024.yaml with `from` (which occurs once) replaced by `to`; the line of `at` (default `to`; the occurrence
 * nearest the edit) in the result, and `below` lines under it.
 */
function edit(from: string, to: string, at = to, below = 0, base = DAPENG): { text: string; line: number } {
  const first = base.indexOf(from);
  if (first < 0 || base.indexOf(from, first + 1) >= 0) throw new Error(`“${from}” should occur once`);
  const text = base.replace(from, to);
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
  /** Made from example-2025.yaml instead (for what only it has: either-or, weights, monthly checkpoints). */
  example?: true;
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
      /^参考评分标准第 8 项中“年度中间新增项目须说明理由（0 分）”没有条款引用，也没有列入 not_scored 并说明原因$/,
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
  // Criteria covered sentence by sentence; a clause a whole phrase (review of #8, item 1).
  {
    name: "a sentence that rules out part of the criteria, its not_scored entry deleted (2.1.2)",
    from: "    not_scored:\n      - passage: 市主管部门或新区管委会年中临时下达任务以及不可抗力因素导致调整的项目预算不纳入考核范围。\n        note: 不由规则计分：填报“调整、调剂资金累计数”时不计入这些项目的调整、调剂金额\n",
    to: "",
    at: "  - code: 2.1.2\n",
    below: 5,
    path: "indicators[6].criteria",
    message:
      /^参考评分标准第 2 项中“市主管部门或新区管委会年中临时下达任务以及不可抗力因素导致调整的项目预算不纳入考核范围”没有条款引用，也没有列入 not_scored 并说明原因$/,
  },
  {
    name: "a clause that is a fragment of a sentence",
    from: "          clause: 部门预算编制、分配符合本部门职责、符合市委市政府、新区管委会方针政策和工作要求（1分）\n",
    to: "          clause: 符合本部门职责\n",
    path: "indicators[0].rule.parts[0].clause",
    message: /^“符合本部门职责”只是参考评分标准中一句话的片段：应引用完整的语句/,
  },
  {
    name: "a passage marked not scored that is one word",
    from: "      - passage: 功能分类和经济分类编制准确，年度中间无大量调剂\n",
    to: "      - passage: 得分\n",
    path: "indicators[0].not_scored[1].passage",
    message: /^“得分”只是参考评分标准中一句话的片段/,
  },
  {
    name: "a zero_when without the clause it implements",
    from: "          zero_when_clause: 如实际采购金额大于采购计划金额，本项得 0分\n",
    to: "",
    at: "          zero_when: procurement_actual > procurement_budget",
    path: "indicators[5].rule.parts[0].zero_when",
    message: /^zero_when 应配有 zero_when_clause/,
  },
  // Inputs, dates and bands (item 5).
  {
    name: "a default outside the input's bounds",
    from: "type: judgment, indicator: 1.1.1, max: 1, fact: '部门预算编制",
    to: "type: judgment, indicator: 1.1.1, max: 1, default: 3, fact: '部门预算编制",
    at: "  - { id: mandate_fit",
    path: "inputs[0].default",
    message: /^默认值无效：“预算编制、分配符合职责及方针政策”的默认值.*1/,
  },
  {
    name: "two inputs with the same label",
    from: "label: 预算资金按轻重缓急合理分配,",
    to: "label: 预算编制、分配符合职责及方针政策,",
    path: "inputs[1].label",
    message: /^名称“预算编制、分配符合职责及方针政策”与 inputs\[0\]（mandate_fit）相同/,
  },
  {
    name: "a band with both min and over",
    from: "  - { grade: 优, min: 90 }",
    to: "  - { grade: 优, min: 90, over: 90 }",
    path: "grades[3]",
    message: /^同一档不能既写 min（以上）又写 over（超过）：下界只能有一个$/,
  },
  {
    name: "an effective period that ends before it begins",
    from: "effective: { from: 2024-01-01, to: 2024-12-31 }",
    to: "effective: { from: 2024-12-31, to: 2024-01-01 }",
    path: "effective.to",
    message: /^适用期间的结束日 2024-01-01 早于开始日 2024-12-31$/,
  },
  {
    name: "a date not on the calendar",
    from: "effective: { from: 2024-01-01, to: 2024-12-31 }",
    to: "effective: { from: 2024-01-01, to: 2024-02-30 }",
    path: "effective.to",
    message: /^2024-02-30 不是日历上的日期$/,
  },
  {
    name: "a year outside the effective period",
    from: "year: 2024\n",
    to: "year: 2025\n",
    path: "year",
    message: /^评价年度 2025 不在适用期间 2024-01-01 至 2024-12-31 之内$/,
  },
  {
    name: "an input at most itself",
    from: "at_most: secondary_projects,",
    to: "at_most: adjusted_projects,",
    at: "  - { id: adjusted_projects",
    path: "inputs[6].at_most",
    message: /^at_most 应为另一输入项（整体），不能是本项自己$/,
  },
  {
    name: "an input at most one of another kind",
    from: "at_most: secondary_projects,",
    to: "at_most: yishang,",
    at: "  - { id: adjusted_projects",
    path: "inputs[6].at_most",
    message: /^“涉及预算调整调剂的项目数”是个数，不能与金额““一上”申报数”比大小/,
  },
  {
    name: "a sum check that adds a count to an amount",
    from: "  - { kind: sum, parts: [ staff_on_payroll, staff_outside ], equals: staff_total }",
    to: "  - { kind: sum, parts: [ staff_on_payroll, staff_outside ], equals: assets_total }",
    path: "checks[0]",
    message: /^核对的各项应为同类输入项，却混有个数和金额/,
  },
  {
    name: "an indicator without its source",
    from: "    points: 8\n    source: 附件第 27 页\n",
    to: "    points: 8\n",
    at: "  - code: 1.1.1",
    path: "indicators[0]",
    message: /^1\.1\.1 缺少“source”/,
  },
  {
    name: "a unit on an input that is no amount",
    from: "label: 二级项目数（不含预算准备金）, type: count,",
    to: "label: 二级项目数（不含预算准备金）, type: count, unit: 万元,",
    path: "inputs[5].unit",
    message: /^只有金额（money）才有 unit$/,
  },
  {
    name: "a min above the max",
    from: "label: 二级项目数（不含预算准备金）, type: count,",
    to: "label: 二级项目数（不含预算准备金）, type: count, min: 5, max: 2,",
    path: "inputs[5].min",
    message: /^最小值 5 大于最大值 2$/,
  },
  // Points, ids and the rest the first tests left out (item 14).
  {
    name: "a 二级 whose 三级 do not add up",
    from: '  - { code: "1.1", name: 预算编制, points: 11 }',
    to: '  - { code: "1.1", name: 预算编制, points: 12 }',
    path: "groups[1].points",
    message: /^1\.1 预算编制 为 12 分，其下三级指标合计 11 分$/,
  },
  {
    name: "a 一级 whose 二级 do not add up",
    from: '  - { code: "1", name: 部门决策, points: 20 }',
    to: '  - { code: "1", name: 部门决策, points: 21 }',
    path: "groups[0].points",
    message: /^1 部门决策 为 21 分，其下二级指标合计 20 分$/,
  },
  {
    name: "an input id used twice",
    from: "  - { id: priority_allocation,",
    to: "  - { id: mandate_fit,",
    path: "inputs[1].id",
    message: /^输入项代码 mandate_fit 重复$/,
  },
  {
    name: "an indicator code used twice",
    from: "  - code: 1.1.2\n",
    to: "  - code: 1.1.1\n",
    path: "indicators[1].code",
    message: /^指标代码 1\.1\.1 重复$/,
  },
  {
    name: "a checkpoint id used twice",
    from: "    - { id: q2, name: 二季度,",
    to: "    - { id: q1, name: 二季度,",
    path: "schedule.checkpoints[1].id",
    message: /^检查点代码 q1 重复$/,
  },
  {
    name: "an enumeration without options",
    from: "label: 部门预算公开, type: enum, indicator: 2.1.3, options: [ 合规, 不完全合规, 未公开 ],",
    to: "label: 部门预算公开, type: enum, indicator: 2.1.3,",
    at: "  - { id: budget_disclosure",
    path: "inputs[31]",
    message: /^选项应有 options（可选的值）$/,
  },
  {
    name: "a judgment without max",
    from: "type: judgment, indicator: 1.1.1, max: 1, fact: '部门预算编制",
    to: "type: judgment, indicator: 1.1.1, fact: '部门预算编制",
    at: "  - { id: mandate_fit",
    path: "inputs[0]",
    message: /^评分项应有 max（最高分）$/,
  },
  {
    name: "either-or alternatives worth different points (example-2025)",
    from: "          quantity: { name: 生态效益指标达成率, value: ecological_rate }\n          points: 10\n",
    to: "          quantity: { name: 生态效益指标达成率, value: ecological_rate }\n          points: 8\n",
    at: "        生态效益:",
    path: "indicators[9].rule.options.生态效益",
    message: /^各备选规则的分值应相同：8 分，而第一个是 10 分$/,
    example: true,
  },
  {
    name: "weights that do not add to 100% (example-2025)",
    from: "{ input: online_satisfaction, weight: 40% }",
    to: "{ input: online_satisfaction, weight: 30% }",
    at: "            weighted:",
    path: "indicators[10].rule.parts[0].quantity.weighted",
    message: /^权重之和应为 100%，却是 90%$/,
    example: true,
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
    const { text, line } = edit(m.from, m.to, m.at, m.below, m.example ? EXAMPLE : DAPENG);
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

describe("a file that is not a framework at all, in Chinese that says what it is (review of #8, item 12)", () => {
  const only = (text: string) => {
    const loaded = loadFrameworkText(text);
    expect(loaded.framework).toBeUndefined();
    return loaded.problems.map((p) => problemLine("f.yaml", p));
  };

  it("an alias bomb (billion laughs) is refused, not an internal error", () => {
    const names = "abcdefghij";
    let text = `a: &a ["x","x","x","x","x","x","x","x","x"]\n`;
    for (let k = 1; k < names.length; k++)
      text += `${names[k]}: &${names[k]} [${Array(9)
        .fill(`*${names[k - 1]}`)
        .join(",")}]\n`;
    expect(only(text)).toEqual([
      "错误：f.yaml 第 1 行：不是有效的框架文件：别名（*名称）引用过多，展开后过于庞大，已拒绝读取。框架文件不需要别名，请直接写出各项",
    ]);
  });

  it("nesting thousands deep", () => {
    expect(only(`a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`)).toEqual([
      "错误：f.yaml 第 1 行：不是有效的 YAML：嵌套层数过多（或内容过于庞大），不像是指标框架，已拒绝读取",
    ]);
  });

  it("a bracket left open is named as one, not as indentation", () => {
    expect(only("a: [\n")).toEqual(["错误：f.yaml 第 2 行：不是有效的 YAML：方括号“[”没有闭合：缺少对应的“]”"]);
    expect(only("a: {b: 1\n")).toEqual(["错误：f.yaml 第 2 行：不是有效的 YAML：花括号“{”没有闭合：缺少对应的“}”"]);
  });

  it("an unknown rule kind is one problem, saying which kinds there are", () => {
    const problems = only(DAPENG.replace("kind: judgment", "kind: judgement"));
    expect(problems).toEqual([
      expect.stringMatching(/^错误：f\.yaml 第 \d+ 行 indicators\[0\]\.rule\.parts\[0\]\.kind：应为 “judgment”、/),
    ]);
  });
});
