import type { IndicatorDef, IndicatorText } from "../../../framework";
import { ratio } from "../../../quantities";
import { banded } from "../../../rules";

const criteria = `在职人员控制率=本年度实际在编在职人员数/编制人员数×100%
1.在职人员控制率≤100%的，得 1分；
2.在职人员控制率＞100%的，得 0分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i241Text: IndicatorText = {
  description: "部门（单位）本年度实际在职人员数与编制数的比率，用以反映和考核部门（单位）对人员成本的控制程度。",
  criteria,
};

export const i241: IndicatorDef = {
  code: "2.4.1",
  name: "在职人员控制率",
  points: "1",
  problem: "在职人员超编，在职人员控制率有待降低",
  rule: banded({
    label: "第1、2项",
    clause: "1.在职人员控制率≤100%的，得 1分；\n2.在职人员控制率＞100%的，得 0分。",
    quantity: ratio("在职人员控制率", "staff_on_payroll", "staff_quota"),
    points: "1",
    bands: [
      { min: "0", minInclusive: true, max: "1", maxInclusive: true, points: "1" },
      { min: "1", minInclusive: false, max: null, maxInclusive: false, points: "0" },
    ],
  }),
};
