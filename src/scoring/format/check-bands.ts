import { describeBand, type Band } from "../bands";
import { Dec } from "../decimal";

// Only the framework checks use this: the task pane loads them as a chunk of their own (see check-points.ts).

/**
 * Checks that the bands, in ascending order, cover [domainMin, +∞) with no gap and no overlap (as Catala's checker
 * does for conditions). Returns the problems in Chinese; an empty list means the bands are sound.
 */
export function checkBands(bands: readonly Band[], domainMin: string | null = "0", percent = true): string[] {
  const problems: string[] = [];
  if (bands.length === 0) return ["没有任何分档"];
  // The point just past the previous band: its value, and whether that value itself still needs a band.
  let cursor: string | null = domainMin;
  let cursorOpen = true; // true: the cursor value itself must be covered by the next band
  bands.forEach((band, i) => {
    const name = `第 ${i + 1} 档（${describeBand(band, percent)}）`;
    if (band.min !== null && band.max !== null) {
      const c = new Dec(band.min).comparedTo(band.max);
      if (c > 0 || (c === 0 && !(band.minInclusive && band.maxInclusive))) problems.push(`${name}为空区间`);
    }
    if (i === 0 && cursor === null) {
      if (band.min !== null) problems.push(`${name}的下界应为无下界`);
    } else if (band.min === null || cursor === null || !new Dec(band.min).equals(cursor)) {
      problems.push(`${name}的下界 ${band.min ?? "无"} 与上一档的上界 ${cursor ?? "无"} 不相接`);
    } else if (band.minInclusive !== cursorOpen) {
      problems.push(
        band.minInclusive ? `${name}与上一档在 ${band.min} 处重叠` : `${name}与上一档之间漏掉了 ${band.min}`,
      );
    }
    if (band.max === null && i !== bands.length - 1) problems.push(`${name}已无上界，其后不应再有分档`);
    cursor = band.max;
    cursorOpen = !band.maxInclusive;
  });
  if (bands[bands.length - 1].max !== null)
    problems.push(`最后一档的上界应为无上界，${bands[bands.length - 1].max} 以上的值没有分档`);
  return problems;
}
