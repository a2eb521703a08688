import "./custom-functions";
import * as F from "../../../src/functions/functions";
import { seedJson } from "../../helpers/seed";
import type { Fn } from "./custom-functions";

/** Every custom function by its id (metadata.test.ts checks this against the ids the build associates). */
export const BY_ID: Record<string, Fn> = {
  HEXIAN_RATE: F.hexianRate,
  EXEC_RATE: F.execRate,
  CONTROL_RATE: F.controlRate,
  SCORE_HEXIAN: F.scoreHexian,
  SCORE_EXEC: F.scoreExec,
  SCORE_PROCUREMENT: F.scoreProcurement,
  SCORE_ADJUSTMENT: F.scoreAdjustment,
  SCORE_CONTROL: F.scoreControl,
  SCORE_ASSET_MATCH: F.scoreAssetMatch,
  SCORE_ASSET_USE: F.scoreAssetUse,
  SCORE_PAYROLL: F.scorePayroll,
  SCORE_OUTSIDE_STAFF: F.scoreOutsideStaff,
  SCORE_QUALITATIVE_SHARE: F.scoreQualitativeShare,
  SCORE_COMPLETION: F.scoreCompletion,
  SCORE_KEY_TASKS: F.scoreKeyTasks,
  SCORE_SATISFACTION: F.scoreSatisfaction,
  SCORE_ACHIEVEMENT: F.scoreAchievement,
  ACHIEVEMENT_LEVEL: F.achievementLevel,
  DEDUCT: F.deductPoints,
  GRADE: F.grade,
  INDICATOR: F.indicator as Fn,
  EXPLAIN: F.explain as Fn,
  PROGRESS_STATUS: F.progressStatus,
  SPEND_NEEDED: F.spendNeeded,
};

/** The seed's inputs as a 基础数据 range: one row per input, id then value. */
export function seedRange(overrides: Record<string, unknown> = {}): unknown[][] {
  return Object.entries({ ...seedJson().inputs, ...overrides });
}

/** The seed's figure for an input. */
export function seed(id: string): unknown {
  return seedJson().inputs[id];
}

/** One good call of each function on the seed's figures, for tests that only need every function to run. */
export const SAMPLES: Record<string, unknown[]> = {
  HEXIAN_RATE: [4502.03, 2622.4],
  EXEC_RATE: [0.6477, 3],
  CONTROL_RATE: [1.33, 1.47, 0],
  SCORE_HEXIAN: [0.4175],
  SCORE_EXEC: [0.3548, 0.5988, 0.6477, 0.7914],
  SCORE_PROCUREMENT: [913.96, 680.11, 0, 0],
  SCORE_ADJUSTMENT: [351.85, 3763.51],
  SCORE_CONTROL: [38.69, 50.01],
  SCORE_ASSET_MATCH: [17167.15, 17167.15],
  SCORE_ASSET_USE: [17167.15, 17167.15],
  SCORE_PAYROLL: [23, 26],
  SCORE_OUTSIDE_STAFF: [19, 42],
  SCORE_QUALITATIVE_SHARE: [5, 41],
  SCORE_COMPLETION: [21, 22],
  SCORE_KEY_TASKS: [2, 0],
  SCORE_SATISFACTION: [0.96],
  SCORE_ACHIEVEMENT: [3, 0.8333],
  ACHIEVEMENT_LEVEL: [0.75],
  DEDUCT: [1, 0.1, 2],
  GRADE: [91.75],
  INDICATOR: ["1.1.1", seedRange()],
  EXPLAIN: ["1.1.1", seedRange()],
  PROGRESS_STATUS: [0.6477, "q3"],
  SPEND_NEEDED: [3763.51, 2253.59, "q3"],
};
