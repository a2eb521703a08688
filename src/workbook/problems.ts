import { fmt, type IndicatorScore, type Framework, commonIndicators, type ScoreResult } from "../scoring";
import type { Grid } from "./plan";

/** The sheet 插入为工作表 writes the draft to. */
export const PROBLEMS_SHEET = "存在问题";

/**
 * A draft of the report's 存在问题 (section 三(二)1 of the seed): one numbered paragraph per 三级 indicator that lost
 * points, in table order, saying what the loss is and the figures behind it.
 */
export function problemsDraft(framework: Framework, result: ScoreResult): string[] {
  const wording = new Map(commonIndicators(framework).map((i) => [i.code, i.problem]));
  const losing = result.indicators.filter((r): r is IndicatorScore & { lost: NonNullable<IndicatorScore["lost"]> } =>
    Boolean(r.level === 3 && r.lost && r.lost.greaterThan(0)),
  );
  return losing.map((r, k) => {
    const headline = wording.get(r.code) ?? `${r.name}有待提高`;
    const facts = r.parts
      .filter((p) => p.score.lessThan(p.max))
      .map((p) => p.explain)
      .join("；");
    return `（${k + 1}）${headline}（${r.code} ${r.name}，扣 ${fmt(r.lost)} 分）。${facts ? `${facts}。` : ""}`;
  });
}

/** The draft as a sheet: a title, then one paragraph per row. */
export function problemsGrid(paragraphs: readonly string[]): Grid {
  return [["存在问题"], ...paragraphs.map((p) => [p])];
}
