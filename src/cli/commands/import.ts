import { scoreCase } from "../../scoring";
import { buildTemplate } from "../../xlsx";
import type { Parsed } from "../args";
import { CliError, type Io } from "../io";
import { bundledIds } from "../framework/bundled";
import { caseFramework } from "../framework/given";
import { frameworkOption } from "../framework/resolve";
import { loadJsonCase } from "../load";
import { complain, issueLine, say } from "../report";
import { refuseExisting, writeAtomically, writeBytes } from "../files";
import { requireXlsxName } from "../workbook";

/** perf-score import CASE.json -o OUT.xlsx [--force]: the template, filled from the exchange JSON, ready for fill. */
export async function importCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length !== 1) throw new CliError("import 需要且只需要一个 JSON 文件（或 - 表示标准输入）", 2);
  const output = args.options.get("output");
  if (!output) throw new CliError("import 需要用 -o 指定输出的工作簿", 2);
  requireXlsxName(output, "输出文件");
  const force = args.flags.has("force");
  refuseExisting(output, force);
  const given = await frameworkOption(args.options);
  const loaded = await loadJsonCase(args.positional[0], io, given ? null : bundledIds());
  if (!loaded.case) {
    for (const issue of loaded.issues) complain(io, issueLine(issue));
    return 1;
  }
  const { framework, issues: named } = await caseFramework(loaded.case, given);
  if (!framework) {
    for (const issue of [...named, ...loaded.issues]) io.stderr(`${issueLine(issue)}\n`);
    return 1;
  }
  // The workbook is written even when values are missing or wrong (they are filled in Excel), but nothing is
  // dropped unsaid: every issue the scoring would raise is listed, and any error makes the exit status 1.
  const issues = [...named, ...loaded.issues, ...scoreCase(framework, loaded.case).issues];
  for (const issue of issues) complain(io, issueLine(issue));
  // A new workbook, built from the template: nothing of the user's is in it to keep.
  const data = Buffer.from((await (await buildTemplate(framework, loaded.case)).xlsx.writeBuffer()) as ArrayBuffer);
  writeAtomically(output, (fd) => writeBytes(fd, data), force);
  say(io, `已按模板生成 ${output}，可用 perf-score fill 评分。`);
  return issues.some((i) => i.severity === "error") ? 1 : 0;
}
