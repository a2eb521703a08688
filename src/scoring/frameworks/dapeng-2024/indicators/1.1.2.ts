import type { IndicatorDef, IndicatorText } from "../../../framework";
import { deduction, sum } from "../../../rules";

const criteria = `1.部门（单位）预算编制符合财政部门当年度关于预算编制的各项原则和要求，符合专项资金预算编制、项目库管理等要求，发现一项不符合的扣 1分，扣完为止（2分）；
2.部门（单位）新增项目预算编制前是否进行事前绩效评估，评估结论是否支撑项目申报，存在一项未开展或者有效佐证的扣 0.2 分，扣完为止。未有新增项目的默认得分（1分）；
本指标需对照相应年度由财政部门印发的部门预算编制工作方案、通知和有关制度文件，根据实际情况评分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i112Text: IndicatorText = {
  description: "部门（单位）预算编制是否符合财政部门当年度关于预算编制在规范性、完整性、细化程度等方面的原则和要求。",
  criteria,
};

export const i112: IndicatorDef = {
  code: "1.1.2",
  name: "预算编制规范性",
  points: "3",
  problem: "预算编制规范性有待加强",
  rule: sum(
    deduction({
      label: "第1项",
      clause: "发现一项不符合的扣 1分，扣完为止（2分）",
      count: "budget_rule_violations",
      points: "2",
      each: "1",
    }),
    deduction({
      label: "第2项",
      clause: "存在一项未开展或者有效佐证的扣 0.2 分，扣完为止。未有新增项目的默认得分（1分）",
      count: "new_projects_unassessed",
      points: "1",
      each: "0.2",
    }),
  ),
};
