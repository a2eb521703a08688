import { scoreOf } from "../../helpers/seed";

// 3.4.2 公众或服务对象满意度 (6 分), spec §4: satisfaction (rounded to 0.01%) ≥ 95% → 6; ≥ 90% → 4; ≥ 80% → 2; else 1.
// Seed: 96% → 6.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 96%", {}, "6"],
  ["100% → 6", { satisfaction: 1 }, "6"],
  ["95.01% → 6", { satisfaction: 0.9501 }, "6"],
  ["95% (≥ 95%) → 6", { satisfaction: 0.95 }, "6"],
  ["94.995% rounds onto 95% → 6", { satisfaction: 0.94995 }, "6"],
  ["94.994% rounds to 94.99% → 4", { satisfaction: 0.94994 }, "4"],
  ["94.99% → 4", { satisfaction: 0.9499 }, "4"],
  ["90.01% → 4", { satisfaction: 0.9001 }, "4"],
  ["90% (≥ 90%) → 4", { satisfaction: 0.9 }, "4"],
  ["89.995% rounds onto 90% → 4", { satisfaction: 0.89995 }, "4"],
  ["89.99% → 2", { satisfaction: 0.8999 }, "2"],
  ["80.01% → 2", { satisfaction: 0.8001 }, "2"],
  ["80% (≥ 80%) → 2", { satisfaction: 0.8 }, "2"],
  ["79.995% rounds onto 80% → 2", { satisfaction: 0.79995 }, "2"],
  ["79.99% → 1", { satisfaction: 0.7999 }, "1"],
  ["0% → 1", { satisfaction: 0 }, "1"],
  ["typed as 95%", { satisfaction: "95%" }, "6"],
  ["96 (meant as 96%) is out of range: an issue", { satisfaction: 96 }, "null"],
];

describe("3.4.2 公众或服务对象满意度", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("3.4.2", overrides)).toBe(expected);
  });
});
