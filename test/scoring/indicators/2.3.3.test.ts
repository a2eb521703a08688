import { scoreOf } from "../../helpers/seed";

// 2.3.3 固定资产利用率 (1 分), spec §4: 利用率 = in_use / total (rounded to 0.01%);
// ≥ 90% → 1; ≥ 75% → 0.7; ≥ 60% → 0.4; else 0. Seed: 100% → 1.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 100%", {}, "1"],
  ["90.01% → 1", { assets_total: 10000, assets_in_use: 9001 }, "1"],
  ["90% (≥ 90%) → 1", { assets_total: 10000, assets_in_use: 9000 }, "1"],
  ["89.995% rounds onto 90% → 1", { assets_total: 100000, assets_in_use: 89995 }, "1"],
  ["89.994% rounds to 89.99% → 0.7", { assets_total: 100000, assets_in_use: 89994 }, "0.7"],
  ["89.99% → 0.7", { assets_total: 10000, assets_in_use: 8999 }, "0.7"],
  ["75.01% → 0.7", { assets_total: 10000, assets_in_use: 7501 }, "0.7"],
  ["75% (≥ 75%) → 0.7", { assets_total: 10000, assets_in_use: 7500 }, "0.7"],
  ["74.995% rounds onto 75% → 0.7", { assets_total: 100000, assets_in_use: 74995 }, "0.7"],
  ["74.99% → 0.4", { assets_total: 10000, assets_in_use: 7499 }, "0.4"],
  ["60.01% → 0.4", { assets_total: 10000, assets_in_use: 6001 }, "0.4"],
  ["60% (≥ 60%) → 0.4", { assets_total: 10000, assets_in_use: 6000 }, "0.4"],
  ["59.995% rounds onto 60% → 0.4", { assets_total: 100000, assets_in_use: 59995 }, "0.4"],
  ["59.994% rounds to 59.99% → 0", { assets_total: 100000, assets_in_use: 59994 }, "0"],
  ["59.99% → 0", { assets_total: 10000, assets_in_use: 5999 }, "0"],
  ["nothing in use → 0", { assets_total: 10000, assets_in_use: 0 }, "0"],
];

describe("2.3.3 固定资产利用率", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.3.3", overrides)).toBe(expected);
  });
});
