import type { IndicatorDef, IndicatorText } from "../../../framework";
import { judgment, sum } from "../../../rules";

const criteria = `1.资产处置规范，在取得资产处置批复后，30 个工作日内按规定完成后续的资产处理工作，取得有效凭证，得 0.5 分；并在取得处置结果的有效凭证后，10 个工作日内凭资产处置批复文件和有效凭证进行入账、调账、核销等账务处理，及时办理产权变动手续，得 0.5 分（1分）；
2.有偿使用及处置收入及时足额上缴，得 0.5 分（0.5 分）；
3.资产清查工作年度内及时开展（0.5 分）。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i232Text: IndicatorText = {
  description:
    "部门（单位）的资产是否保存完整、使用合规、配置合理、处置规范、收入及时足额上缴，用于反映和考核部门（单位）资产安全运行情况。",
  criteria,
};

export const i232: IndicatorDef = {
  code: "2.3.2",
  name: "资产管理安全性",
  points: "2",
  problem: "资产管理安全性有待加强",
  rule: sum(
    judgment({
      label: "第1项",
      clause: "在取得资产处置批复后，30 个工作日内按规定完成后续的资产处理工作，取得有效凭证，得 0.5 分",
      input: "disposal_timely",
      points: "0.5",
    }),
    judgment({
      label: "第1项",
      clause:
        "在取得处置结果的有效凭证后，10 个工作日内凭资产处置批复文件和有效凭证进行入账、调账、核销等账务处理，及时办理产权变动手续，得 0.5 分",
      input: "disposal_booked",
      points: "0.5",
    }),
    judgment({
      label: "第2项",
      clause: "有偿使用及处置收入及时足额上缴，得 0.5 分（0.5 分）",
      input: "income_remitted",
      points: "0.5",
    }),
    judgment({
      label: "第3项",
      clause: "资产清查工作年度内及时开展（0.5 分）",
      input: "inventory_done",
      points: "0.5",
    }),
  ),
};
