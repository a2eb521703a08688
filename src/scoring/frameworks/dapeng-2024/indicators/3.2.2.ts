import type { IndicatorDef, IndicatorText } from "../../../framework";
import { condition, deduction, isZero } from "../../../rules";

const criteria = `重点工作是指中央和省相关部门、市委、市政府、市人大、新区管委会交办或下达的工作任务。全部按期保质保量完成得 8分；一项重点工作没有完成扣 4分，扣完为止。
如，全年无下达重点工作任务，默认得 75%权重分，即 6分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i322Text: IndicatorText = {
  description:
    "部门（单位）完成党委、政府、人大和上级部门下达或交办的重要事项或工作的完成情况，反映部门对重点工作的办理落实程度。",
  criteria,
};

export const i322: IndicatorDef = {
  code: "3.2.2",
  name: "重点工作完成情况",
  points: "8",
  problem: "重点工作未全部完成，有待加强",
  rule: condition({
    label: "无重点工作",
    clause: "如，全年无下达重点工作任务，默认得 75%权重分，即 6分",
    when: isZero("key_tasks"),
    then: "6",
    otherwise: deduction({
      label: "完成情况",
      clause: "全部按期保质保量完成得 8分；一项重点工作没有完成扣 4分，扣完为止",
      count: "key_tasks_unfinished",
      points: "8",
      each: "4",
    }),
  }),
};
