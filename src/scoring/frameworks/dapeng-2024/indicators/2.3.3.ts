import type { IndicatorDef, IndicatorText } from "../../../framework";
import { ratio } from "../../../quantities";
import { banded } from "../../../rules";

const criteria = `固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%
1.固定资产利用率≥90%的，得 1分；
2.90%＞固定资产利用率≥75%的，得 0.7 分；
3.75%＞固定资产利用率≥60%的，得 0.4 分；
4.固定资产利用率＜60%的，得 0分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i233Text: IndicatorText = {
  description:
    "部门（单位）实际在用固定资产总额与所有固定资产总额的比例，用以反映和考核部门（单位）固定资产使用效率程度。",
  criteria,
};

export const i233: IndicatorDef = {
  code: "2.3.3",
  name: "固定资产利用率",
  points: "1",
  problem: "固定资产利用率偏低，有待进一步提高",
  rule: banded({
    label: "第1至4项",
    clause:
      "1.固定资产利用率≥90%的，得 1分；\n2.90%＞固定资产利用率≥75%的，得 0.7 分；\n3.75%＞固定资产利用率≥60%的，得 0.4 分；\n4.固定资产利用率＜60%的，得 0分。",
    quantity: ratio("固定资产利用率", "assets_in_use", "assets_total"),
    points: "1",
    bands: [
      { min: "0", minInclusive: true, max: "0.6", maxInclusive: false, points: "0" },
      { min: "0.6", minInclusive: true, max: "0.75", maxInclusive: false, points: "0.4" },
      { min: "0.75", minInclusive: true, max: "0.9", maxInclusive: false, points: "0.7" },
      { min: "0.9", minInclusive: true, max: null, maxInclusive: false, points: "1" },
    ],
  }),
};
