import { BY_ID, seedRange } from "./helpers/functions";
import { valueError } from "./helpers/custom-functions";

/**
 * Every bad argument is #VALUE! with a short Chinese message naming the argument (its label, then its name in the
 * function's signature): blank where required, text, negative money, fractional counts, a percentage typed as 96
 * instead of 96%, a zero denominator, an unknown code. The wording is the scoring core's.
 */
type Case = [string, unknown[], string];

const BLANK: Case[] = [
  ["HEXIAN_RATE", ["", 2622.4], "缺少“一上”申报数（yishang）"],
  ["HEXIAN_RATE", [null, 2622.4], "缺少“一上”申报数（yishang）"],
  ["HEXIAN_RATE", [undefined, 2622.4], "缺少“一上”申报数（yishang）"],
  ["HEXIAN_RATE", [4502.03, "   "], "缺少“一下”核定数（yixia）"],
  ["EXEC_RATE", ["", 1], "缺少支出进度（progress）"],
  ["EXEC_RATE", [0.5, null], "缺少季度（quarter）"],
  ["CONTROL_RATE", ["", 1], "缺少经费决算数（actual）"],
  ["SCORE_HEXIAN", [""], "缺少财政核减率（rate）"],
  ["SCORE_EXEC", [0.3548, "", 0.6477, 0.7914], "缺少二季度末累计预算支出进度（q2）"],
  [
    "SCORE_EXEC",
    [null, null, null, null],
    "缺少一季度末累计预算支出进度（q1）、二季度末累计预算支出进度（q2）、三季度末累计预算支出进度（q3）、四季度末累计预算支出进度（q4）",
  ],
  ["SCORE_PROCUREMENT", ["", 50], "缺少政府采购预算数（budget）"],
  ["SCORE_ADJUSTMENT", [10, ""], "缺少部门预算总规模（budget_scale）"],
  ["SCORE_CONTROL", [1, null], "缺少经费调整预算数（budget）"],
  ["SCORE_ASSET_MATCH", [null, 1], "缺少年末单位实物资产总额（physical）"],
  ["SCORE_ASSET_USE", [1, ""], "缺少所有固定资产总额（total）"],
  ["SCORE_PAYROLL", [23, ""], "缺少编制人数（quota）"],
  ["SCORE_OUTSIDE_STAFF", ["", 42], "缺少编外人员数（outside）"],
  ["SCORE_QUALITATIVE_SHARE", [5, null], "缺少整体绩效指标总数（total）"],
  ["SCORE_COMPLETION", [null, 22], "缺少形象进度达 90% 且支出进度超 90% 的项目数（completed）"],
  ["SCORE_KEY_TASKS", ["", 0], "缺少下达的重点工作任务数（tasks）"],
  ["SCORE_SATISFACTION", [""], "缺少公众或服务对象满意度（rate）"],
  ["SCORE_ACHIEVEMENT", ["", 1], "缺少分值（points）"],
  ["SCORE_ACHIEVEMENT", [6, ""], "缺少达成度（achievement）"],
  ["ACHIEVEMENT_LEVEL", [""], "缺少达成度（achievement）"],
  ["DEDUCT", ["", 0.1, 1], "缺少起始分值（start）"],
  ["DEDUCT", [1, "", 1], "缺少每项扣分（each）"],
  ["DEDUCT", [1, 0.1, ""], "缺少数量（count）"],
  ["GRADE", [""], "缺少总分（total）"],
  ["INDICATOR", ["", seedRange()], "缺少指标代码（code）"],
  ["INDICATOR", ["1.1.1", ""], "缺少输入项区域（inputs）"],
  ["EXPLAIN", ["1.1.1", null], "缺少输入项区域（inputs）"],
];

const TEXT: Case[] = [
  ["HEXIAN_RATE", ["abc", 1], "“一上”申报数（yishang）应为金额（万元），收到文本“abc”"],
  ["HEXIAN_RATE", [true, 1], "“一上”申报数（yishang）应为金额（万元），收到逻辑值 TRUE"],
  ["HEXIAN_RATE", ["50%", 1], "“一上”申报数（yishang）应为金额（万元），不应带 %：文本“50%”"],
  ["HEXIAN_RATE", ["4502.03元", 1], "“一上”申报数（yishang）以万元为单位，收到以元为单位的文本“4502.03元”"],
  ["HEXIAN_RATE", [NaN, 1], "“一上”申报数（yishang）不是有效数字（NaN）"],
  ["EXEC_RATE", [0.5, "一"], "季度（quarter）应为整数，收到文本“一”"],
  ["SCORE_HEXIAN", ["高"], "财政核减率（rate）应为比率（如 0.9548 或 95.48%），收到文本“高”"],
  ["SCORE_HEXIAN", [false], "财政核减率（rate）应为比率（如 0.9548 或 95.48%），收到逻辑值 FALSE"],
  ["SCORE_CONTROL", [1, "a"], "经费调整预算数（budget）应为金额（万元），收到文本“a”"],
  ["SCORE_SATISFACTION", ["很满意"], "公众或服务对象满意度（rate）应为比率（如 0.9548 或 95.48%），收到文本“很满意”"],
  ["SCORE_ACHIEVEMENT", [true, 1], "分值（points）应为分数，收到逻辑值 TRUE"],
  ["ACHIEVEMENT_LEVEL", ["好"], "达成度（achievement）应为比率（如 0.9548 或 95.48%），收到文本“好”"],
  ["GRADE", ["是"], "总分（total）应为分数，收到文本“是”"],
  ["GRADE", [true], "总分（total）应为分数，收到逻辑值 TRUE"],
  ["INDICATOR", [true, seedRange()], "指标代码（code）应为文本，收到逻辑值 TRUE"],
  [
    "INDICATOR",
    ["2.1.3", seedRange({ budget_disclosure: "部分" })],
    "部门预算公开（budget_disclosure）应为 “合规”、“不完全合规”、“未公开” 之一，收到文本“部分”",
  ],
];

const NEGATIVE: Case[] = [
  ["HEXIAN_RATE", [-1, 1], "“一上”申报数（yishang）不能为负数：-1"],
  ["CONTROL_RATE", [-1, 1], "经费决算数（actual）不能为负数：-1"],
  ["CONTROL_RATE", [1, 1, -0.5], "已上缴结余（remitted）不能为负数：-0.5"],
  ["SCORE_ADJUSTMENT", [-5, 100], "调整、调剂资金累计数（adjusted_funds）不能为负数：-5"],
  ["SCORE_ASSET_MATCH", [-1, 1], "年末单位实物资产总额（physical）不能为负数：-1"],
  ["SCORE_PROCUREMENT", [100, 50, 0, -1], "因采购不及时出现过渡期、临时续签的项目数（interim_renewals）不能为负数：-1"],
  ["EXEC_RATE", [-0.1, 1], "支出进度（progress）不能为负数：-0.1"],
  ["SCORE_SATISFACTION", [-0.1], "公众或服务对象满意度（rate）不能为负数：-0.1"],
  ["SCORE_ACHIEVEMENT", [-6, 1], "分值（points）不能为负数：-6"],
  ["DEDUCT", [-1, 0.1, 1], "起始分值（start）不能为负数：-1"],
  ["DEDUCT", [1, 0.1, -1], "数量（count）不能为负数：-1"],
  ["GRADE", [-1], "总分（total）不能为负数：-1"],
];

const FRACTIONAL: Case[] = [
  ["EXEC_RATE", [0.5, 1.5], "季度（quarter）应为整数：1.5"],
  ["SCORE_PROCUREMENT", [100, 50, 1.5], "4 月前未完成招标的新增集中采购项目数（late_tenders）应为整数：1.5"],
  ["SCORE_PAYROLL", [23.5, 26], "实际在编在职人数（on_payroll）应为整数：23.5"],
  ["SCORE_OUTSIDE_STAFF", [1.5, 42], "编外人员数（outside）应为整数：1.5"],
  ["SCORE_COMPLETION", [21, 22.5], "计划项目数（planned）应为整数：22.5"],
  ["SCORE_KEY_TASKS", [1.5, 0], "下达的重点工作任务数（tasks）应为整数：1.5"],
  ["DEDUCT", [1, 0.1, 1.5], "数量（count）应为整数：1.5"],
];

const PERCENT_AS_WHOLE: Case[] = [
  ["EXEC_RATE", [96, 1], "支出进度（progress）为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%"],
  [
    "SCORE_EXEC",
    [35.48, 0.5988, 0.6477, 0.7914],
    "一季度末累计预算支出进度（q1）为 35.48，超出 0 至 100% 的范围；若指 35.48%，请填 0.3548 或 35.48%",
  ],
  [
    "SCORE_EXEC",
    [0.3548, 0.5988, 0.6477, "79.14"],
    "四季度末累计预算支出进度（q4）为 79.14，超出 0 至 100% 的范围；若指 79.14%，请填 0.7914 或 79.14%",
  ],
  ["SCORE_HEXIAN", [41.75], "财政核减率（rate）为 41.75，超出 0 至 100% 的范围；若指 41.75%，请填 0.4175 或 41.75%"],
  ["SCORE_SATISFACTION", [96], "公众或服务对象满意度（rate）为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%"],
  ["SCORE_SATISFACTION", ["150%"], "公众或服务对象满意度（rate）为 150%，超出 0 至 100% 的范围"],
  ["SCORE_ACHIEVEMENT", [6, 80], "达成度（achievement）为 80，超出 0 至 100% 的范围；若指 80%，请填 0.8 或 80%"],
  ["ACHIEVEMENT_LEVEL", [80], "达成度（achievement）为 80，超出 0 至 100% 的范围；若指 80%，请填 0.8 或 80%"],
  [
    "INDICATOR",
    ["3.4.2", [["satisfaction", 96]]],
    "公众或服务对象满意度（satisfaction）为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%",
  ],
];

const ZERO_DENOMINATOR: Case[] = [
  ["HEXIAN_RATE", [0, 0], "“一上”申报数（yishang）为 0，无法计算财政核减率"],
  ["HEXIAN_RATE", [0, 5], "“一上”申报数（yishang）为 0，无法计算财政核减率"],
  ["CONTROL_RATE", [1, 0], "经费调整预算数（budget）与已上缴结余（remitted）之和为 0，无法计算经费控制率"],
  ["CONTROL_RATE", [1, 0, 0], "经费调整预算数（budget）与已上缴结余（remitted）之和为 0，无法计算经费控制率"],
  // SCORE_CONTROL and SCORE_PROCUREMENT score a zero budget by spec §7 R1, R2 (values.test.ts).
  ["SCORE_ADJUSTMENT", [10, 0], "部门预算总规模（budget_scale）为 0，无法计算调整调剂资金占比"],
  ["SCORE_ASSET_MATCH", [1, 0], "单位决算资产总额（book）为 0，无法计算账实相符率"],
  ["SCORE_ASSET_USE", [0, 0], "所有固定资产总额（total）为 0，无法计算固定资产利用率"],
  ["SCORE_PAYROLL", [23, 0], "编制人数（quota）为 0，无法计算在职人员控制率"],
  ["SCORE_OUTSIDE_STAFF", [0, 0], "在职人员总数（在编+编外）（total）为 0，无法计算编外人员控制率"],
  ["SCORE_QUALITATIVE_SHARE", [0, 0], "整体绩效指标总数（total）为 0，无法计算定性指标占比"],
  ["SCORE_COMPLETION", [0, 0], "计划项目数（planned）为 0，无法计算项目完成及时率"],
  [
    "INDICATOR",
    [
      "2.4.1",
      [
        ["staff_on_payroll", 23],
        ["staff_quota", 0],
      ],
    ],
    "编制人数（staff_quota）为 0，无法计算在职人员控制率",
  ],
];

const OUT_OF_RANGE: Case[] = [
  ["EXEC_RATE", [0.5, 0], "季度（quarter）应为 1 至 4 的整数：0"],
  ["EXEC_RATE", [0.5, 5], "季度（quarter）应为 1 至 4 的整数：5"],
  ["SCORE_ASSET_USE", [2, 1], "实际在用固定资产总额（in_use）为 2，不应大于所有固定资产总额（total） 1"],
  ["SCORE_OUTSIDE_STAFF", [50, 42], "编外人员数（outside）为 50，不应大于在职人员总数（在编+编外）（total） 42"],
  ["SCORE_QUALITATIVE_SHARE", [50, 41], "其中定性指标数（qualitative）为 50，不应大于整体绩效指标总数（total） 41"],
  [
    "SCORE_COMPLETION",
    [23, 22],
    "形象进度达 90% 且支出进度超 90% 的项目数（completed）为 23，不应大于计划项目数（planned） 22",
  ],
  ["SCORE_KEY_TASKS", [2, 3], "未完成的重点工作数（unfinished）为 3，不应大于下达的重点工作任务数（tasks） 2"],
  ["SCORE_ACHIEVEMENT", [0, 1], "分值（points）应为正数"],
  ["SCORE_ACHIEVEMENT", [30, 1], "分值（points）应在 0 至 23 分之间：30"],
  ["DEDUCT", [101, 1, 1], "起始分值（start）应在 0 至 100 分之间：101"],
  ["GRADE", [101], "总分（total）应在 0 至 100 分之间：101"],
];

const CODES_AND_RANGES: Case[] = [
  ["INDICATOR", ["9.9.9", seedRange()], "未知的三级指标代码“9.9.9”，应为 dapeng-2024 的共性三级指标代码，如 1.1.1"],
  ["INDICATOR", [1.1, seedRange()], "未知的三级指标代码“1.1”，应为 dapeng-2024 的共性三级指标代码，如 1.1.1"],
  ["EXPLAIN", ["x", []], "未知的三级指标代码“x”，应为 dapeng-2024 的共性三级指标代码，如 1.1.1"],
  ["INDICATOR", ["3.3.1", seedRange()], "指标代码“3.3.1”不是框架的共性三级指标；效果性个性指标按子项分值 × 达成度计分"],
  ["INDICATOR", ["1.1.1", [["a", "b", "c"]]], "输入项区域（inputs）应为两列（输入项代码、值），收到 3 列"],
  [
    "INDICATOR",
    [
      "1.1.1",
      [
        ["yishang", 1],
        ["yishang", 2],
      ],
    ],
    "输入项区域（inputs）中“一上”申报数（yishang）出现了不止一次",
  ],
  ["INDICATOR", ["2.4.1", [["staff_on_payroll", 23]]], "缺少编制人数（staff_quota）"],
  [
    "INDICATOR",
    [
      "2.4.1",
      [
        ["staff_on_payrol", 23],
        ["staff_quota", 26],
      ],
    ],
    "缺少实际在编在职人数（staff_on_payroll）；区域中的“staff_on_payrol”不是输入项代码，是否应为 staff_on_payroll？",
  ],
  [
    "INDICATOR",
    ["1.1.1", [["id", "value"]]],
    "缺少 9 项输入：mandate_fit、priority_allocation、special_fund_detail、yishang、yixia、secondary_projects、adjusted_projects、projects_adjusted_40pct、allocation_not_fixed",
  ],
  ["EXPLAIN", ["2.4.1", [["staff_on_payroll", 23]]], "缺少编制人数（staff_quota）"],
];

describe.each([
  ["blank where required", BLANK],
  ["text or a logical value where a figure is due", TEXT],
  ["negative money, counts, rates and points", NEGATIVE],
  ["fractional counts", FRACTIONAL],
  ["a percentage typed as a whole number (96 for 96%)", PERCENT_AS_WHOLE],
  ["a zero denominator", ZERO_DENOMINATOR],
  ["values out of range, parts above their wholes", OUT_OF_RANGE],
  ["unknown codes and malformed input ranges", CODES_AND_RANGES],
])("#VALUE! for %s", (_, cases) => {
  it.each(cases)("%s(%j)", (id, args, message) => {
    expect(valueError(BY_ID[id], ...args)).toBe(message);
  });
});

describe("every function rejects bad arguments", () => {
  it.each(Object.keys(BY_ID))("%s: a blank first argument is #VALUE! naming it", (id) => {
    const message = valueError(BY_ID[id], "", 1, 1, 1);
    expect(message).toMatch(/^缺少.+（[a-z_0-9]+）$/);
  });
});
