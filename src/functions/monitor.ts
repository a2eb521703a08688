import { Dec, roundRate, type Checkpoint, type Framework } from "../scoring";
import { amountNeeded, checkpointChoices, checkpointOf, money, progressStatus } from "../scoring/monitor/status";
import { isBlank, numberArg, shown } from "./args";
import { invalid, toNumber } from "./errors";
import { frameworkArg } from "./framework";

/*
 * PERF.PROGRESS_STATUS and PERF.SPEND_NEEDED: 运行监控 in a cell, through the monitoring core's status module and the
 * framework's schedule and statuses: the framework argument as the other functions read it (left out, the workbook's
 * own once the task pane has read it, its checkpoints the ones the department fills; else dapeng-2024).
 */

/** The checkpoint an argument names: its id (q3), name (三季度) or month (9); #VALUE! listing the schedule's. */
function checkpointArg(framework: Framework, raw: unknown): Checkpoint {
  const name = "检查点（checkpoint）";
  if (isBlank(raw)) throw invalid(`缺少${name}`);
  const found = typeof raw === "number" || typeof raw === "string" ? checkpointOf(framework, raw) : undefined;
  if (!found)
    throw invalid(
      `${name}应为指标框架 ${framework.id} 的检查点：${checkpointChoices(framework)}（填代码、名称或月份），收到${typeof raw === "number" ? ` ${shown(raw)}` : shown(raw)}`,
    );
  return found;
}

export function progressStatusOf(actual: unknown, checkpoint: unknown, frameworkId?: unknown): string {
  const progress = roundRate(numberArg(actual, { type: "rate" }, "支出进度（actual）"));
  const framework = frameworkArg(frameworkId);
  const c = checkpointArg(framework, checkpoint);
  return progressStatus(framework, c, progress).status;
}

export function spendNeeded(budget: unknown, spent: unknown, checkpoint: unknown, frameworkId?: unknown): number {
  const b = numberArg(budget, { type: "money" }, "预算数（budget）");
  const s = numberArg(spent, { type: "money" }, "累计支出（spent）");
  if (b.isZero()) throw invalid("预算数（budget）为 0，无法计算应支出的金额");
  if (s.greaterThan(b))
    throw invalid(
      `累计支出（spent）${money(s)} 万元大于预算数（budget）${money(b)} 万元：累计支出不能超过预算数，请核对`,
    );
  const framework = frameworkArg(frameworkId);
  const c = checkpointArg(framework, checkpoint);
  return toNumber(amountNeeded(b, s, new Dec(c.target)).amount);
}
