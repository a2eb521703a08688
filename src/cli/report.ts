import { fmt, type Issue, type ScoreResult } from "../scoring";
import { SEVERITY_WORDS, sortFindings, type Finding } from "../workbook";
import { displayWidth, padEnd, padStart, wrap } from "./width";

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

/**
 * The score as a Chinese table: every row with 分值 and 得分, 三级 rows with their 扣分原因 (wrapped to the terminal),
 * 二级 and 一级 rows as subtotals, then the total, the grade and the issues.
 */
export function renderTable(
  result: ScoreResult,
  columns = 120,
  issues: readonly (Issue & { cell?: string })[] = result.issues,
): string {
  const rows = result.indicators.map((r) => ({
    code: r.code,
    name: `${"  ".repeat(r.level - 1)}${r.name}`,
    points: fmt(r.points),
    score: r.score === null ? "—" : fmt(r.score),
    reasons: r.score === null || (r.lost && r.lost.greaterThan(0)) ? r.reasons : [],
    level: r.level,
  }));
  const head = { code: "代码", name: "指标", points: "分值", score: "得分", reasons: ["扣分原因"] };
  const wCode = Math.max(displayWidth(head.code), ...rows.map((r) => displayWidth(r.code)));
  const wName = Math.max(displayWidth(head.name), ...rows.map((r) => displayWidth(r.name)));
  const wPoints = Math.max(displayWidth(head.points), ...rows.map((r) => displayWidth(r.points)));
  const wScore = Math.max(displayWidth(head.score), ...rows.map((r) => displayWidth(r.score)));
  const indent = wCode + wName + wPoints + wScore + 8;
  const wReason = Math.max(30, columns - indent);
  const lines: string[] = [];
  const title = [result.department, result.year ? `${result.year} 年度` : "", "部门整体绩效评价评分"]
    .filter(Boolean)
    .join(" ");
  lines.push(`${title}（指标框架 ${result.framework}）`, "");
  const line = (code: string, name: string, points: string, score: string, reason: string) =>
    `${padEnd(code, wCode)}  ${padEnd(name, wName)}  ${padStart(points, wPoints)}  ${padStart(score, wScore)}  ${reason}`.trimEnd();
  lines.push(line(head.code, head.name, head.points, head.score, head.reasons[0]));
  lines.push("-".repeat(Math.min(columns, indent + 8)));
  for (const r of rows) {
    const wrapped = r.reasons.flatMap((reason) => wrap(reason, wReason).map((l, i) => (i === 0 ? `· ${l}` : `  ${l}`)));
    lines.push(line(r.code, r.name, r.points, r.score, wrapped[0] ?? ""));
    for (const more of wrapped.slice(1)) lines.push(`${" ".repeat(indent)}${more}`);
  }
  lines.push("-".repeat(Math.min(columns, indent + 8)));
  lines.push(headline(result));
  if (issues.length > 0) {
    lines.push("", `问题清单（${issues.length} 条）：`);
    for (const issue of issues) lines.push(`  ${issueLine(issue)}`);
  }
  return `${lines.join("\n")}\n`;
}
