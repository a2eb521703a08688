import type { IndicatorDef, IndicatorText } from "../../../framework";
import { capped, constant, input, mean, ratio } from "../../../quantities";
import { rated, sum } from "../../../rules";

const criteria = `1.一季度预算执行率得分=（一季度部门预算支出进度/序时进度 25%）×1分
2.二季度预算执行率得分=（二季度部门预算支出进度/序时进度 50%）×1分
3.三季度预算执行率得分=（三季度部门预算支出进度/序时进度 75%）×1分
4.四季度预算执行率得分=（四季度部门预算支出进度/序时进度 100%）×1分
5.全年平均支出进度得分=全年平均执行率×2分
其中：全年平均执行率=∑（每个季度的执行率）÷4
季度支出进度=季度末月份累计支出进度（即 3、6、9、12 月月末支出进度），各季度预算数、执行数不含公用经费。`;

/** 序时进度 of each quarter: the share of the year gone by at its end. */
export const QUARTERS = [
  { name: "一", input: "progress_q1", schedule: "0.25" },
  { name: "二", input: "progress_q2", schedule: "0.5" },
  { name: "三", input: "progress_q3", schedule: "0.75" },
  { name: "四", input: "progress_q4", schedule: "1" },
] as const;

/** 执行率 of a quarter: its 支出进度 over its 序时进度, counted at most 100% (spec §4). */
export const EXEC_RATES = QUARTERS.map((q) =>
  capped(ratio(`${q.name}季度预算执行率`, input(q.input, true), constant(q.schedule, true))),
);

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i321Text: IndicatorText = {
  description:
    "部门（单位）部门预算实际支付进度和既定支付进度的匹配情况，反映和考核部门（单位）预算执行的及时性和均衡性。",
  criteria,
};

export const i321: IndicatorDef = {
  code: "3.2.1",
  name: "预算执行率",
  points: "6",
  problem: "预算执行率未达 100%，有待进一步提高",
  rule: sum(
    ...QUARTERS.map((q, k) =>
      rated({
        label: `第${k + 1}项`,
        clause: `${q.name}季度预算执行率得分=（${q.name}季度部门预算支出进度/序时进度 ${Number(q.schedule) * 100}%）×1分`,
        quantity: EXEC_RATES[k],
        points: "1",
      }),
    ),
    rated({
      label: "第5项",
      clause: "全年平均支出进度得分=全年平均执行率×2分",
      quantity: mean("全年平均执行率", EXEC_RATES),
      points: "2",
    }),
  ),
};
