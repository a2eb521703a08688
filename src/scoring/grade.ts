import { findBand, type LevelBand } from "./bands";
import type { Dec } from "./decimal";
import type { Framework } from "./framework";
import type { Grade } from "./types";

/** The grade of a total, by the framework's grade bands (dapeng-2024: 优 ≥ 90; 良 80 to under 90; 中 60 to under 80; 差). */
export function gradeOf(framework: Framework, total: Dec): Grade {
  const band = findBand(framework.grades, total);
  if (!band) throw new Error(`internal: total ${total.toString()} has no grade in ${framework.id}`);
  return band.level;
}

/** A grade band in words, each end saying whether it counts: "80 分（含）至 90 分", "90 分（含）以上", "不满 60 分". */
export function describeGradeBand(band: LevelBand<Grade>): string {
  const min = band.min === "0" ? null : band.min; // no total is below 0: the floor goes unsaid
  const { max } = band;
  if (min !== null && max !== null)
    return `${min} 分${band.minInclusive ? "（含）" : ""}至 ${max} 分${band.maxInclusive ? "（含）" : ""}`;
  if (min !== null) return band.minInclusive ? `${min} 分（含）以上` : `超过 ${min} 分`;
  if (max !== null) return band.maxInclusive ? `${max} 分（含）以下` : `不满 ${max} 分`;
  return "任意分数";
}

/** A framework's grade bands, best first: "优 90 分（含）以上；良 80 分（含）至 90 分；中 60 分（含）至 80 分；差 不满 60 分". */
export function gradeBandsText(framework: Framework): string {
  return [...framework.grades]
    .reverse()
    .map((b) => `${b.level} ${describeGradeBand(b)}`)
    .join("；");
}
