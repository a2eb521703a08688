import { scoreCase, toExchange, type Issue, type ScoreResult } from "../../scoring";
import type { Parsed } from "../args";
import { bundledIds } from "../framework/bundled";
import { caseFramework } from "../framework/given";
import { frameworkOption } from "../framework/resolve";
import { CliError, type Io } from "../io";
import { loadJsonCase } from "../load";
import { sortFindings } from "../../workbook";
import { complain, findingIssues, issueLine, renderTable } from "../report";
import { checkFile, headOf, refuseUnscorable } from "../workbook";

/** A spreadsheet file, by name or by its first bytes (a zip for xlsx, an OLE file for the old .xls): not JSON. */
function isWorkbook(path: string): boolean {
  if (path === "-") return false;
  if (/\.(xlsx|xlsm|xls|et)$/i.test(path)) return true;
  const head = headOf(path);
  return head.subarray(0, 2).toString("latin1") === "PK" || head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
}

/** Nothing scored: the issues that say why, as JSON or on standard error; exit 1. */
function refused(issues: Issue[], args: Parsed, io: Io): number {
  if (args.flags.has("json"))
    io.stdout(`${JSON.stringify({ total: null, grade: null, indicators: [], issues }, null, 2)}\n`);
  else for (const issue of sortFindings(issues)) complain(io, issueLine(issue));
  return 1;
}

/** `hash`: which version of the framework scored; `name`: its Chinese name, for the table's header. */
function print(
  result: ScoreResult,
  hash: string,
  issues: (Issue & { cell?: string })[],
  args: Parsed,
  io: Io,
  name: string,
): number {
  // framework_hash beside framework: which version of it scored (a bureau's file may share an id with PERF's own).
  const { framework, ...rest } = toExchange(result);
  if (args.flags.has("json"))
    io.stdout(`${JSON.stringify({ framework, framework_hash: hash, ...rest, issues }, null, 2)}\n`);
  else io.stdout(renderTable(result, io.columns, issues, name));
  // 1 when an error stopped scoring, or when the workbook has any error (its 指标体系 table no longer the framework's).
  return result.total === null || issues.some((i) => i.severity === "error") ? 1 : 0;
}

/**
 * perf-score score FILE.json|FILE.xlsx|- [--json] [--framework ID|FILE]: exit 0 when scored, 1 when an error stopped
 * scoring. A workbook is scored with the framework it carries, a JSON case with the one it names; --framework
 * overrides either.
 */
export async function scoreCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length !== 1) throw new CliError("score 需要且只需要一个文件（或 - 表示标准输入）", 2);
  const [path] = args.positional;
  const given = await frameworkOption(args.options);
  if (isWorkbook(path)) {
    const { pkg, check } = await checkFile(path, given);
    pkg.close();
    refuseUnscorable(check);
    return print(check.result, check.framework.hash, findingIssues(check.findings), args, io, check.framework.name);
  }
  const loaded = await loadJsonCase(path, io, given ? null : bundledIds());
  if (!loaded.case) return refused(loaded.issues, args, io);
  const { framework, issues: named } = await caseFramework(loaded.case, given);
  if (!framework) return refused([...named, ...loaded.issues], args, io);
  const result = scoreCase(framework, loaded.case);
  return print(result, framework.hash, [...named, ...loaded.issues, ...result.issues], args, io, framework.name);
}
