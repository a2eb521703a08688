import type { LedgerRow } from "../../src/scoring/monitor";

/**
 * The seed's year as a department's 运行监控 sheet would hold it. The report gives the quarters' cumulative 支出进度
 * (35.48%, 59.88%, 64.77%, 79.14%: section 一(四) and 二(三)2(1)) and the adjusted budget (调整预算数 3,763.51 万元);
 * the spending to date is budget × progress to 0.01 万元, each of which gives back the report's percentage:
 *   3,763.51 × 35.48% = 1,335.293348 → 1,335.29 (÷ 3,763.51 = 0.354799… → 35.48%)
 *   3,763.51 × 59.88% = 2,253.589788 → 2,253.59 (0.598800… → 59.88%)
 *   3,763.51 × 64.77% = 2,437.625427 → 2,437.63 (0.647701… → 64.77%)
 *   2,978.43, the report's own 本年支出决算数 (÷ 3,763.51 = 0.791396… → 79.14%)
 * Other months are left blank, as a department that reports by quarter would leave them.
 */
export const SEED_BUDGET = 3763.51;
export const SEED_SPENT: Readonly<Record<number, number>> = { 3: 1335.29, 6: 2253.59, 9: 2437.63, 12: 2978.43 };

/** Twelve rows, months 1 to 12; the quarter-end rows filled up to `upTo` with `extra` figures beside. */
export function seedLedger(upTo = 12, extra: Readonly<Record<number, Record<string, unknown>>> = {}): LedgerRow[] {
  return Array.from({ length: 12 }, (_, k) => {
    const month = k + 1;
    const filled = month <= upTo && SEED_SPENT[month] !== undefined;
    return {
      month,
      values: filled ? { budget: SEED_BUDGET, spent: SEED_SPENT[month], ...(extra[month] ?? {}) } : {},
    };
  });
}
