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
