import type { CheckResult } from "./check";
import { SHEETS } from "./layout";
import type { FillPlan } from "./plan";

/** What a fill did, in the words the task pane's message and `perf-score fill` both use. */
export interface FillWords {
  intent: "success" | "warning";
  title: string;
  text: string;
}

/**
 * Says what a fill wrote, and only that: the cells it changed (and the hand-entered scores among them), that their old
 * values went to 评分记录 only when there were any, and that 评分结果 was rewritten. `undo` is how to take it back where
 * the user is (“撤销上次评分” in the pane, perf-score undo at the command line).
 */
export function fillWords(check: Pick<CheckResult, "result" | "findings">, plan: FillPlan, undo: string): FillWords {
  const n = plan.writes.length;
  const hand = plan.overwrites.length > 0 ? `（其中改写手工填写的得分 ${plan.overwrites.length} 个）` : "";
  const result = `“${SHEETS.result}”表已更新。`;
  const cells =
    n === 0
      ? `工作簿中的得分已是本次结果，无需改动单元格；${result}`
      : `改动 ${n} 个单元格${hand}，原值记入“${SHEETS.record}”表，${undo}；${result}`;
  if (check.result.total === null) {
    const partly = n > 0 ? "已写入能评分的指标的得分，其余得分已清空；" : "";
    return { intent: "warning", title: "未能得出总分", text: `${partly}${cells}` };
  }
  const errors = check.findings.some((f) => f.severity === "error");
  return errors
    ? { intent: "warning", title: "已评分，但有错误要更正", text: cells }
    : { intent: "success", title: "已评分", text: cells };
}
