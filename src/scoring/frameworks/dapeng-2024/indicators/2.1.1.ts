import type { IndicatorDef, IndicatorText } from "../../../framework";
import { ratio } from "../../../quantities";
import { deduction, greaterThan, rated, sum } from "../../../rules";

const criteria = `1.政府采购执行率得分=政府采购执行率×1分
政府采购执行率=（实际采购金额合计数/采购计划金额合计数）×100%
如实际采购金额大于采购计划金额，本项得 0分。
政府采购预算是指采购机关根据事业发展计划和行政任务编制的，并经过规定程序批准的年度政府采购计划。
2.政府采购政策功能的执行和落实情况（1分），当年度新增政府采购项目（集中采购）年初预算下达后，在 4月前未能完成采购招标的，1项扣 0.2 分，扣完为止。年中追加项目、采用商场供货以及有明确开展时间的政府采购项目除外。
3.政府采购项目（集中采购）跨年度项目因采购不及时，导致出现过渡期、临时续签等情况，1 项扣 0.2 分，扣完为止（1分）。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i211Text: IndicatorText = {
  description:
    "部门（单位）本年度实际政府采购金额与年度政府采购预算的比率，用以反映和考核部门（单位）政府采购预算执行情况；政府采购政策功能的执行和落实情况。",
  criteria,
};

export const i211: IndicatorDef = {
  code: "2.1.1",
  name: "政府采购执行情况",
  points: "3",
  problem: "政府采购执行率偏低，政府采购执行率有待进一步提高",
  rule: sum(
    rated({
      label: "第1项",
      clause: "政府采购执行率得分=政府采购执行率×1分",
      quantity: ratio("政府采购执行率", "procurement_actual", "procurement_budget"),
      points: "1",
      // 如实际采购金额大于采购计划金额，本项得 0分: compared on the amounts, not on the rounded rate.
      zeroWhen: greaterThan("procurement_actual", "procurement_budget"),
    }),
    deduction({
      label: "第2项",
      clause: "在 4月前未能完成采购招标的，1项扣 0.2 分，扣完为止",
      count: "late_tenders",
      points: "1",
      each: "0.2",
    }),
    deduction({
      label: "第3项",
      clause: "因采购不及时，导致出现过渡期、临时续签等情况，1 项扣 0.2 分，扣完为止（1分）",
      count: "interim_renewals",
      points: "1",
      each: "0.2",
    }),
  ),
};
