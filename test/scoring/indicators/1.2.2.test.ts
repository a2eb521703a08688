import { scoreOf } from "../../helpers/seed";

// 1.2.2 绩效指标明确性 (4 分), spec §4: targets_decomposed + basic_expenditure_included + benefit_indicators
//   + target_values_justified + (定性占比 = qualitative / total: 超过 25% → 0; 超过 15% → 0.5; else 1).
// 超过 excludes the bound (spec §2): 15% itself → 1, 25% itself → 0.5.
// Seed: 0.5 + 0.5 + 1 + 1 (5/41 = 12.2%) + 1 = 4. With only the share changed the rest is 3.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 5 of 41 = 12.2%", {}, "4"],
  ["no qualitative indicator", { indicators_qualitative: 0 }, "4"],
  ["6 of 41 = 14.63% → 1", { indicators_qualitative: 6 }, "4"],
  ["7 of 41 = 17.07% → 0.5", { indicators_qualitative: 7 }, "3.5"],
  ["10 of 41 = 24.39% → 0.5", { indicators_qualitative: 10 }, "3.5"],
  ["11 of 41 = 26.83% → 0", { indicators_qualitative: 11 }, "3"],
  ["all 41 qualitative → 0", { indicators_qualitative: 41 }, "3"],
  ["14.99% → 1", { indicators_total: 10000, indicators_qualitative: 1499 }, "4"],
  ["14.995% rounds onto 15% → 1", { indicators_total: 100000, indicators_qualitative: 14995 }, "4"],
  ["15% (超过 15% excludes it) → 1", { indicators_total: 100, indicators_qualitative: 15 }, "4"],
  ["15.004% rounds onto 15% → 1", { indicators_total: 100000, indicators_qualitative: 15004 }, "4"],
  ["15.005% rounds to 15.01% → 0.5", { indicators_total: 100000, indicators_qualitative: 15005 }, "3.5"],
  ["15.01% → 0.5", { indicators_total: 10000, indicators_qualitative: 1501 }, "3.5"],
  ["24.99% → 0.5", { indicators_total: 10000, indicators_qualitative: 2499 }, "3.5"],
  ["25% (超过 25% excludes it) → 0.5", { indicators_total: 100, indicators_qualitative: 25 }, "3.5"],
  ["25.004% rounds onto 25% → 0.5", { indicators_total: 100000, indicators_qualitative: 25004 }, "3.5"],
  ["25.005% rounds to 25.01% → 0", { indicators_total: 100000, indicators_qualitative: 25005 }, "3"],
  ["25.01% → 0", { indicators_total: 10000, indicators_qualitative: 2501 }, "3"],
  // Judgment sub-items.
  ["targets_decomposed 0.3 of 0.5", { targets_decomposed: 0.3 }, "3.8"],
  ["basic_expenditure_included FALSE", { basic_expenditure_included: false }, "3.5"],
  ["benefit_indicators 0.6 of 1", { benefit_indicators: 0.6 }, "3.6"],
  ["target_values_justified 否", { target_values_justified: "否" }, "3"],
  ["target_values_justified 是", { target_values_justified: "是" }, "4"],
  // 0.25 + 0 + 0.5 + 0.5 (20%) + 0.75 = 2
  [
    "partly awarded everywhere, 定性 20%",
    {
      targets_decomposed: 0.25,
      basic_expenditure_included: "否",
      benefit_indicators: 0.5,
      indicators_total: 40,
      indicators_qualitative: 8,
      target_values_justified: 0.75,
    },
    "2",
  ],
  [
    "nothing: 0 + 0 + 0 + 0 (30%) + 0",
    {
      targets_decomposed: 0,
      basic_expenditure_included: 0,
      benefit_indicators: false,
      indicators_total: 10,
      indicators_qualitative: 3,
      target_values_justified: false,
    },
    "0",
  ],
  ["benefit_indicators 1.5 is above its 1 point: an issue", { benefit_indicators: 1.5 }, "null"],
];

describe("1.2.2 绩效指标明确性", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("1.2.2", overrides)).toBe(expected);
  });
});
