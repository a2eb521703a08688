import type { IndicatorDef, IndicatorText } from "../../../framework";
import { judgment, sum } from "../../../rules";

const criteria = `1.项目的设立、调整按规定履行报批程序（0.5 分）；
2.项目招投标、建设、验收以及方案实施均严格执行相关制度规定（0.5 分）。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i221Text: IndicatorText = {
  description:
    "部门（单位）所有项目支出实施过程是否规范，包括是否符合申报条件；申报、批复程序是否符合相关管理办法；项目招投标、调整、完成验收等是否履行相应手续等。",
  criteria,
};

export const i221: IndicatorDef = {
  code: "2.2.1",
  name: "项目实施程序",
  points: "1",
  problem: "项目实施程序有待进一步规范",
  rule: sum(
    judgment({
      label: "第1项",
      clause: "项目的设立、调整按规定履行报批程序（0.5 分）",
      input: "setup_approval",
      points: "0.5",
    }),
    judgment({
      label: "第2项",
      clause: "项目招投标、建设、验收以及方案实施均严格执行相关制度规定（0.5 分）",
      input: "execution_compliance",
      points: "0.5",
    }),
  ),
};
