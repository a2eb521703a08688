import type { IndicatorDef, IndicatorText } from "../../../framework";
import { ratio } from "../../../quantities";
import { banded, judgment, sum } from "../../../rules";

const criteria = `1.绩效指标将部门整体绩效目标细化分解为具体工作任务，与部门年度任务数或计划数相对应得 0.5 分；部门整体绩效目标表中绩效指标包括基本支出等相关内容 0.5 分（1分）；
2.绩效指标中包含能够明确体现部门（单位）履职效果的社会、经济、生态效益指标（1分）；
3.绩效指标具有清晰、可衡量的指标值得满分，部门整体绩效目标定性指标超过整个部门绩效目标占比的 15%，扣 0.5 分，超过 25%，扣 1分（1分）；
4.绩效目标的目标值测算能提供相关依据或符合客观实际情况（1分）。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i122Text: IndicatorText = {
  description: "部门（单位）设定的绩效指标是否清晰、细化、可量化，用以反映和考核部门（单位）整体绩效目标的明细化情况。",
  criteria,
};

export const i122: IndicatorDef = {
  code: "1.2.2",
  name: "绩效指标明确性",
  points: "4",
  problem: "绩效指标不够明确、细化，有待进一步完善",
  rule: sum(
    judgment({
      label: "第1项",
      clause: "绩效指标将部门整体绩效目标细化分解为具体工作任务，与部门年度任务数或计划数相对应得 0.5 分",
      input: "targets_decomposed",
      points: "0.5",
    }),
    judgment({
      label: "第1项",
      clause: "部门整体绩效目标表中绩效指标包括基本支出等相关内容 0.5 分",
      input: "basic_expenditure_included",
      points: "0.5",
    }),
    judgment({
      label: "第2项",
      clause: "绩效指标中包含能够明确体现部门（单位）履职效果的社会、经济、生态效益指标（1分）",
      input: "benefit_indicators",
      points: "1",
    }),
    banded({
      label: "第3项",
      clause: "部门整体绩效目标定性指标超过整个部门绩效目标占比的 15%，扣 0.5 分，超过 25%，扣 1分（1分）",
      quantity: ratio("定性指标占比", "indicators_qualitative", "indicators_total"),
      points: "1",
      bands: [
        { min: "0", minInclusive: true, max: "0.15", maxInclusive: true, points: "1" },
        { min: "0.15", minInclusive: false, max: "0.25", maxInclusive: true, points: "0.5" },
        { min: "0.25", minInclusive: false, max: null, maxInclusive: false, points: "0" },
      ],
    }),
    judgment({
      label: "第4项",
      clause: "绩效目标的目标值测算能提供相关依据或符合客观实际情况（1分）",
      input: "target_values_justified",
      points: "1",
    }),
  ),
};
