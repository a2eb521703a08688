/**
 * The template's vocabulary: sheet names and the header labels its tables are found by. The template generator writes
 * these labels; the finder looks for them (and their aliases) wherever they are, so renamed sheets and moved columns
 * still work.
 */
export const SHEETS = {
  guide: "说明",
  inputs: "基础数据",
  effect: "效果性",
  framework: "指标体系",
  result: "评分结果",
  record: "评分记录",
  /** 运行监控: the monthly figures a department fills in, and the 状态 column PERF writes. */
  monitor: "运行监控",
  /** PERF's own sheet of a 运行监控 run: statuses, what to spend, projected points, and a chart. */
  monitorResult: "监控结果",
} as const;

/** One column of a table: the label the template writes and others a person might use instead. */
export interface ColumnSpec {
  label: string;
  aliases?: readonly string[];
}

export const INPUT_COLUMNS = {
  id: { label: "代码", aliases: ["输入项代码", "id", "ID"] },
  label: { label: "项目", aliases: ["输入项", "项目名称", "名称"] },
  unit: { label: "类型/单位", aliases: ["类型", "单位"] },
  value: { label: "值", aliases: ["填报值", "数值", "数据", "填报数"] },
  indicator: { label: "指标", aliases: ["对应指标", "所属指标"] },
  note: { label: "说明", aliases: ["备注", "填报说明"] },
} as const satisfies Record<string, ColumnSpec>;

export const EFFECT_COLUMNS = {
  code: { label: "指标代码", aliases: ["代码"] },
  name: { label: "指标名称", aliases: ["三级指标"] },
  item: { label: "子项", aliases: ["子项名称", "评分内容"] },
  points: { label: "分值" },
  achievement: { label: "达成度", aliases: ["实现程度", "达成程度", "完成程度"] },
} as const satisfies Record<string, ColumnSpec>;

export const FRAMEWORK_COLUMNS = {
  level1: { label: "一级指标" },
  level2: { label: "二级指标" },
  name: { label: "三级指标", aliases: ["三级指标名称", "指标名称"] },
  code: { label: "代码", aliases: ["指标代码"] },
  points: { label: "分值" },
  description: { label: "指标说明" },
  criteria: { label: "参考评分标准", aliases: ["评分标准"] },
  score: { label: "得分", aliases: ["自评得分", "评分"] },
  reasons: { label: "扣分原因", aliases: ["扣分说明", "扣分理由"] },
} as const satisfies Record<string, ColumnSpec>;

/**
 * The 运行监控 table's fixed columns; the figures' columns (预算数, 累计支出 and the framework's others) are found by
 * the headers the framework gives them (src/scoring/monitor ledgerColumns), with or without their unit.
 */
export const MONITOR_COLUMNS = {
  month: { label: "月份" },
  checkpoint: { label: "检查点" },
  target: { label: "序时进度" },
  status: { label: "状态", aliases: ["执行状态", "监控状态"] },
} as const satisfies Record<string, ColumnSpec>;

export const TOTAL_LABEL = "总计";
export const DEPARTMENT_LABEL = "部门名称";
export const YEAR_LABEL = "评价年度";

/** How the template writes a 一级 or 二级 cell: its name and points, "部门决策（20分）". */
export function groupLabel(name: string, points: string): string {
  return `${name}（${points}分）`;
}

/** Reads "部门决策（20分）", "部门决策(20 分)" or plain "部门决策". */
export function parseGroupLabel(text: string): { name: string; points?: string } {
  const m = /^(.*?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[）)]\s*$/.exec(text);
  return m ? { name: m[1].trim(), points: m[2] } : { name: text.trim() };
}

/** Number formats of the template, by input type. */
export const NUMBER_FORMATS = {
  money: "#,##0.00",
  count: "0",
  rate: "0.00%",
  judgment: "0.0#",
  score: "0.00",
} as const;
