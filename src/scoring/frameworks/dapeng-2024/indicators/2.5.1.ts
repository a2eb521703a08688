import type { IndicatorDef, IndicatorText } from "../../../framework";
import { judgment, sum } from "../../../rules";

const criteria = `1.部门制定了财政资金管理、财务管理、内部控制等制度（0.5 分）；
2.上述财政资金管理、财务管理、内部控制等制度得到有效执行（1.5 分）。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i251Text: IndicatorText = {
  description:
    "部门（单位）制定了相应的预算资金、财务管理和预算绩效管理等制度并严格执行，用以反映部门（单位）的管理制度对其完成主要职责和促进事业发展的保障情况。",
  criteria,
};

export const i251: IndicatorDef = {
  code: "2.5.1",
  name: "管理制度健全性",
  points: "2",
  problem: "管理制度健全性有待加强",
  rule: sum(
    judgment({
      label: "第1项",
      clause: "部门制定了财政资金管理、财务管理、内部控制等制度（0.5 分）",
      input: "rules_established",
      points: "0.5",
    }),
    judgment({
      label: "第2项",
      clause: "上述财政资金管理、财务管理、内部控制等制度得到有效执行（1.5 分）",
      input: "rules_enforced",
      points: "1.5",
    }),
  ),
};
