import { fmt, type Issue, type ScoreResult } from "../scoring";
import { SEVERITY_WORDS, sortFindings, type Finding } from "../workbook";
import type { Io } from "./io";
import { displayWidth, hang, layoutWidth, padEnd, padStart, wrap } from "./width";

/**
 * Prints a paragraph on standard output, wrapped by display width to the terminal (80 columns when output is not
 * a terminal), continuation lines indented under the text after `first`.
 */
export function say(io: Io, text: string, first = ""): void {
  io.stdout(`${hang(text, layoutWidth(io.columns), first).join("\n")}\n`);
}

/**
 * Writes to standard error. On a terminal each line is wrapped by display width to its width, continuation lines
 * indented under the text after `first` (a file name or a formula stays whole); written to a file or a pipe, each
 * message stays one line, a log to search.
 */
export function complain(io: Io, text: string, first = ""): void {
  const width = io.stderrColumns;
  const lines = text.split("\n").map((line, k) => (k === 0 ? `${first}${line}` : line));
  const shown = width ? lines.flatMap((line) => hang(line, Math.max(20, width), "", "  ")) : lines;
  io.stderr(`${shown.join("\n")}\n`);
}

export function issueLine(issue: Issue & { cell?: string }): string {
  const where = issue.cell ? `${issue.cell} ` : "";
  return `[${SEVERITY_WORDS[issue.severity]}] ${where}${issue.message}`;
}

/** Workbook findings as issues of the exchange format, each with the cell it concerns. */
export function findingIssues(findings: readonly Finding[]): (Issue & { cell?: string })[] {
  return sortFindings(findings).map((f) => ({
    severity: f.severity,
    input: f.subject ?? "",
    message: f.message,
    ...(f.cell ? { cell: f.cell } : {}),
  }));
}

/** 总分 and 等级, or why there is none. */
export function headline(result: ScoreResult): string {
  return result.total === null
    ? "总分：未能评分（有错误，见问题清单）"
    : `总分：${fmt(result.total)} 分\u3000等级：${result.grade}`;
}

/** Narrower than this, 扣分原因 go on lines of their own under each row instead of in a column (so at 80 columns). */
const MIN_REASON_COLUMN = 40;
/** A name column is never cut narrower than this (four Chinese characters). */
const MIN_NAME_COLUMN = 8;

/**
 * The score as a Chinese table in `columns` display columns (the terminal's width, or 80): every row with 分值 and
 * 得分, 三级 rows with their 扣分原因 wrapped by display width, 二级 and 一级 rows as subtotals, then the total, the grade
 * and the issues. No line is wider than `columns`; below about 90 columns the reasons go under their row.
 */
export function renderTable(
  result: ScoreResult,
  columns = 80,
  issues: readonly (Issue & { cell?: string })[] = result.issues,
  frameworkName = result.framework,
): string {
  const width = Math.max(20, columns);
  const rows = result.indicators.map((r) => ({
    code: r.code,
    name: r.name,
    indent: "  ".repeat(r.level - 1),
    points: fmt(r.points),
    score: r.score === null ? "—" : fmt(r.score),
    reasons: r.score === null || (r.lost && r.lost.greaterThan(0)) ? r.reasons : [],
  }));
  const head = { code: "代码", name: "指标", points: "分值", score: "得分", reasons: "扣分原因" };
  const widest = (texts: string[]) => Math.max(...texts.map(displayWidth));
  const wCode = widest([head.code, ...rows.map((r) => r.code)]);
  const wPoints = widest([head.points, ...rows.map((r) => r.points)]);
  const wScore = widest([head.score, ...rows.map((r) => r.score)]);
  const fullName = widest([head.name, ...rows.map((r) => r.indent + r.name)]);
  const fixed = wCode + wPoints + wScore + 6; // three gaps of two columns around the name
  const inColumn = width - fixed - fullName - 2 >= MIN_REASON_COLUMN;
  const wName = inColumn ? fullName : Math.max(MIN_NAME_COLUMN, Math.min(fullName, width - fixed));
  const wReason = inColumn ? width - fixed - wName - 2 : width - wCode - 2;
  const reasonIndent = inColumn ? fixed + wName + 2 : wCode + 2;

  const lines: string[] = [];
  const title = [result.department, result.year ? `${result.year} 年度` : "", "部门整体绩效评价评分"]
    .filter(Boolean)
    .join(" ");
  // An example framework says so, unless its name already does (example-2025's: “…（示例，非正式发布）”).
  const example = result.frameworkExample && !/示例/.test(frameworkName) ? "（示例框架，非正式发布）" : "";
  lines.push(...wrap(title, width), ...wrap(`指标框架：${frameworkName}${example}`, width), "");
  const cells = (code: string, name: string, points: string, score: string) =>
    `${padEnd(code, wCode)}  ${padEnd(name, wName)}  ${padStart(points, wPoints)}  ${padStart(score, wScore)}`;
  const rule = "-".repeat(Math.min(width, inColumn ? reasonIndent + 24 : fixed + wName));
  lines.push(`${cells(head.code, head.name, head.points, head.score)}${inColumn ? `  ${head.reasons}` : ""}`);
  lines.push(rule);
  for (const r of rows) {
    // A name wider than its column continues on the next lines, under itself.
    const names = hang(r.name, wName, r.indent);
    const reasons = r.reasons.flatMap((reason) => hang(reason, wReason, "· "));
    const first = cells(r.code, names[0], r.points, r.score);
    if (inColumn) {
      lines.push(`${first}  ${reasons[0] ?? ""}`.trimEnd());
      const more = Math.max(names.length, reasons.length);
      for (let k = 1; k < more; k++) {
        const name = names[k] ?? "";
        const reason = reasons[k] ?? "";
        lines.push(`${cells("", name, "", "")}  ${reason}`.trimEnd());
      }
    } else {
      lines.push(first.trimEnd());
      for (const name of names.slice(1)) lines.push(cells("", name, "", "").trimEnd());
      for (const reason of reasons) lines.push(`${" ".repeat(reasonIndent)}${reason}`);
    }
  }
  lines.push(rule);
  lines.push(...wrap(headline(result), width));
  return `${lines.join("\n")}\n${issueList(issues, width)}`;
}

/**
 * The issues under one heading, 问题清单（n 条）, as the total's line refers to them (见问题清单): errors first, each
 * wrapped by display width under its own start. Nothing when there are none.
 */
export function issueList(issues: readonly (Issue & { cell?: string })[], columns?: number): string {
  if (issues.length === 0) return "";
  const width = Math.max(20, layoutWidth(columns));
  const lines = ["", `问题清单（${issues.length} 条）：`];
  for (const issue of sortFindings(issues)) lines.push(...hang(issueLine(issue), width, "  "));
  return `${lines.join("\n")}\n`;
}
