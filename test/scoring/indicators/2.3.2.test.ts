import { scoreOf } from "../../helpers/seed";

// 2.3.2 资产管理安全性 (2 分), spec §4: disposal_timely + disposal_booked + income_remitted + inventory_done,
// each a judgment of 0–0.5. Seed: 0.5 × 4 = 2.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed", {}, "2"],
  ["disposal_timely 0.3 of 0.5", { disposal_timely: 0.3 }, "1.8"],
  ["disposal_booked FALSE", { disposal_booked: false }, "1.5"],
  ["income_remitted 否", { income_remitted: "否" }, "1.5"],
  ["inventory_done 0.25", { inventory_done: 0.25 }, "1.75"],
  // 0.25 + 0.5 + 0.5 + 0 = 1.25
  [
    "mixed: 0.25, TRUE, 是, FALSE",
    { disposal_timely: 0.25, disposal_booked: true, income_remitted: "是", inventory_done: false },
    "1.25",
  ],
  ["all 否", { disposal_timely: "否", disposal_booked: "否", income_remitted: "否", inventory_done: "否" }, "0"],
  ["inventory_done 0.55 is above its 0.5 points: an issue", { inventory_done: 0.55 }, "null"],
];

describe("2.3.2 资产管理安全性", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.3.2", overrides)).toBe(expected);
  });
});
