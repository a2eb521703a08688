import type { Framework, IndicatorText } from "../framework";
import { dapeng2024 } from "./dapeng-2024";
import { DAPENG_2024_TEXTS } from "./dapeng-2024/texts";

export const FRAMEWORKS: Readonly<Record<string, Framework>> = { [dapeng2024.id]: dapeng2024 };

export function getFramework(id: string): Framework | undefined {
  return Object.prototype.hasOwnProperty.call(FRAMEWORKS, id) ? FRAMEWORKS[id] : undefined;
}

/** 指标说明 and 参考评分标准 of a framework's common indicators, by code (for the template, not for scoring). */
export function frameworkTexts(framework: Framework): Readonly<Record<string, IndicatorText>> {
  return framework.id === dapeng2024.id ? DAPENG_2024_TEXTS : {};
}

export { dapeng2024 };
