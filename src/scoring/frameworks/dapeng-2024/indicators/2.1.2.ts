import type { IndicatorDef, IndicatorText } from "../../../framework";
import { ratio } from "../../../quantities";
import { condition, excessDeduction, isTrue, judgment, sum } from "../../../rules";

const criteria = `1.资金支出规范性（1分）。资金管理、费用标准、支付符合有关制度规定，按事项完成进度支付资金的，得 1分，否则酌情扣分。
2.资金调整、调剂规范性（1分）。调整、调剂资金累计在本单位部门预算总规模 10%以内的，得 1分；超出 10%的，超出一个百分点扣 0.1 分，直至 1分扣完为止。市主管部门或新区管委会年中临时下达任务以及不可抗力因素导致调整的项目预算不纳入考核范围。
3.会计核算规范性（1分）。规范执行会计核算制度得 1分，未按规定设专账核算、支出凭证不符合规定或其他核算不规范，酌情扣分。
4.发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金的，以及其他不符合制度规定支出，本项指标得 0分。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i212Text: IndicatorText = {
  description:
    "部门（单位）资金支出规范性，包括资金管理、费用支出等制度是否严格执行；资金调整、调剂是否规范；会计核算是否规范、是否存在支出依据不合规、虚列项目支出的情况；是否存在截留、挤占、挪用项目资金情况。",
  criteria,
};

export const i212: IndicatorDef = {
  code: "2.1.2",
  name: "财务合规性",
  points: "3",
  problem: "财务合规性有待加强",
  rule: condition({
    label: "第4项",
    clause: "发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金的，以及其他不符合制度规定支出，本项指标得 0分",
    when: isTrue("serious_violation"),
    then: "zero",
    otherwise: sum(
      judgment({
        label: "第1项",
        clause: "资金管理、费用标准、支付符合有关制度规定，按事项完成进度支付资金的，得 1分，否则酌情扣分",
        input: "payment_compliance",
        points: "1",
      }),
      // Spec §4: pro rata, 0.1 per percentage point over 10% (12.5% loses 0.25).
      excessDeduction({
        label: "第2项",
        clause:
          "调整、调剂资金累计在本单位部门预算总规模 10%以内的，得 1分；超出 10%的，超出一个百分点扣 0.1 分，直至 1分扣完为止",
        quantity: ratio("调整调剂资金占比", "adjusted_funds", "budget_scale"),
        points: "1",
        threshold: "0.10",
        step: "0.01",
        each: "0.1",
      }),
      judgment({
        label: "第3项",
        clause: "规范执行会计核算制度得 1分，未按规定设专账核算、支出凭证不符合规定或其他核算不规范，酌情扣分",
        input: "accounting_compliance",
        points: "1",
      }),
    ),
  }),
};
