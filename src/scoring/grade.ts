import { findBand, LevelBand } from "./bands";
import type { Dec } from "./decimal";
import type { Grade } from "./types";

/** Spec §2: 优 ≥ 90; 良 80 to under 90; 中 60 to under 80; 差 under 60. */
export const GRADE_BANDS: readonly LevelBand<Grade>[] = [
  { min: "0", minInclusive: true, max: "60", maxInclusive: false, level: "差" },
  { min: "60", minInclusive: true, max: "80", maxInclusive: false, level: "中" },
  { min: "80", minInclusive: true, max: "90", maxInclusive: false, level: "良" },
  { min: "90", minInclusive: true, max: null, maxInclusive: false, level: "优" },
];

export function gradeOf(total: Dec): Grade {
  const band = findBand(GRADE_BANDS, total);
  if (!band) throw new Error(`internal: total ${total.toString()} has no grade`);
  return band.level;
}
