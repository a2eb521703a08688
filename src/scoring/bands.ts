import { constant, Dec, fmt, pct } from "./decimal";

/**
 * One interval of a banded rule. Bounds are decimal strings (rates as fractions) with explicit ends, so
 * 《民法典》第一千二百五十九条 (以上/以下/以内 include the bound; 超过/不满/低于 exclude it) is written down, not implied.
 * A null bound is unbounded on that side.
 */
export interface Band {
  min: string | null;
  minInclusive: boolean;
  max: string | null;
  maxInclusive: boolean;
  /** How the clause names the band, when the generated wording would not read as the clause does. */
  phrase?: string;
}

export interface ScoreBand extends Band {
  points: string;
}

export interface LevelBand<L extends string = string> extends Band {
  level: L;
}

export function inBand(band: Band, value: Dec): boolean {
  if (band.min !== null) {
    const c = value.comparedTo(constant(band.min));
    if (c < 0 || (c === 0 && !band.minInclusive)) return false;
  }
  if (band.max !== null) {
    const c = value.comparedTo(constant(band.max));
    if (c > 0 || (c === 0 && !band.maxInclusive)) return false;
  }
  return true;
}

export function findBand<B extends Band>(bands: readonly B[], value: Dec): B | undefined {
  return bands.find((band) => inBand(band, value));
}

/** The band in the clause's words: "35%（含）至 45%", "低于 15%", "45%（含）以上", "超过 25%". */
export function describeBand(band: Band, percent = true): string {
  if (band.phrase) return band.phrase;
  const show = (s: string) => (percent ? pct(new Dec(s)) : fmt(new Dec(s)));
  const { min, max } = band;
  if (min !== null && max !== null && min === max) return `等于 ${show(min)}`;
  if (min !== null && max !== null) {
    return `${show(min)}${band.minInclusive ? "（含）" : ""}至 ${show(max)}${band.maxInclusive ? "（含）" : ""}`;
  }
  if (min !== null) return band.minInclusive ? `${show(min)}（含）以上` : `超过 ${show(min)}`;
  if (max !== null) return band.maxInclusive ? `${show(max)}（含）以下` : `低于 ${show(max)}`;
  return "任意值";
}

/**
 * Checks that the bands, in ascending order, cover [domainMin, +∞) with no gap and no overlap (as Catala's checker
 * does for conditions). Returns the problems in Chinese; an empty list means the bands are sound.
 */
export function checkBands(bands: readonly Band[], domainMin: string | null = "0"): string[] {
  const problems: string[] = [];
  if (bands.length === 0) return ["没有任何分档"];
  // The point just past the previous band: its value, and whether that value itself still needs a band.
  let cursor: string | null = domainMin;
  let cursorOpen = true; // true: the cursor value itself must be covered by the next band
  bands.forEach((band, i) => {
    const name = `第 ${i + 1} 档（${describeBand(band)}）`;
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
