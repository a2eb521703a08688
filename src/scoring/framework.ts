import type { LevelBand } from "./bands";
import type { FrameworkDoc } from "./format/doc";
import type { Rule } from "./rules";
import type { InputDef, Issue, Values } from "./types";

/** A 三级 indicator: its place, its points, the words of the framework and the rule that implements them. */
export interface IndicatorDef {
  code: string;
  name: string;
  points: string;
  rule: Rule;
  /** How a report's 存在问题 names a loss here, in the seed's words where it has them. */
  problem?: string;
}

/**
 * An indicator's words, kept beside its rule but apart from it: the template prints them, the scoring never reads
 * them (so the task pane's bundle leaves them out).
 */
export interface IndicatorText {
  /** 指标说明, as the framework table prints it. */
  description: string;
  /** 参考评分标准, word for word; every clause a rule quotes is a passage of it. */
  criteria: string;
}

export interface Level2Def {
  code: string;
  name: string;
  points: string;
  indicators: readonly IndicatorDef[];
  /** 效果性: the department's own indicators come first and, with `indicators`, total `points`. */
  personal?: boolean;
}

export interface Level1Def {
  code: string;
  name: string;
  points: string;
  children: readonly Level2Def[];
}

/** A check across inputs that no single input's range can express (staff counts that should add up). */
export type Check = (values: Values, labelOf: (id: string) => string) => Issue[];

/** The department's own 效果性 indicators: the tiers of achievement and the clause they all share. */
export interface PersonalRules {
  levels: readonly LevelBand[];
  /** 定性指标应评估达成程度…, word for word. */
  clause: string;
  /** The passage of `clause` that scores a sub-item (得分=实现目标程度的百分比*分值). */
  itemClause: string;
  /** 指标说明 of a department's own indicator; {名称} stands for its name. */
  description: string;
}

/** A checkpoint of the year: its 序时进度 and the input that holds the cumulative 支出进度 at its end. */
export interface Checkpoint {
  id: string;
  name: string;
  month: number;
  target: string;
  progress?: string;
}

/**
 * A status of 运行监控 and where it starts: `behind` (a fraction, 0.05 is five percentage points behind 序时进度),
 * included (以上) or not (超过). It ends where the next status starts.
 */
export interface StatusBound {
  status: string;
  behind: string;
  inclusive: boolean;
}

/** A monthly figure of the 运行监控 sheet and the input it becomes at year end (see format/doc.ts FigureDoc). */
export interface MonitorFigure {
  id: string;
  label: string;
  input: string;
  kind: "execution" | "control" | "deadline";
  month?: number;
}

/** The framework's own 运行监控 settings; what it leaves out takes PERF's defaults (src/scoring/monitor). */
export interface Monitoring {
  statuses?: readonly StatusBound[];
  figures?: readonly MonitorFigure[];
}

/** A framework compiled from its file: what every surface scores with. */
export interface Framework {
  id: string;
  name: string;
  /** SHA-256 (hex) of the framework file's content as JSON; "" when not known. */
  hash: string;
  /** An example for learning the format, not a framework a bureau issued. */
  example: boolean;
  /** The stated total (100). */
  total: string;
  grades: readonly LevelBand[];
  inputs: readonly InputDef[];
  tree: readonly Level1Def[];
  checks: readonly Check[];
  schedule: readonly Checkpoint[];
  monitoring?: Monitoring;
  personal?: PersonalRules;
  /** The file it was compiled from; absent from the frameworks PERF ships (frameworks/texts.ts has their files). */
  doc?: FrameworkDoc;
}

/** Every common 三级 indicator of the framework, in table order. */
export function commonIndicators(framework: Framework): IndicatorDef[] {
  return framework.tree.flatMap((l1) => l1.children.flatMap((l2) => [...l2.indicators]));
}

export function findIndicator(framework: Framework, code: string): IndicatorDef | undefined {
  return commonIndicators(framework).find((i) => i.code === code);
}

/** The 二级 indicator where the department's own indicators go (效果性), if the framework has one. */
export function personalBlock(framework: Framework): Level2Def | undefined {
  return framework.tree.flatMap((l1) => l1.children).find((l2) => l2.personal);
}

export function personalLevel2(framework: Framework): Level2Def {
  const found = personalBlock(framework);
  if (!found) throw new Error(`internal: framework ${framework.id} has no 效果性 block`);
  return found;
}
