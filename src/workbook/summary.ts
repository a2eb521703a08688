import { Dec, type Framework, type ScoreResult } from "../scoring";
import type { Grid } from "./plan";

/** One workbook of a batch: scored, or the reason it could not be. */
export type BatchEntry = { file: string; result: ScoreResult; warnings: number } | { file: string; failure: string };

export interface Summary {
  /** 汇总: one row per scored department, ranked. */
  ranking: Grid;
  /** 共性扣分: per 三级 indicator, how many departments lost points and how much. */
  common: Grid;
  /** 未能评分: files that could not be scored and why. */
  failed: Grid;
}

const num = (d: Dec) => Number(d.toFixed(2));

/** Ranks scored departments by total (equal totals share a rank: 1, 2, 2, 4) and sums up where points were lost. */
export function summarize(framework: Framework, entries: readonly BatchEntry[]): Summary {
  const scored = entries.filter((e): e is Extract<BatchEntry, { result: ScoreResult }> => "result" in e);
  const sorted = [...scored].sort(
    (a, b) => (b.result.total as Dec).comparedTo(a.result.total as Dec) || a.file.localeCompare(b.file),
  );
  const ranking: Grid = [
    [
      "排名",
      "部门",
      "年度",
      ...framework.tree.map((l1) => `${l1.name}（${l1.points}分）`),
      "总分",
      "等级",
      "提示数",
      "文件",
    ],
  ];
  for (const e of sorted) {
    const total = e.result.total as Dec;
    const rank = 1 + sorted.filter((o) => (o.result.total as Dec).greaterThan(total)).length;
    const level1 = e.result.indicators.filter((r) => r.level === 1).map((r) => num(r.score as Dec));
    ranking.push([
      rank,
      e.result.department || "（未填部门名称）",
      e.result.year,
      ...level1,
      num(total),
      e.result.grade,
      e.warnings,
      e.file,
    ]);
  }

  const common: Grid = [
    [
      "代码",
      "三级指标",
      "分值",
      "扣分部门数",
      "扣分部门占比",
      "平均扣分（全部部门）",
      "平均扣分（扣分部门）",
      "最多扣分",
    ],
  ];
  const codes: { code: string; name: string; points: Dec; own?: true }[] = [];
  for (const l1 of framework.tree) {
    for (const l2 of l1.children) {
      // Each department's own 效果性 indicators mean different things, so they are compared as one block.
      if (l2.personal) {
        const fixed = l2.indicators.reduce((a, i) => a.plus(i.points), new Dec(0));
        codes.push({
          code: `${l2.code}.x`,
          name: `${l2.name}个性指标（合计）`,
          points: new Dec(l2.points).minus(fixed),
          own: true,
        });
      }
      for (const i of l2.indicators) codes.push({ code: i.code, name: i.name, points: new Dec(i.points) });
    }
  }
  const rows = codes.map((c) => {
    const losses = scored.map((e) => {
      const rows3 = e.result.indicators.filter(
        (r) =>
          r.level === 3 &&
          (c.own ? r.code.startsWith(c.code.slice(0, -1)) && !codes.some((x) => x.code === r.code) : r.code === c.code),
      );
      return rows3.reduce((a, r) => a.plus(r.lost ?? 0), new Dec(0));
    });
    const losing = losses.filter((l) => l.greaterThan(0));
    const sum = losing.reduce((a, l) => a.plus(l), new Dec(0));
    const max = losing.reduce((a, l) => Dec.max(a, l), new Dec(0));
    return {
      c,
      count: losing.length,
      values: [
        c.code,
        c.name,
        num(c.points),
        losing.length,
        scored.length ? Number(new Dec(losing.length).div(scored.length).toFixed(4)) : 0,
        scored.length ? num(sum.div(scored.length)) : 0,
        losing.length ? num(sum.div(losing.length)) : 0,
        num(max),
      ],
      mean: scored.length ? sum.div(scored.length) : new Dec(0),
    };
  });
  rows.sort(
    (a, b) =>
      b.count - a.count || b.mean.comparedTo(a.mean) || a.c.code.localeCompare(b.c.code, "en", { numeric: true }),
  );
  for (const r of rows) common.push(r.values);

  const failed: Grid = [["文件", "原因"]];
  for (const e of entries) if ("failure" in e) failed.push([e.file, e.failure]);
  return { ranking, common, failed };
}

/** A CSV cell: text that Excel would run as a formula (= + - @, tab, return) is made inert with a leading '. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(grid: Grid): string {
  return `\uFEFF${grid.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
