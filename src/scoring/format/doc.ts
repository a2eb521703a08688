import type { Condition, Expr } from "./formula";

/**
 * A framework file as written (YAML, or the same object as JSON inside a workbook): what the finance bureau edits.
 * frameworks/schema.json describes the same shape for editors and for validation at load. Numbers are plain numbers
 * or percentages written as text ("15%"); formulas and conditions are short texts over input ids, which parse.ts
 * reads into their parts before the file is compiled (so the task pane's bundle needs no parser for its frameworks).
 */

/** A ratio's numerator and denominator, parsed. */
export interface Fraction {
  num: Expr;
  den: Expr;
}

/** A number, or a percentage as text: 0.15 or "15%". */
export type Num = number | string;

export interface FrameworkDoc {
  /** Format version: 1. */
  format: number;
  id: string;
  name: string;
  /** An example for learning the format, never a framework a bureau issued. */
  example?: boolean;
  year: number;
  issuer: string;
  source: { title: string; document_number?: string; href?: string };
  effective: { from: string; to: string };
  total: Num;
  grades: GradeBandDoc[];
  inputs: InputDoc[];
  checks?: CheckDoc[];
  schedule?: ScheduleDoc;
  /** In-year 运行监控: the statuses by how far behind 序时进度, and the monthly figures. Not used for scoring. */
  monitoring?: MonitoringDoc;
  /** 一级 and 二级 indicators, in table order. */
  groups: GroupDoc[];
  /** 三级 indicators, in table order. */
  indicators: IndicatorDoc[];
}

/** Bounds of a band, in the words of 《民法典》第一千二百五十九条: min 以上 and max 以下 include, over 超过 and under 低于 exclude. */
export interface BoundsDoc {
  min?: Num;
  over?: Num;
  max?: Num;
  under?: Num;
  /** How the clause names the band, when the generated words would not read as the clause does. */
  phrase?: string;
}

export interface ScoreBandDoc extends BoundsDoc {
  points: Num;
}

export interface GradeBandDoc extends BoundsDoc {
  grade: string;
}

export interface LevelBandDoc extends BoundsDoc {
  level: string;
}

export type InputTypeDoc = "money" | "count" | "rate" | "judgment" | "flag" | "enum";

export interface InputDoc {
  id: string;
  label: string;
  type: InputTypeDoc;
  /** The 三级 indicator the input feeds. */
  indicator: string;
  /** money: 元, 万元 (when left out) or 亿元. */
  unit?: "元" | "万元" | "亿元";
  /** money, count, rate: the smallest value allowed (0 when left out). */
  min?: Num;
  /** judgment: the points it may reach; money, count, rate: the largest value allowed. */
  max?: Num;
  options?: string[];
  default?: number | boolean | string;
  /** A part cannot exceed its whole: the id of the whole. */
  at_most?: string;
  note?: string;
  /**
   * How a report's 存在问题 states the value: a sentence with {} for it (“除预算准备金外有 {} 个二级项目”; a judgment
   * may also say {满分}), or, for an enum or a flag, a sentence per option (是/否 for a flag).
   */
  fact?: string | Record<string, string>;
}

/** Checks across inputs, reported as warnings. */
export type CheckDoc =
  | { kind: "sum"; parts: string[]; equals: string }
  | { kind: "non_decreasing"; inputs: string[]; note: string }
  | { kind: "at_most"; input: string; limit: string; note: string };

export interface ScheduleDoc {
  basis: "quarter" | "month";
  checkpoints: CheckpointDoc[];
}

export interface CheckpointDoc {
  id: string;
  name: string;
  month: number;
  /** 序时进度: the share of the year's budget that should be spent by the end of the month. */
  target: Num;
  /** The input holding the cumulative 支出进度 at that month's end. */
  progress?: string;
}

/**
 * In-year 运行监控 (src/scoring/monitor). Without `statuses`: 预警 when 支出进度 is behind 序时进度 at all, up to 5
 * points, 落后 beyond. Without `figures`: PERF's default monthly figures, those whose inputs the framework has.
 */
export interface MonitoringDoc {
  /** Statuses by how far 支出进度 lies behind 序时进度, from the mildest; 达标 below the first. */
  statuses?: StatusDoc[];
  /** The monthly figures of the 运行监控 sheet beside 预算数 and 累计支出, each standing for an input at year end. */
  figures?: FigureDoc[];
}

/**
 * A status and where it starts, in percentage points behind 序时进度 (as a fraction: 5% is five points): `behind`
 * at least (以上, the bound included) or `over` more than (超过, excluded). It ends where the next status starts.
 */
export interface StatusDoc {
  status: string;
  behind?: Num;
  over?: Num;
}

/**
 * A monthly figure: `execution` (spending that should reach its budget: 政府采购执行金额), `control` (spending that
 * should stay low: “三公”经费), or `deadline` (a count final at the end of `month`: projects not tendered before April).
 */
export interface FigureDoc {
  id: string;
  label: string;
  /** The input the figure becomes at year end (its rule scores it). */
  input: string;
  kind: "execution" | "control" | "deadline";
  /** deadline: the month at whose end the count is final. */
  month?: number;
}

export interface GroupDoc {
  code: string;
  name: string;
  points: Num;
  /** 效果性: the department's own indicators come here, with the framework's fixed ones. */
  personal?: PersonalDoc;
}

export interface PersonalDoc {
  /** The clause every department-specific indicator shares (定性指标应评估达成程度…). */
  clause: string;
  /** The passage of that clause that says how a sub-item is scored. */
  item_clause: string;
  /** The tiers of achievement. */
  levels: LevelBandDoc[];
  /** 指标说明 of a department's own indicator; {名称} is its name. */
  description: string;
}

export interface IndicatorDoc {
  code: string;
  name: string;
  points: Num;
  /** Where in the source the indicator is: section or page. */
  source?: string;
  /** 指标说明, word for word. */
  description?: string;
  /** 参考评分标准, word for word. */
  criteria?: string;
  /** How a report's 存在问题 names a loss here. */
  problem?: string;
  /** Passages of 参考评分标准 that no clause scores, each with why. */
  not_scored?: { passage: string; note: string }[];
  rule: RuleDoc;
}

interface ClauseDoc {
  /** The number of the clause in 参考评分标准: 第1项. */
  label: string;
  /** The words of 参考评分标准 the rule implements, word for word. */
  clause: string;
  /** The headline of 存在问题 when this clause loses points, if not the indicator's `problem`. */
  problem?: string;
}

/** What a quantity whose denominator is zero scores, as a ruling decided (spec §7 R1, R2). */
export interface ZeroDenominatorDoc {
  ruling: string;
  numerator_zero: { points: Num | "full"; reason: string };
  numerator_positive: { points: Num | "full"; reason: string };
}

export type Counting = "pro_rata" | "whole" | "started";

export type RuleDoc =
  | (ClauseDoc & { kind: "judgment"; input: string; points: Num })
  | (ClauseDoc & { kind: "flag"; input: string; points: Num })
  | (ClauseDoc & { kind: "choice"; input: string; points: Num; scores: Record<string, Num> })
  | (ClauseDoc & {
      kind: "bands";
      quantity: QuantityDoc;
      points: Num;
      bands: ScoreBandDoc[];
      /** The quantity may be negative, so the first band has no lower bound. */
      negative?: boolean;
      zero_denominator?: ZeroDenominatorDoc;
    })
  | (ClauseDoc & {
      kind: "proportional";
      quantity: QuantityDoc;
      points: Num;
      /** A condition under which the part scores 0. */
      zero_when?: string | Condition;
      /** The words of 参考评分标准 that zero_when implements, word for word. */
      zero_when_clause?: string;
      zero_denominator?: ZeroDenominatorDoc;
    })
  | (ClauseDoc & { kind: "per_item"; count: string; points: Num; each: Num })
  | (ClauseDoc & {
      kind: "per_step";
      quantity: QuantityDoc;
      points: Num;
      threshold: Num;
      direction: "above" | "below";
      step: Num;
      each: Num;
      counting: Counting;
    })
  | { kind: "sum"; parts: RuleDoc[] }
  | (ClauseDoc & { kind: "condition"; when: string | Condition; then: "zero" | "full" | Num; otherwise: RuleDoc })
  | (ClauseDoc & {
      kind: "optional";
      applies: string;
      if_not: "zero" | "full" | Num;
      reason: string;
      rule: RuleDoc;
    })
  | (ClauseDoc & { kind: "either"; choose: string; options: Record<string, RuleDoc> });

export type RuleKind = RuleDoc["kind"];

/** A figure computed from inputs. Exactly one of ratio, value, mean and weighted. */
export interface QuantityDoc {
  name: string;
  /** numerator / denominator, each a sum or difference of inputs, numbers and 序时进度(checkpoint). */
  ratio?: string | Fraction;
  /** A rate input given directly. */
  value?: string;
  /** The mean of other quantities of the indicator, by name. */
  mean?: string[];
  /** A weighted mean of rate inputs. */
  weighted?: { input: string; weight: Num }[];
  /** ratio: the rate when the denominator is zero (no project owes a target: 100%). */
  if_zero?: Num;
  /** Counted at most this (a quarter's 执行率 at most 100%). */
  cap?: Num;
  /** The distance from this value, either side (账实相符率 within ±5% of 100%). */
  deviation_from?: Num;
}
