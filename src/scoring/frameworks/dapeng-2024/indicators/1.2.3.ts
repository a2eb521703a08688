import type { IndicatorDef, IndicatorText } from "../../../framework";
import { deduction, judgment, sum } from "../../../rules";

const criteria = `1.项目绩效目标与资金相匹配，设置的绩效指标能反映 80%以上的资金量（1分）；
2.项目绩效指标值实际完成值未超出年度目标值50%，得1分；每存在一个项目指标实际完成值超过目标值 50%扣 0.1 分，扣完为止。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i123Text: IndicatorText = {
  description:
    "部门（单位）预算整体支出和项目绩效目标设置是否覆盖全面、效益水平合理，用以反映部门（单位）整体绩效目标的合理性情况。",
  criteria,
};

export const i123: IndicatorDef = {
  code: "1.2.3",
  name: "绩效目标合理性",
  points: "2",
  problem: "绩效目标设置合理性有待提高",
  rule: sum(
    judgment({
      label: "第1项",
      clause: "项目绩效目标与资金相匹配，设置的绩效指标能反映 80%以上的资金量（1分）",
      input: "funds_coverage_80",
      points: "1",
    }),
    deduction({
      label: "第2项",
      clause: "每存在一个项目指标实际完成值超过目标值 50%扣 0.1 分，扣完为止",
      count: "indicators_over_50pct",
      points: "1",
      each: "0.1",
    }),
  ),
};
