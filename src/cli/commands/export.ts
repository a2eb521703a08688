import { exportCase } from "../../workbook";
import type { Parsed } from "../args";
import { refuseExisting, writeAtomically, writeBytes } from "../files";
import { CliError, type Io } from "../io";
import { complain, findingIssues, issueLine, say } from "../report";
import { frameworkOption } from "../framework/resolve";
import { checkFile, refuseUnscorable } from "../workbook";

/**
 * perf-score export IN.xlsx [-o OUT.json [--force]]: the workbook's case as spec §5's JSON, on standard output or into
 * a file; findings that keep it from being complete go to standard error.
 */
export async function exportCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length !== 1) throw new CliError("export 需要且只需要一个工作簿", 2);
  const output = args.options.get("output");
  const force = args.flags.has("force");
  if (output === undefined && force) throw new CliError("--force 只在用 -o 写入文件时有意义", 2);
  if (output !== undefined) refuseExisting(output, force);
  const { pkg, check } = await checkFile(args.positional[0], await frameworkOption(args.options));
  pkg.close();
  // Not PERF's, or not filled: no file, and not an empty case that looks like one.
  refuseUnscorable(check);
  const json = `${JSON.stringify(exportCase(check.framework, check.case), null, 2)}\n`;
  if (output === undefined) io.stdout(json);
  else {
    writeAtomically(output, (fd) => writeBytes(fd, json), force);
    say(io, `已导出到 ${output}。`);
  }
  const tableMissing = check.findings.some((f) => f.kind === "table-missing");
  for (const issue of findingIssues(check.findings.filter((f) => f.kind === "table-missing")))
    complain(io, issueLine(issue));
  return tableMissing ? 1 : 0;
}
