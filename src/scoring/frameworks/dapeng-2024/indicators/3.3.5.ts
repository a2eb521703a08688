import type { IndicatorDef } from "../../../framework";
import { flagPoints } from "../../../rules";

const criteria = "部门（单位）取得的成果或经验模式被省、市政府部门表扬、推广的，得 2分。";

export const i335: IndicatorDef = {
  code: "3.3.5",
  name: "项目推广",
  points: "2",
  description: "反映省、市政府部门对部门（单位）的经验成效推广情况。",
  criteria,
  rule: flagPoints({ label: "本项", clause: criteria, input: "promoted", points: "2" }),
};
