import { getFramework, scoreCase, toExchange } from "../../scoring";
import type { Parsed } from "../args";
import { CliError, type Io } from "../io";
import { loadJsonCase } from "../load";
import { issueLine, renderTable } from "../report";

/** perf-score score FILE.json|- [--json]: exit 0 when scored, 1 when an error stopped scoring. */
export async function scoreCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length !== 1) throw new CliError("score 需要且只需要一个文件（或 - 表示标准输入）", 2);
  const [path] = args.positional;
  const loaded = await loadJsonCase(path, io);
  if (!loaded.case) {
    if (args.flags.has("json"))
      io.stdout(`${JSON.stringify({ total: null, grade: null, indicators: [], issues: loaded.issues }, null, 2)}\n`);
    else for (const issue of loaded.issues) io.stderr(`${issueLine(issue)}\n`);
    return 1;
  }
  const framework = getFramework(loaded.case.framework);
  if (!framework) throw new CliError(`未知的指标框架：${loaded.case.framework}`);
  const result = scoreCase(framework, loaded.case);
  result.issues.unshift(...loaded.issues);
  if (args.flags.has("json")) io.stdout(`${JSON.stringify(toExchange(result), null, 2)}\n`);
  else io.stdout(renderTable(result, io.columns));
  return result.total === null ? 1 : 0;
}
