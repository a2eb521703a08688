import type { IndicatorDef, IndicatorText } from "../../../framework";
import { input, plus, ratio } from "../../../quantities";
import { banded, sum } from "../../../rules";
import type { ScoreBand } from "../../../bands";

const criteria = `1.“三公”经费控制率=“三公”经费决算数/（“三公”经费调整预算数+已上缴结余金额）×100%
（1）“三公”经费控制率＜90%的，得 3分；
（2）90%≤“三公”经费控制率≤100%的，得 2分；
（3）“三公”经费控制率＞100%的，得 0分。
2.日常公用经费控制率=日常公用经费决算数/（日常公用经费调整预算数+已上缴结余金额）×100%
（1）日常公用经费控制率＜90%的，得 3分；
（2）90%≤日常公用经费控制率≤100%的，得 2分；
（3）日常公用经费控制率＞100%的，得 0分。`;

/** ＜90% → 3; 90% ≤ r ≤ 100% → 2; ＞100% → 0, the same for both kinds of 经费. */
export const CONTROL_BANDS: readonly ScoreBand[] = [
  { min: "0", minInclusive: true, max: "0.9", maxInclusive: false, points: "3" },
  { min: "0.9", minInclusive: true, max: "1", maxInclusive: true, points: "2" },
  { min: "1", minInclusive: false, max: null, maxInclusive: false, points: "0" },
];

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i311Text: IndicatorText = {
  description:
    "部门（单位）本年度实际支出的公用经费总额与预算安排的公用经费总额的比率，用以反映和考核部门（单位）对机构运转成本的控制程度。",
  criteria,
};

export const i311: IndicatorDef = {
  code: "3.1.1",
  name: "公用经费控制率",
  points: "6",
  problem: "公用经费控制率较高，有待进一步降低",
  rule: sum(
    banded({
      label: "第1项",
      clause:
        "（1）“三公”经费控制率＜90%的，得 3分；\n（2）90%≤“三公”经费控制率≤100%的，得 2分；\n（3）“三公”经费控制率＞100%的，得 0分。",
      quantity: ratio("“三公”经费控制率", "sangong_actual", plus(input("sangong_budget"), input("sangong_remitted"))),
      points: "3",
      bands: CONTROL_BANDS,
    }),
    banded({
      label: "第2项",
      clause:
        "（1）日常公用经费控制率＜90%的，得 3分；\n（2）90%≤日常公用经费控制率≤100%的，得 2分；\n（3）日常公用经费控制率＞100%的，得 0分。",
      quantity: ratio("日常公用经费控制率", "office_actual", plus(input("office_budget"), input("office_remitted"))),
      points: "3",
      bands: CONTROL_BANDS,
    }),
  ),
};
