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

export interface Framework {
  id: string;
  name: string;
  inputs: readonly InputDef[];
  tree: readonly Level1Def[];
  checks: readonly Check[];
}

/** Every common 三级 indicator of the framework, in table order. */
export function commonIndicators(framework: Framework): IndicatorDef[] {
  return framework.tree.flatMap((l1) => l1.children.flatMap((l2) => [...l2.indicators]));
}

export function findIndicator(framework: Framework, code: string): IndicatorDef | undefined {
  return commonIndicators(framework).find((i) => i.code === code);
}

export function personalLevel2(framework: Framework): Level2Def {
  const found = framework.tree.flatMap((l1) => l1.children).find((l2) => l2.personal);
  if (!found) throw new Error(`internal: framework ${framework.id} has no 效果性 block`);
  return found;
}
