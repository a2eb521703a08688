import type { IndicatorDef, IndicatorText } from "../../../framework";
import { ratio } from "../../../quantities";
import { rated } from "../../../rules";

const criteria = `1.所有部门预算安排的项目均按计划时间完成，所有项目均按设定目标执行，绩效指标均达到目标值（6分）；
2.完成及时率=（完成实际项目数/计划项目数）×100%；
其中：实际完成项目数为项目形象进度达到 90%，且支出进度＞90%。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i323Text: IndicatorText = {
  description: "部门（单位）项目完成情况与预期时间对比的情况。",
  criteria,
};

export const i323: IndicatorDef = {
  code: "3.2.3",
  name: "项目完成及时率",
  points: "6",
  problem: "项目完成及时率未达 100%，有待进一步提高",
  // Spec §4: 6 × 完成及时率, the reading under which the seed's 21 of 22 projects give its 5.73.
  rule: rated({
    label: "第1、2项",
    clause: "完成及时率=（完成实际项目数/计划项目数）×100%",
    quantity: ratio("项目完成及时率", "projects_completed", "projects_planned"),
    points: "6",
  }),
};
