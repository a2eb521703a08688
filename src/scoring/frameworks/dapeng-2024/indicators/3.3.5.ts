import type { IndicatorDef, IndicatorText } from "../../../framework";
import { flagPoints } from "../../../rules";

const criteria = "部门（单位）取得的成果或经验模式被省、市政府部门表扬、推广的，得 2分。";

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i335Text: IndicatorText = {
  description: "反映省、市政府部门对部门（单位）的经验成效推广情况。",
  criteria,
};

export const i335: IndicatorDef = {
  code: "3.3.5",
  name: "项目推广",
  points: "2",
  problem: "项目推广未得到相关部门表扬、推广，有待进一步加强",
  rule: flagPoints({ label: "本项", clause: criteria, input: "promoted", points: "2" }),
};
