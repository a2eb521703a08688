import { findBand } from "./bands";
import type { Dec } from "./decimal";
import type { Framework } from "./framework";
import type { Grade } from "./types";

/** The grade of a total, by the framework's grade bands (dapeng-2024: 优 ≥ 90; 良 80 to under 90; 中 60 to under 80; 差). */
export function gradeOf(framework: Framework, total: Dec): Grade {
  const band = findBand(framework.grades, total);
  if (!band) throw new Error(`internal: total ${total.toString()} has no grade in ${framework.id}`);
  return band.level;
}
