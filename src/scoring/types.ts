import type { LevelBand } from "./bands";
import type { Dec } from "./decimal";

export type Severity = "error" | "warning";

/** A plain object (not null, not an array): what a JSON entry must be before its fields are read. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** A problem found in a case: it names the input id (or indicator code) it concerns, in Chinese. */
export interface Issue {
  severity: Severity;
  input: string;
  message: string;
}

export type InputType = "money" | "count" | "rate" | "judgment" | "flag" | "enum";

/** The units a money input may be kept in. */
export const MONEY_UNITS = ["元", "万元", "亿元"] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

export interface InputDef {
  id: string;
  label: string;
  type: InputType;
  /** The 三级 indicator the input feeds (absent from the scoring data of the frameworks PERF ships). */
  indicator?: string;
  /** judgment: the points the sub-item is worth (0 to max); money, count, rate: the largest value allowed. */
  max?: string;
  /** money, count, rate: the smallest value allowed (0 unless given). */
  min?: string;
  /** money: the unit its values are in (万元 unless given). */
  unit?: MoneyUnit;
  /** enum: the allowed values, in the order a drop-down lists them. */
  options?: readonly string[];
  /** Used when the input is absent; only where the spec gives one (已上缴结余 defaults to 0). */
  default?: number | boolean | string;
  /** This input may not exceed another one (a part cannot exceed its whole). */
  atMost?: string;
  /** A short hint for whoever fills the value. */
  note?: string;
  /** How a report's 存在问题 states the value (the framework file's `fact`): {} is the value, {满分} a judgment's max. */
  fact?: string | Readonly<Record<string, string>>;
  /**
   * Read only by an alternative that may not apply (an either-or or optional indicator): left blank, it is no error
   * unless the alternative that applies needs it.
   */
  conditional?: boolean;
}

/** A validated input: numbers are decimals, flags booleans, enumerations their option text. */
export type Value = Dec | boolean | string;
export type Values = ReadonlyMap<string, Value>;

/** One department-specific 效果性 indicator (3.3.x) as the exchange format gives it. */
export interface EffectItemInput {
  name: string;
  points: unknown;
  achievement: unknown;
}
export interface EffectIndicatorInput {
  code: string;
  name: string;
  items: EffectItemInput[];
}

/** A case to score: spec §5's input, not yet validated. */
export interface Case {
  framework: string;
  /** The content hash of the framework the case was made with (the exchange JSON's framework_hash), when it says. */
  frameworkHash?: string;
  department?: string;
  year?: number;
  inputs: Record<string, unknown>;
  effect: EffectIndicatorInput[];
}

export type Level = 1 | 2 | 3;

export interface PartResult {
  /** The number of the 参考评分标准 clause, or the sub-item's name. */
  label: string;
  /** The sentence of 参考评分标准 the part implements ("" for a bundled framework, whose words are kept apart). */
  clause: string;
  score: Dec;
  max: Dec;
  /** The arithmetic in Chinese, without the 得/扣 tail. */
  explain: string;
  /** Scored by a ruling on what the framework leaves open (spec §7): its reason is shown even when nothing is lost. */
  ruled?: boolean;
  /** The headline of 存在问题 when this part loses points (the framework file's clause `problem`). */
  problem?: string;
}

export interface IndicatorScore {
  code: string;
  name: string;
  level: Level;
  points: Dec;
  /** null when an error in its inputs stopped the indicator from being scored. */
  score: Dec | null;
  lost: Dec | null;
  reasons: string[];
  /** 三级 only: every clause's result, full or not. */
  parts: PartResult[];
}

/** The grade of a total, in the framework's words (优, 良, 中, 差). */
export type Grade = string;

export interface ScoreResult {
  framework: string;
  /** Set when the framework is an example for learning the format, not one a bureau issued (a report says so). */
  frameworkExample?: true;
  department: string;
  year: number | null;
  total: Dec | null;
  grade: Grade | null;
  /** Every 一级, 二级 and 三级 row in table order. */
  indicators: IndicatorScore[];
  issues: Issue[];
  /** The framework's grade bands the grade comes from (a pane shows the band of the grade). */
  grades: readonly LevelBand[];
}
