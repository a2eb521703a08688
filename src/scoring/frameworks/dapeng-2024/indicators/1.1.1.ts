import type { IndicatorDef, IndicatorText } from "../../../framework";
import { minus, input, ratio } from "../../../quantities";
import { banded, deduction, judgment, sum } from "../../../rules";

const criteria = `1.部门预算编制、分配符合本部门职责、符合市委市政府、新区管委会方针政策和工作要求（1分）；
2.部门预算资金能根据年度工作重点，在不同项目、不同用途之间合理分配（0.5 分）；
3.专项资金预算编制细化程度合理，未出现因年中调剂导致部门预决算差异超过 15%（0.5 分）；
4.“一上”阶段预算编制准确合理，通过财政部门审核。财政核减率=“一下”核定数与“一上”申报数的差额/“一上”申报数。财政核减率低于 15%得 3 分；核减率 15%-25%得 2.5 分；核减率 25%-35%得 2 分；核减率 35%-45%得 1 分；核减率 45%以上不得分（3分）；
5.功能分类和经济分类编制准确，年度中间无大量调剂，调整调剂项目占比低于 25%，得 1分（1分）；
6.单个项目累计调剂金额占比达40%及以上的，存在1项扣0.1分，扣完为止（1分）；
7.部门预算分配不固化，能根据实际情况合理调整，不存在连续2年项目支出进度低于90%或者绩效较差仍全额安排预算的情况（1分）。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i111Text: IndicatorText = {
  description:
    "部门（单位）预算的合理性，即是否符合本部门职责、是否符合市委市政府和新区管委会的方针政策和工作要求，资金有无根据项目的轻重缓急进行分配。",
  criteria,
};

export const i111: IndicatorDef = {
  code: "1.1.1",
  name: "预算编制合理性",
  points: "8",
  problem: "预算项目调整、调剂较大，部门预算编制合理性有待提高",
  rule: sum(
    judgment({
      label: "第1项",
      clause: "部门预算编制、分配符合本部门职责、符合市委市政府、新区管委会方针政策和工作要求（1分）",
      input: "mandate_fit",
      points: "1",
    }),
    judgment({
      label: "第2项",
      clause: "部门预算资金能根据年度工作重点，在不同项目、不同用途之间合理分配（0.5 分）",
      input: "priority_allocation",
      points: "0.5",
    }),
    judgment({
      label: "第3项",
      clause: "专项资金预算编制细化程度合理，未出现因年中调剂导致部门预决算差异超过 15%（0.5 分）",
      input: "special_fund_detail",
      points: "0.5",
    }),
    banded({
      label: "第4项",
      clause:
        "财政核减率低于 15%得 3 分；核减率 15%-25%得 2.5 分；核减率 25%-35%得 2 分；核减率 35%-45%得 1 分；核减率 45%以上不得分（3分）",
      // 一下 above 一上 gives a negative rate: nothing was cut, which 低于 15% covers.
      quantity: ratio("财政核减率", minus(input("yishang"), input("yixia")), "yishang"),
      points: "3",
      domainMin: null,
      bands: [
        { min: null, minInclusive: false, max: "0.15", maxInclusive: false, points: "3" },
        { min: "0.15", minInclusive: true, max: "0.25", maxInclusive: false, points: "2.5" },
        { min: "0.25", minInclusive: true, max: "0.35", maxInclusive: false, points: "2" },
        { min: "0.35", minInclusive: true, max: "0.45", maxInclusive: false, points: "1" },
        { min: "0.45", minInclusive: true, max: null, maxInclusive: false, points: "0" },
      ],
    }),
    banded({
      label: "第5项",
      clause: "调整调剂项目占比低于 25%，得 1分（1分）",
      quantity: ratio("调整调剂项目占比", "adjusted_projects", "secondary_projects"),
      points: "1",
      bands: [
        { min: "0", minInclusive: true, max: "0.25", maxInclusive: false, points: "1" },
        { min: "0.25", minInclusive: true, max: null, maxInclusive: false, points: "0" },
      ],
    }),
    deduction({
      label: "第6项",
      clause: "单个项目累计调剂金额占比达40%及以上的，存在1项扣0.1分，扣完为止（1分）",
      count: "projects_adjusted_40pct",
      points: "1",
      each: "0.1",
    }),
    judgment({
      label: "第7项",
      clause:
        "部门预算分配不固化，能根据实际情况合理调整，不存在连续2年项目支出进度低于90%或者绩效较差仍全额安排预算的情况（1分）",
      input: "allocation_not_fixed",
      points: "1",
    }),
  ),
};
