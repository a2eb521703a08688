import type { IndicatorDef, IndicatorText } from "../../../framework";
import { condition, enumeration, isTrue, sum } from "../../../rules";

const criteria = `1.部门预算公开（1.5 分），按以下标准分档计分：
（1）按规定内容、时限、范围等各项要求进行公开的，得 1.5分。
（2）进行了公开，存在不符合时限、内容、范围等要求的，得 1分。
（3）没有进行公开的，得 0分。
2.部门决算公开（1.5 分），按以下标准分档计分：
（1）按规定内容、时限、范围等各项要求进行公开的，得 1.5分。
（2）进行了公开，存在不符合时限、内容、范围等要求的，得 1分。
（3）没有进行公开的，得 0分。
3.涉密部门（单位）按规定不需要公开相关预决算信息的直接得分。`;

/** 合规 / 不完全合规 / 未公开, the three tiers each of 预算公开 and 决算公开 is scored in. */
const DISCLOSURE_SCORES = { 合规: "1.5", 不完全合规: "1", 未公开: "0" } as const;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i213Text: IndicatorText = {
  description:
    "部门（单位）在被评价年度是否按照政府信息公开有关规定公开相关预决算信息，用以反映部门（单位）预决算管理的公开透明情况。",
  criteria,
};

export const i213: IndicatorDef = {
  code: "2.1.3",
  name: "预决算信息公开",
  points: "3",
  problem: "预决算信息公开有待进一步规范",
  rule: condition({
    label: "第3项",
    clause: "涉密部门（单位）按规定不需要公开相关预决算信息的直接得分",
    when: isTrue("classified_unit"),
    then: "full",
    otherwise: sum(
      enumeration({
        label: "第1项",
        clause: "部门预算公开（1.5 分），按以下标准分档计分",
        input: "budget_disclosure",
        points: "1.5",
        scores: DISCLOSURE_SCORES,
      }),
      enumeration({
        label: "第2项",
        clause: "部门决算公开（1.5 分），按以下标准分档计分",
        input: "final_disclosure",
        points: "1.5",
        scores: DISCLOSURE_SCORES,
      }),
    ),
  }),
};
