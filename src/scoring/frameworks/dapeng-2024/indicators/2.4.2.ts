import type { IndicatorDef, IndicatorText } from "../../../framework";
import { ratio } from "../../../quantities";
import { banded } from "../../../rules";

const criteria = `编外人员控制率=本年度实际编外人员数/总在职人员数×100%，编外人员数包括：单位直接聘用临聘人员、劳务派遣、员额、特聘人员。不含文件中明确的临聘人员。
1.比率＜5%的，得 1分；
2.5%≤比率≤10%的，得 0.5 分；
3.比率＞10%，得 0分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i242Text: IndicatorText = {
  description: "部门（单位）本年度使用劳务派遣人员数量（含直接聘用的编外人员）与在职人员总数（在编+编外）的比率。",
  criteria,
};

export const i242: IndicatorDef = {
  code: "2.4.2",
  name: "编外人员控制率",
  points: "1",
  problem: "编外人员占比过高，编外人员控制率有待进一步降低",
  rule: banded({
    label: "第1至3项",
    clause: "1.比率＜5%的，得 1分；\n2.5%≤比率≤10%的，得 0.5 分；\n3.比率＞10%，得 0分。",
    quantity: ratio("编外人员控制率", "staff_outside", "staff_total"),
    points: "1",
    bands: [
      { min: "0", minInclusive: true, max: "0.05", maxInclusive: false, points: "1" },
      { min: "0.05", minInclusive: true, max: "0.1", maxInclusive: true, points: "0.5" },
      { min: "0.1", minInclusive: false, max: null, maxInclusive: false, points: "0" },
    ],
  }),
};
