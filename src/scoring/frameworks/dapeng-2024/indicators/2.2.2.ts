import type { IndicatorDef, IndicatorText } from "../../../framework";
import { condition, isTrue, judgment, sum } from "../../../rules";

const criteria = `1.部门（单位）按要求将所有项目纳入监管，每月统计项目预算执行进度，并通报支出进度情况，督促加快项目预算执行进度。（1分）；
2.部门（单位）按规定对单项 200 万元以上财政资金（含专项资金和专项经费）开展有效的检查、监控、评价、督促整改（1分）。
如无 200 万元以上项目默认得分。
无法提供开展检查监督相关证明材料，或被评价年度部门主管的专项资金绩效评价结果为差的，此评价指标得 0分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i222Text: IndicatorText = {
  description:
    "部门（单位）对所实施项目（包括部门主管的专项资金和专项经费分配给市、区实施的项目）的检查、监控、督促整改等管理情况。",
  criteria,
};

export const i222: IndicatorDef = {
  code: "2.2.2",
  name: "项目监管",
  points: "2",
  problem: "项目监管有待加强",
  rule: condition({
    label: "不得分情形",
    clause: "无法提供开展检查监督相关证明材料，或被评价年度部门主管的专项资金绩效评价结果为差的，此评价指标得 0分",
    when: isTrue("oversight_failure"),
    then: "zero",
    otherwise: sum(
      judgment({
        label: "第1项",
        clause:
          "部门（单位）按要求将所有项目纳入监管，每月统计项目预算执行进度，并通报支出进度情况，督促加快项目预算执行进度。（1分）",
        input: "monthly_tracking",
        points: "1",
      }),
      judgment({
        label: "第2项",
        clause:
          "部门（单位）按规定对单项 200 万元以上财政资金（含专项资金和专项经费）开展有效的检查、监控、评价、督促整改（1分）",
        input: "large_project_oversight",
        points: "1",
      }),
    ),
  }),
};
