import type { IndicatorDef, IndicatorText } from "../../../framework";
import { given } from "../../../quantities";
import { banded } from "../../../rules";

const criteria = `社会公众或服务对象是指部门（单位）履行职责而影响到的部门、群体或个人，一般采取社会调查的方式。如难以单独开展满意度调查的，可参考市统计部门的数据、年度市直民主评议政风行风评价结果等数据，或者参考群众信访反馈的普遍性问题、本部门或权威第三方机构的开展满意度调查等进行分档计分。
1.满意度≥95%的，得 6分；
2.90%≤满意度＜95%的，得 4分；
3.80%≤满意度＜90%的，得 2分；
4.满意度＜80%的，得 1分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i342Text: IndicatorText = {
  description: "反映社会公众或部门（单位）的服务对象对部门履职效果的满意度。",
  criteria,
};

export const i342: IndicatorDef = {
  code: "3.4.2",
  name: "公众或服务对象满意度",
  points: "6",
  problem: "公众或服务对象满意度有待进一步提高",
  rule: banded({
    label: "第1至4项",
    clause:
      "1.满意度≥95%的，得 6分；\n2.90%≤满意度＜95%的，得 4分；\n3.80%≤满意度＜90%的，得 2分；\n4.满意度＜80%的，得 1分。",
    quantity: given("满意度", "satisfaction"),
    points: "6",
    bands: [
      { min: "0", minInclusive: true, max: "0.8", maxInclusive: false, points: "1" },
      { min: "0.8", minInclusive: true, max: "0.9", maxInclusive: false, points: "2" },
      { min: "0.9", minInclusive: true, max: "0.95", maxInclusive: false, points: "4" },
      { min: "0.95", minInclusive: true, max: null, maxInclusive: false, points: "6" },
    ],
  }),
};
