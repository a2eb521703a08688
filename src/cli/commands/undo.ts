import { isMonitorBatch, planUndo } from "../../workbook";
import { WorkbookEditor, WorkbookLoadError, writeUndo } from "../../xlsx";
import type { Parsed } from "../args";
import { lockWorkbook } from "../files";
import { CliError, type Io } from "../io";
import { complain, issueLine, say } from "../report";
import { openWorkbook, outputOf, refuseNotPerf, requireSameKind, saveEdited } from "../workbook";

/** perf-score undo IN.xlsx -o OUT.xlsx [--in-place]: gives back what the last fill replaced, from 评分记录. */
export async function undoCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length !== 1) throw new CliError("undo 需要且只需要一个工作簿", 2);
  const [input] = args.positional;
  const inPlace = args.flags.has("in-place");
  const { target: output, replace } = outputOf(
    "undo",
    input,
    args.options.get("output"),
    inPlace,
    args.flags.has("force"),
  );
  const release = inPlace ? lockWorkbook(input, (t) => complain(io, t.trimEnd())) : undefined;
  try {
    const { pkg, snapshot } = await openWorkbook(input);
    let plan;
    try {
      refuseNotPerf(snapshot);
      requireSameKind(pkg, output);
      plan = planUndo(snapshot);
      if (plan.batch === undefined) throw new CliError(`${input} 的“评分记录”表中没有可撤销的评分`);
      const editor = new WorkbookEditor(pkg);
      writeUndo(editor, plan);
      saveEdited(editor, output, replace);
    } catch (e) {
      if (e instanceof WorkbookLoadError) throw new CliError(e.message);
      throw e;
    } finally {
      pkg.close();
    }
    const what = isMonitorBatch(plan.batch) ? "运行监控" : "评分";
    say(io, `已撤销批次 ${plan.batch} 的${what}，还原 ${plan.restored} 处改动，写入 ${output}。`);
    for (const f of plan.skipped) say(io, issueLine({ ...f, input: f.subject ?? "" }), "  ");
    return 0;
  } finally {
    release?.();
  }
}
