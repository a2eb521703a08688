import type { ExchangeOutput } from "../../../src/scoring";

/** What stopped a case before spec §7 R1/R2: a zero 政府采购预算数, or a zero 三公 or 日常公用 budget with its 结余. */
export const RULED = /无法计算(政府采购执行率|“三公”经费控制率|日常公用经费控制率)/;

/** The rows R1 and R2 change: the two indicators they rule on and the 二级 and 一级 rows above them. */
export const RULED_ROWS = ["2", "2.1", "2.1.1", "3", "3.1", "3.1.1"];

/** The output without what R1/R2 change: those rows, the total and grade, and the zero-denominator errors. */
export function masked(output: ExchangeOutput): unknown {
  return {
    ...output,
    total: null,
    grade: null,
    indicators: output.indicators.filter((r) => !RULED_ROWS.includes(r.code)),
    issues: output.issues.filter((i) => !RULED.test(i.message)),
  };
}
