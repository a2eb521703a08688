import { exportCase } from "../../workbook";
import type { Parsed } from "../args";
import { CliError, type Io } from "../io";
import { findingIssues, issueLine } from "../report";
import { frameworkOption } from "../framework/resolve";
import { checkFile } from "../workbook";

/** perf-score export IN.xlsx [--json]: the workbook's case as spec §5's JSON; findings go to standard error. */
export async function exportCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length !== 1) throw new CliError("export 需要且只需要一个工作簿", 2);
  const { check } = await checkFile(args.positional[0], await frameworkOption(args.options));
  io.stdout(`${JSON.stringify(exportCase(check.framework, check.case), null, 2)}\n`);
  const tableMissing = check.findings.some((f) => f.kind === "table-missing");
  for (const issue of findingIssues(check.findings.filter((f) => f.kind === "table-missing")))
    io.stderr(`${issueLine(issue)}\n`);
  return tableMissing ? 1 : 0;
}
