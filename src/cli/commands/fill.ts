import { fillWords, planFill, UNNAMED_DEPARTMENT } from "../../workbook";
import { WorkbookEditor, WorkbookLoadError, writeFill } from "../../xlsx";
import type { Parsed } from "../args";
import { lockWorkbook } from "../files";
import { CliError, type Io } from "../io";
import { complain, findingIssues, headline, issueList, say } from "../report";
import { frameworkOption } from "../framework/resolve";
import { checkFile, nowText, outputOf, refuseUnscorable, requireSameKind, saveEdited } from "../workbook";

/**
 * perf-score fill IN.xlsx -o OUT.xlsx [--in-place]: check the workbook, then write 得分, 扣分原因, 总计, the 评分结果
 * sheet and the 评分记录 of replaced values. No other cell, and no other part of the file, changes.
 */
export async function fillCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length !== 1) throw new CliError("fill 需要且只需要一个工作簿", 2);
  const [input] = args.positional;
  const inPlace = args.flags.has("in-place");
  const { target: output, replace } = outputOf(
    "fill",
    input,
    args.options.get("output"),
    inPlace,
    args.flags.has("force"),
  );
  const release = inPlace ? lockWorkbook(input, (t) => complain(io, t.trimEnd())) : undefined;
  try {
    const { pkg, snapshot, check } = await checkFile(input, await frameworkOption(args.options));
    let plan;
    try {
      // A blank, unrelated or unfilled workbook gets nothing written, in the pane's words (src/workbook/state.ts).
      refuseUnscorable(check);
      requireSameKind(pkg, output);
      plan = planFill(check, nowText());
      const editor = new WorkbookEditor(pkg);
      writeFill(editor, snapshot, plan);
      saveEdited(editor, output, replace);
    } catch (e) {
      if (e instanceof WorkbookLoadError) throw new CliError(e.message);
      throw e;
    } finally {
      pkg.close();
    }

    const { result } = check;
    const words = fillWords(check, plan, "可用 perf-score undo 还原");
    say(io, `${result.department || UNNAMED_DEPARTMENT} ${result.year ?? ""}`);
    say(io, headline(result));
    say(io, `已写入 ${output}。`);
    say(io, words.text);
    for (const o of plan.overwrites) {
      const what = o.code === o.name ? o.name : `${o.code} ${o.name}`;
      const now = o.value === null ? "清空（无法评分）" : o.value;
      say(io, `改写手工得分：${o.cell} ${what}：${o.oldFormula ?? String(o.old)} → ${now}`);
    }
    io.stdout(issueList(findingIssues(check.findings), io.columns));
    return result.total === null || check.findings.some((f) => f.severity === "error") ? 1 : 0;
  } finally {
    release?.();
  }
}
