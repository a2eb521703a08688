import { planUndo } from "../../workbook";
import { applyWrites, replaceResultSheet, snapshotOf } from "../../xlsx";
import type { Parsed } from "../args";
import { CliError, type Io } from "../io";
import { issueLine } from "../report";
import { openWorkbook, requireXlsxName, saveWorkbook, samePath } from "../workbook";

/** perf-score undo IN.xlsx -o OUT.xlsx [--in-place]: gives back what the last fill replaced, from 评分记录. */
export async function undoCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length !== 1) throw new CliError("undo 需要且只需要一个工作簿", 2);
  if (args.options.has("framework"))
    throw new CliError("undo 只按“评分记录”还原上次评分改动的单元格，不评分，不用 --framework", 2);
  const [input] = args.positional;
  const inPlace = args.flags.has("in-place");
  const output = args.options.get("output") ?? (inPlace ? input : undefined);
  if (!output) throw new CliError("undo 需要用 -o 指定输出文件，或用 --in-place 写回原文件", 2);
  requireXlsxName(output, "输出文件");
  if (samePath(input, output) && !inPlace)
    throw new CliError(`输出文件与输入文件相同（${input}）；如确要写回原文件，请加 --in-place`, 2);
  const workbook = await openWorkbook(input);
  const plan = planUndo(snapshotOf(workbook));
  if (plan.batch === undefined) throw new CliError(`${input} 的“评分记录”表中没有可撤销的评分`);
  applyWrites(workbook, plan.writes);
  replaceResultSheet(workbook, plan.result);
  await saveWorkbook(workbook, output);
  io.stdout(`已撤销批次 ${plan.batch} 的评分，还原 ${plan.restored} 处改动，写入 ${output}。\n`);
  for (const f of plan.skipped) io.stdout(`  ${issueLine({ ...f, input: f.subject ?? "" })}\n`);
  return 0;
}
