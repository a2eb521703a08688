import { expected } from "../../scoring/format/check-shape";
import { FORMS, SHAPES, type Shape } from "../../scoring/format/shape";

/** What each field means, for the hover text of editors (yaml-language-server, VS Code) and the format's reference. */
export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  "framework.format": "格式版本，目前为 1",
  "framework.id": "框架代码：交换格式和工作簿以此称呼本框架，如 dapeng-2024",
  "framework.name": "框架名称",
  "framework.example": "示例框架（供学习格式，不是财政部门发布的框架）时为 true",
  "framework.year": "评价年度",
  "framework.issuer": "发布单位",
  "framework.source": "出处：文件标题、文号、网址",
  "framework.effective": "适用期间",
  "framework.total": "总分",
  "framework.grades": "总分等级，每档 grade 及其边界",
  "framework.inputs": "基础数据：部门在工作簿中填写的各项",
  "framework.checks": "基础数据之间的核对（只提示，不影响评分）",
  "framework.schedule": "检查点及序时进度（季度或月份）",
  "framework.monitoring": "年中运行监控：落后序时进度多少算何种状态，以及“运行监控”表逐月填写的其他数字（不影响评分）",
  "monitoring.statuses":
    "按支出进度落后序时进度的幅度（百分点，5% 即 5 个百分点）由轻到重排列的状态；第一项以下为达标。不写时：落后超过 0 为预警，超过 5 个百分点为落后",
  "monitoring.figures":
    "“运行监控”表中预算数、累计支出之外逐月填写的数字，各对应年末的一个输入项；不写时按 PERF 的默认项（框架有其输入项的）",
  "statuses.status": "状态名称，如 预警、落后（“达标”是第一项以下的状态，不必写）",
  "statuses.behind": "落后幅度达到此数（含本数，以上）即为此状态；与 over 二选一",
  "statuses.over": "落后幅度超过此数（不含本数）即为此状态；与 behind 二选一",
  "figure.id": "列代码：工作簿中各月单元格的名称为 代码_m月份，如 sangong_spent_m7",
  "figure.label": "列标题（中文），如 “三公”经费累计支出",
  "figure.input": "该数字在年末对应的输入项，评分规则按它计分",
  "figure.kind":
    "execution 应达到预算的累计支出（如政府采购执行金额），control 应控制在预算内的累计支出（如“三公”经费），deadline 到 month 月末为准的个数（如 4 月前未完成招标的项目数）",
  "figure.month": "deadline：以该月末的个数为准",
  "framework.groups": "一级、二级指标，按表中顺序",
  "framework.indicators": "三级指标，按表中顺序",
  "input.id": "输入项代码：交换格式中的名称，小写字母开头",
  "input.label": "中文名称，工作簿“基础数据”表的“项目”列",
  "input.type":
    "money 金额（单位见 unit，不写即万元），count 个数，rate 比率，judgment 评分（0 至 max 分），flag 是/否，enum 选项",
  "input.indicator": "使用本项的三级指标代码",
  "input.unit": "金额的单位：元、万元（不写即万元）或亿元",
  "input.min": "金额、个数、比率的最小允许值（不写即 0）",
  "input.max": "评分项的最高分；金额、个数、比率的最大允许值",
  "input.options": "选项的可选值，按下拉列表的顺序",
  "input.default": "未填写时按此值",
  "input.at_most": "不能大于的另一输入项（部分不能大于整体）",
  "input.note": "给填报人的提示",
  "checkpoint.id": "检查点代码，公式中写作 序时进度(代码)",
  "checkpoint.month": "检查点所在月份（月末）",
  "checkpoint.target": "序时进度：到该月末应支出的预算比例",
  "checkpoint.progress": "填报该月末累计支出进度的输入项",
  "group.personal": "本二级指标之下放部门个性指标（效果性）",
  "indicator.code": "三级指标代码，如 1.1.1",
  "indicator.points": "分值",
  "indicator.source": "在原文中的位置（章节或页码）",
  "indicator.problem": "失分时报告“存在问题”的措辞",
  "indicator.description": "指标说明，与原文逐字一致",
  "indicator.criteria": "参考评分标准，与原文逐字一致",
  "indicator.not_scored": "参考评分标准中不由条款计分的语句，各附说明",
  "indicator.rule": "评分规则",
  "quantity.name": "比率的名称，用于扣分原因",
  "quantity.ratio": "分子 / 分母，各为输入项、数字、序时进度(检查点) 的和差，如 (yishang - yixia) / yishang",
  "quantity.value": "直接填报的比率（输入项代码）",
  "quantity.mean": "本指标此前各比率的平均值",
  "quantity.weighted": "比率输入项的加权平均，权重之和为 100%",
  "quantity.if_zero": "分母为 0 时按此比率计",
  "quantity.cap": "比率最高按此计",
  "quantity.deviation_from": "按与此值的偏离（绝对值）分档",
  "zero_denominator.ruling": "裁定的出处，写入扣分原因",
  "rule.kind":
    "规则种类：judgment 评定分、flag 是否、choice 按选项、bands 分档、proportional 按比例、per_item 每项扣分、per_step 每超出（低于）一档扣分、sum 各项相加、condition 条件、optional 可选指标、either 二者择一",
  "rule.label": "条款编号，如 第1项",
  "rule.clause": "所实施的参考评分标准原文，逐字引用",
  "rule.points": "分值",
  "rule.counting": "不足一档时：pro_rata 按比例，whole 只计整档，started 不足一档按一档",
  "rule.negative": "比率可为负时为 true（第一档无下界）",
  "rule.zero_when": "此条件成立时本项得 0 分，如 procurement_actual > procurement_budget",
  "rule.when": "条件：是否项代码、not 是否项代码，或比较，如 key_tasks = 0",
  "rule.then": "条件成立时的得分：zero、full 或分数",
  "rule.applies": "可选指标：本部门是否适用（是否项）",
  "rule.if_not": "不适用时的得分：zero、full 或分数",
  "rule.choose": "二者择一：选择所考核者的选项输入项",
  "bounds.min": "下界，含本数（以上）",
  "bounds.over": "下界，不含本数（超过）",
  "bounds.max": "上界，含本数（以下、以内）",
  "bounds.under": "上界，不含本数（低于、不满）",
  "bounds.phrase": "扣分原因中对本档的称呼",
};

const NUMBER_PATTERNS = {
  any: "^-?\\d+(\\.\\d+)?%$",
  nonnegative: "^\\d+(\\.\\d+)?%$",
  positive: "^(?!0+(\\.0+)?%$)\\d+(\\.\\d+)?%$",
};

type Json = Record<string, unknown>;

function described(json: Json, key: string | undefined): Json {
  const description = key && DESCRIPTIONS[key];
  return description ? { description, ...json } : json;
}

/** A field's description: by its definition ("rule.points") or, for shared fields, by what it is ("bounds.min"). */
function keyOf(owner: string, field: string): string {
  if (["min", "over", "max", "under", "phrase"].includes(field) && !DESCRIPTIONS[`${owner}.${field}`])
    return `bounds.${field}`;
  return `${owner}.${field}`;
}

function toJson(shape: Shape, owner: string, field?: string): Json {
  const key = field === undefined ? undefined : keyOf(owner, field);
  if ("ref" in shape) return described({ $ref: `#/definitions/${shape.ref}` }, key);
  if ("text" in shape) return described({ type: "string", pattern: FORMS[shape.text].source }, key);
  if ("number" in shape) {
    const bound = shape.number === "any" ? {} : shape.number === "positive" ? { exclusiveMinimum: 0 } : { minimum: 0 };
    return described(
      {
        anyOf: [
          { type: "number", ...bound },
          { type: "string", pattern: NUMBER_PATTERNS[shape.number] },
        ],
      },
      key,
    );
  }
  if ("integer" in shape)
    return described({ type: "integer", minimum: shape.integer[0], maximum: shape.integer[1] }, key);
  if ("boolean" in shape) return described({ type: "boolean" }, key);
  if ("literal" in shape) return described({ type: "string", enum: shape.literal }, key);
  if ("anyOf" in shape) return described({ anyOf: shape.anyOf.map((s) => toJson(s, owner)) }, key);
  if ("list" in shape)
    return described(
      { type: "array", items: toJson(shape.list, field ?? owner), ...(shape.min ? { minItems: shape.min } : {}) },
      key,
    );
  if ("map" in shape)
    return described({ type: "object", additionalProperties: toJson(shape.map, owner), minProperties: 1 }, key);
  if ("kinds" in shape)
    return {
      type: "object",
      properties: { kind: { type: "string", enum: Object.keys(shape.kinds) } },
      required: ["kind"],
      discriminator: { propertyName: "kind" },
      oneOf: Object.entries(shape.kinds).map(([kind, o]) => objectJson(o, owner, { kind: { const: kind } })),
    };
  return described(objectJson(shape, field ?? owner), key);
}

function objectJson(
  o: { object: Readonly<Record<string, Shape>>; required: readonly string[] },
  owner: string,
  fixed: Json = {},
): Json {
  const properties = Object.fromEntries(Object.entries(o.object).map(([k, s]) => [k, fixed[k] ?? toJson(s, owner, k)]));
  return { type: "object", properties, required: o.required, additionalProperties: false };
}

/** frameworks/schema.json: the JSON Schema (draft-07) of a framework file, from the shapes the core checks. */
export function frameworkSchema(): Json {
  const definitions = Object.fromEntries(
    Object.entries(SHAPES)
      .filter(([name]) => name !== "framework")
      .map(([name, shape]) => [name, toJson(shape, name)]),
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    // A name, not an address: PERF runs without network, and editors find the schema by the file's relative $schema line.
    $id: "urn:perf-addin:framework-schema:format-1",
    title: "PERF 指标框架文件",
    description: `部门整体绩效评价指标框架（财政部门发布的共性指标体系）。写法见 docs/framework-format.md。`,
    ...toJson(SHAPES.framework, "framework"),
    definitions,
  };
}

/** What a field of the schema expects, in words, for the messages of validation. */
export { expected };
