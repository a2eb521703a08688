import type { IndicatorDef, IndicatorText } from "../../../framework";
import { deviationFromOne, ratio } from "../../../quantities";
import { banded } from "../../../rules";

const criteria = `资产配置合理、保管完整，账实相符（1分）
账实相符率=年末单位实物资产总额/单位决算资产总额*100%
1.账实相符率=100%，得 1分；
2.账实相符率±5%以内的，扣 0.5 分；
3.账实相符率±5%以外的，扣 1分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i231Text: IndicatorText = {
  description:
    "部门（单位）实物资产与资产管理账表的一致性情况，推动单位完善资产管理账表及有关资料，做到账、卡、实相符。",
  criteria,
};

export const i231: IndicatorDef = {
  code: "2.3.1",
  name: "固定资产账实相符",
  points: "1",
  problem: "固定资产账实不符，资产管理有待加强",
  rule: banded({
    label: "第1至3项",
    clause: "1.账实相符率=100%，得 1分；\n2.账实相符率±5%以内的，扣 0.5 分；\n3.账实相符率±5%以外的，扣 1分。",
    // Banded on the distance from 100%: 以内 includes ±5%, 以外 excludes it.
    quantity: deviationFromOne(ratio("账实相符率", "assets_physical", "assets_book")),
    points: "1",
    bands: [
      { min: "0", minInclusive: true, max: "0", maxInclusive: true, points: "1", phrase: "账实相符率 = 100%" },
      { min: "0", minInclusive: false, max: "0.05", maxInclusive: true, points: "0.5", phrase: "±5% 以内" },
      { min: "0.05", minInclusive: false, max: null, maxInclusive: false, points: "0", phrase: "±5% 以外" },
    ],
  }),
};
