import { coerce, parseLenient, validateInputs } from "../../src/scoring";
import { dapeng2024 } from "../helpers/frameworks";
import { row, score, seedJson } from "../helpers/seed";

function issuesFor(overrides: Record<string, unknown>) {
  const inputs = { ...seedJson().inputs, ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete inputs[k];
  return validateInputs(dapeng2024, inputs).issues;
}

/** [input, bad value, the message expected, word for word] — every input type, every way to get it wrong. */
const BAD: [string, unknown, string][] = [
  // money
  ["yishang", undefined, "缺少“一上”申报数"],
  ["yishang", null, "缺少“一上”申报数"],
  ["yishang", "", "缺少“一上”申报数"],
  ["yishang", "abc", "“一上”申报数应为金额（万元），收到文本“abc”"],
  ["yishang", -5, "“一上”申报数不能为负数：-5"],
  ["yishang", "45%", "“一上”申报数应为金额（万元），不应带 %：文本“45%”"],
  ["yishang", "4502030元", "“一上”申报数以万元为单位，收到以元为单位的文本“4502030元”"],
  ["yishang", true, "“一上”申报数应为金额（万元），收到逻辑值 TRUE"],
  ["yishang", Number.NaN, "“一上”申报数不是有效数字（NaN）"],
  ["yishang", Number.POSITIVE_INFINITY, "“一上”申报数不是有效数字（Infinity）"],
  // count
  ["secondary_projects", 21.5, "二级项目数（不含预算准备金）应为整数：21.5"],
  ["secondary_projects", -1, "二级项目数（不含预算准备金）不能为负数：-1"],
  ["secondary_projects", "二十一", "二级项目数（不含预算准备金）应为整数，收到文本“二十一”"],
  // rate
  ["satisfaction", 96, "公众或服务对象满意度为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%"],
  ["satisfaction", "120%", "公众或服务对象满意度为 120%，超出 0 至 100% 的范围"],
  ["satisfaction", 250, "公众或服务对象满意度为 250，超出 0 至 100% 的范围"],
  ["satisfaction", -0.1, "公众或服务对象满意度不能为负数：-0.1"],
  ["satisfaction", "很满意", "公众或服务对象满意度应为比率（如 0.9548 或 95.48%），收到文本“很满意”"],
  // judgment
  ["priority_allocation", 0.8, "预算资金按轻重缓急合理分配应在 0 至 0.5 分之间：0.8"],
  ["priority_allocation", -0.1, "预算资金按轻重缓急合理分配不能为负数：-0.1"],
  ["priority_allocation", "良好", "预算资金按轻重缓急合理分配应为分数，收到文本“良好”"],
  // flag
  ["serious_violation", "可能", "发生超范围超标准、虚列、截留挤占挪用等支出应为“是”或“否”，收到文本“可能”"],
  ["serious_violation", 2, "发生超范围超标准、虚列、截留挤占挪用等支出应为“是”或“否”，收到2"],
  ["serious_violation", undefined, "缺少发生超范围超标准、虚列、截留挤占挪用等支出"],
  // enumeration
  ["budget_disclosure", "部分合规", "部门预算公开应为 “合规”、“不完全合规”、“未公开” 之一，收到文本“部分合规”"],
  ["budget_disclosure", 1.5, "部门预算公开应为 “合规”、“不完全合规”、“未公开” 之一，收到1.5"],
];

describe("input validation names the input and never yields a silent zero", () => {
  it.each(BAD)("%s = %p is an error", (id, value, message) => {
    const issues = issuesFor({ [id]: value });
    expect(issues).toContainEqual({ severity: "error", input: id, message });
  });

  it.each(BAD)("%s = %p stops its indicator and the total, with no NaN", (id, value) => {
    const result = score({ [id]: value });
    const def = dapeng2024.inputs.find((d) => d.id === id)!;
    expect(row(result, def.indicator!).score).toBeNull();
    expect(row(result, def.indicator!).reasons[0]).toMatch(`无法评分：请先更正`);
    expect(row(result, def.indicator!).reasons[0]).toContain(def.label);
    expect(result.total).toBeNull();
    expect(result.grade).toBeNull();
    for (const r of result.indicators) if (r.score) expect(r.score.isFinite()).toBe(true);
  });
});

describe("zero denominators", () => {
  const ZERO: [string, Record<string, unknown>, string][] = [
    ["yishang", { yishang: 0, yixia: 0 }, "“一上”申报数为 0，无法计算财政核减率"],
    [
      "secondary_projects",
      { secondary_projects: 0, adjusted_projects: 0, projects_adjusted_40pct: 0 },
      "二级项目数（不含预算准备金）为 0，无法计算调整调剂项目占比",
    ],
    [
      "indicators_total",
      { indicators_total: 0, indicators_qualitative: 0 },
      "整体绩效指标总数为 0，无法计算定性指标占比",
    ],
    ["budget_scale", { budget_scale: 0 }, "部门预算总规模为 0，无法计算调整调剂资金占比"],
    ["assets_book", { assets_book: 0 }, "单位决算资产总额为 0，无法计算账实相符率"],
    ["assets_total", { assets_total: 0, assets_in_use: 0 }, "所有固定资产总额为 0，无法计算固定资产利用率"],
    ["staff_quota", { staff_quota: 0 }, "编制人数为 0，无法计算在职人员控制率"],
    ["staff_total", { staff_total: 0, staff_outside: 0 }, "在职人员总数（在编+编外）为 0，无法计算编外人员控制率"],
    ["projects_planned", { projects_planned: 0, projects_completed: 0 }, "计划项目数为 0，无法计算项目完成及时率"],
  ];
  it.each(ZERO)("%s = 0 is an error naming it", (id, overrides, message) => {
    expect(issuesFor(overrides)).toContainEqual({ severity: "error", input: id, message });
    expect(score(overrides).total).toBeNull();
  });

  it("a zero budget with a remitted surplus is not a zero denominator", () => {
    expect(issuesFor({ sangong_budget: 0, sangong_remitted: 1.47 })).toEqual([]);
  });

  // Spec §7 R1 and R2: the rule scores a zero procurement, 三公 or 日常公用 budget (see 2.1.1's and 3.1.1's tables).
  it.each([
    ["procurement_budget", { procurement_budget: 0, procurement_actual: 0 }],
    ["procurement_budget", { procurement_budget: 0, procurement_actual: 5 }],
    ["sangong_budget", { sangong_budget: 0, sangong_remitted: 0 }],
    ["office_budget", { office_budget: 0, office_remitted: 0, office_actual: 0 }],
  ])("%s = 0 is scored by the ruling, not an error (%p)", (_id, overrides) => {
    expect(issuesFor(overrides)).toEqual([]);
    expect(score(overrides).total).not.toBeNull();
  });

  it("no project owing a target is full coverage (spec §4), not an error", () => {
    expect(issuesFor({ project_targets_required: 0, project_targets_approved: 0 })).toEqual([]);
  });
});

describe("parts never exceed their wholes", () => {
  it.each([
    [
      "project_targets_approved",
      { project_targets_approved: 15 },
      "已编报且审核通过的项目数为 15，不应大于应编报绩效目标的项目数 14",
    ],
    [
      "projects_completed",
      { projects_completed: 23 },
      "形象进度达 90% 且支出进度超 90% 的项目数为 23，不应大于计划项目数 22",
    ],
    ["key_tasks_unfinished", { key_tasks_unfinished: 3 }, "未完成的重点工作数为 3，不应大于下达的重点工作任务数 2"],
    ["staff_outside", { staff_outside: 43 }, "编外人员数为 43，不应大于在职人员总数（在编+编外） 42"],
  ])("%s", (id, overrides, message) => {
    expect(issuesFor(overrides)).toContainEqual({ severity: "error", input: id, message });
  });
});

describe("warnings do not stop scoring", () => {
  it("an unknown id suggests the nearest one", () => {
    const issues = issuesFor({ yishan: 1 });
    expect(issues).toEqual([
      { severity: "warning", input: "yishan", message: "未知的输入项“yishan”，已忽略；是否应为“一上”申报数？" },
    ]);
  });

  it("an unknown key that is an input's Chinese label suggests that input", () => {
    expect(issuesFor({ 编制人数: 26 })[0].message).toBe("未知的输入项“编制人数”，已忽略；是否应为编制人数？");
  });

  it("an unrelated unknown key is ignored with a warning", () => {
    expect(issuesFor({ remarks: "x" })[0].message).toBe("未知的输入项“remarks”，已忽略");
  });

  it("text numbers are read leniently, each with a warning", () => {
    const result = score({
      yishang: "４,５０２.０３万元",
      satisfaction: "96%",
      progress_q1: "35.48%",
      staff_quota: "26人",
    });
    expect(result.total?.toString()).toBe("91.75");
    expect(result.issues.map((i) => i.message)).toEqual([
      "“一上”申报数以文本形式填写（“４,５０２.０３万元”），已按 4502.03 读取",
      "编制人数以文本形式填写（“26人”），已按 26 读取",
      "一季度末累计预算支出进度以文本形式填写（“35.48%”），已按 35.48% 读取",
      "公众或服务对象满意度以文本形式填写（“96%”），已按 96% 读取",
    ]);
  });

  it("judgments accept TRUE/FALSE and 是/否 as full or nothing", () => {
    expect(row(score({ priority_allocation: false, mandate_fit: "否" }), "1.1.1").score?.toString()).toBe("3.3");
    expect(row(score({ priority_allocation: true, mandate_fit: "是" }), "1.1.1").score?.toString()).toBe("4.8");
  });

  it("flags accept 1 and 0 with a warning", () => {
    const result = score({ promoted: 1 });
    expect(row(result, "3.3.5").score?.toString()).toBe("2");
    expect(result.issues[0]).toEqual({
      severity: "warning",
      input: "promoted",
      message: "经验被省、市政府部门表扬、推广填的是 1，已按“是”读取",
    });
  });

  it("已上缴结余 defaults to 0 when absent (spec §3)", () => {
    const result = score({ sangong_remitted: undefined, office_remitted: undefined });
    expect(result.issues).toEqual([]);
    expect(row(result, "3.1.1").score?.toString()).toBe("5");
  });

  it("staff counts that do not add up are a warning", () => {
    expect(issuesFor({ staff_total: 43 })).toContainEqual({
      severity: "warning",
      input: "staff_total",
      message: "在职人员总数（在编+编外）为 43，不等于实际在编在职人数 23 与编外人员数 19 之和 42",
    });
  });

  it("cumulative progress that falls is a warning", () => {
    expect(issuesFor({ progress_q3: 0.5 })).toContainEqual({
      severity: "warning",
      input: "progress_q3",
      message: "三季度末累计预算支出进度为 50%，低于二季度末累计预算支出进度 59.88%；支出进度是累计数，应逐季不减",
    });
  });

  it("一下 above 一上 is a warning and scores as 低于 15%", () => {
    const result = score({ yixia: 5000 });
    expect(result.issues.map((i) => i.input)).toEqual(["yixia"]);
    expect(row(result, "1.1.1").score?.toString()).toBe("6.8");
  });
});

describe("lenient parsing", () => {
  it.each([
    ["4,502.03", "4502.03", false],
    ["４５０２．０３", "4502.03", false],
    [" 4502.03 万元 ", "4502.03", false],
    ["35.48%", "0.3548", true],
    ["35.48％", "0.3548", true],
    ["1,234,567", "1234567", false],
    [".5", "0.5", false],
  ])("%p reads as %s", (text, value, percent) => {
    const r = parseLenient(text);
    expect(r.ok && r.value.toString()).toBe(value);
    expect(r.ok && r.percent).toBe(percent);
  });

  it.each(["1,2", "12,34.5", "abc", "1.2.3", "", "%", "--1"])("%p is not a number", (text) => {
    expect(parseLenient(text).ok).toBe(false);
  });

  it("coerce never returns NaN for any JavaScript value", () => {
    for (const raw of [NaN, Infinity, -Infinity, {}, [], () => 0, Symbol("x"), 10n]) {
      const r = coerce(raw, { type: "money" }, "x");
      expect(r.ok).toBe(false);
    }
  });
});

describe("an amount in the unit its framework keeps it in, and a lower bound (review of #8, item 6)", () => {
  const read = (raw: unknown, unit?: "元" | "万元" | "亿元") => coerce(raw, { type: "money", unit }, "政府采购预算数");

  it.each([
    ["45,020,300元", "元", "45020300"],
    ["4,502.03万元", undefined, "4502.03"],
    ["4,502.03万元", "万元", "4502.03"],
    ["1.25亿元", "亿元", "1.25"],
    [4502.03, "元", "4502.03"],
  ] as const)("%s for an input in %s reads as %s", (raw, unit, value) => {
    const r = read(raw, unit);
    expect(r.ok && r.value.toString()).toBe(value);
  });

  it.each([
    ["4,502.03万元", "元", "政府采购预算数以元为单位，收到以万元为单位的文本“4,502.03万元”"],
    ["45020300元", "万元", "政府采购预算数以万元为单位，收到以元为单位的文本“45020300元”"],
    ["1.25亿元", undefined, "政府采购预算数以万元为单位，收到以亿元为单位的文本“1.25亿元”"],
    ["4,502.03万元", "亿元", "政府采购预算数以亿元为单位，收到以万元为单位的文本“4,502.03万元”"],
    ["多", "元", "政府采购预算数应为金额（元），收到文本“多”"],
  ] as const)("%s for an input in %s is refused, never read in the wrong unit", (raw, unit, message) => {
    expect(read(raw, unit)).toEqual({ ok: false, error: message });
  });

  it("a value under the input's min is refused with the bound", () => {
    expect(coerce(0.5, { type: "rate", min: "0.6" }, "满意度")).toEqual({
      ok: false,
      error: "满意度应不小于 60%：50%",
    });
    expect(coerce(2, { type: "count", min: "3" }, "项目数")).toEqual({ ok: false, error: "项目数应不小于 3：2" });
    expect(coerce(3, { type: "count", min: "3" }, "项目数").ok).toBe(true);
  });
});
