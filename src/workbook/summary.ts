import { Dec, twoPlaces, type ExchangeOutput, type Framework } from "../scoring";
import type { Grid } from "./plan";

/**
 * One workbook of a batch: its score in the exchange format (plain data, so it can come from a worker thread), or
 * the reason it could not be scored, with its department when the file could be read (blank when it has none).
 */
export type BatchEntry =
  | { file: string; result: ExchangeOutput; errors: number; warnings: number; framework?: { id: string; hash: string } }
  | { file: string; failure: string; department?: string };
type Scored = Extract<BatchEntry, { result: ExchangeOutput }>;

/** What the summary says for a workbook whose 部门名称 is blank. */
export const UNNAMED_DEPARTMENT = "（未填部门名称）";

export interface Summary {
  /** 汇总: one row per scored department, ranked. */
  ranking: Grid;
  /** 共性扣分: per 三级 indicator, how many departments lost points and how much. */
  common: Grid;
  /** 未能评分: files that could not be scored, their department where the file could be read, and why. */
  failed: Grid;
}

function ranking(framework: Framework, scored: readonly Scored[]): Grid {
  const sorted = [...scored].sort(
    (a, b) => (b.result.total as number) - (a.result.total as number) || a.file.localeCompare(b.file),
  );
  const grid: Grid = [
    [
      "排名",
      "部门",
      "年度",
      ...framework.tree.map((l1) => `${l1.name}（${l1.points}分）`),
      "总分",
      "等级",
      "错误数",
      "提示数",
      "备注",
      "文件",
    ],
  ];
  const firstOf = new Map<string, string>();
  sorted.forEach((e, k) => {
    // Equal totals share a rank (1, 2, 2, 4): the rank is one more than the number of higher totals.
    const rank = k > 0 && sorted[k - 1].result.total === e.result.total ? (grid[k][0] as number) : k + 1;
    const level1 = e.result.indicators.filter((r) => r.level === 1).map((r) => r.score);
    const who = `${e.result.department}\u0000${e.result.year}`;
    const notes = [
      e.errors > 0 ? "指标体系表与框架不符，见该工作簿的检查结果" : "",
      e.result.department && firstOf.has(who) ? `与 ${firstOf.get(who)} 为同一部门、同一年度` : "",
    ].filter(Boolean);
    if (!firstOf.has(who)) firstOf.set(who, e.file);
    grid.push([
      rank,
      e.result.department || UNNAMED_DEPARTMENT,
      e.result.year,
      ...level1,
      e.result.total,
      e.result.grade,
      e.errors,
      e.warnings,
      notes.join("；") || null,
      e.file,
    ]);
  });
  return grid;
}

function commonLosses(framework: Framework, scored: readonly Scored[]): Grid {
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
  const common = new Set(codes.filter((c) => !c.own).map((c) => c.code));
  // Each department's points lost by code, once: its own 效果性 indicators summed under their block's code.
  const lostBy = scored.map((e) => {
    const lost = new Map<string, Dec>();
    for (const r of e.result.indicators) {
      if (r.level !== 3) continue;
      const key = common.has(r.code) ? r.code : `${r.code.split(".").slice(0, 2).join(".")}.x`;
      lost.set(key, (lost.get(key) ?? new Dec(0)).plus(r.lost ?? 0));
    }
    return lost;
  });
  const n = scored.length;
  const rows = codes.map((c) => {
    const losing = lostBy.map((lost) => lost.get(c.code) ?? new Dec(0)).filter((l) => l.greaterThan(0));
    const sum = losing.reduce((a, l) => a.plus(l), new Dec(0));
    const max = losing.reduce((a, l) => Dec.max(a, l), new Dec(0));
    const mean = n ? sum.div(n) : new Dec(0);
    const share = n ? Number(new Dec(losing.length).div(n).toFixed(4)) : 0;
    const values = [
      c.code,
      c.name,
      twoPlaces(c.points),
      losing.length,
      share,
      twoPlaces(mean),
      losing.length ? twoPlaces(sum.div(losing.length)) : 0,
      twoPlaces(max),
    ];
    return { code: c.code, count: losing.length, mean, values };
  });
  rows.sort(
    (a, b) => b.count - a.count || b.mean.comparedTo(a.mean) || a.code.localeCompare(b.code, "en", { numeric: true }),
  );
  return [
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
    ...rows.map((r) => r.values),
  ];
}

/** Ranks scored departments by total and sums up, per 三级 indicator, where points were lost in common. */
export function summarize(framework: Framework, entries: readonly BatchEntry[]): Summary {
  const scored = entries.filter((e): e is Scored => "result" in e);
  const failed: Grid = [
    ["文件", "部门", "原因"],
    ...entries
      .filter((e): e is Extract<BatchEntry, { failure: string }> => "failure" in e)
      .map((e) => [e.file, e.department === undefined ? null : e.department || UNNAMED_DEPARTMENT, e.failure]),
  ];
  return { ranking: ranking(framework, scored), common: commonLosses(framework, scored), failed };
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
