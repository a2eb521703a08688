import { scoreOf } from "../../helpers/seed";

// 2.5.1 管理制度健全性 (2 分), spec §4: rules_established (0–0.5) + rules_enforced (0–1.5). Seed: 0.5 + 1.5 = 2.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed", {}, "2"],
  ["enforced 1.2 of 1.5", { rules_enforced: 1.2 }, "1.7"],
  ["established 0.25 of 0.5", { rules_established: 0.25 }, "1.75"],
  ["established 否, enforced 是", { rules_established: "否", rules_enforced: "是" }, "1.5"],
  ["established TRUE, enforced FALSE", { rules_established: true, rules_enforced: false }, "0.5"],
  ["0.15 + 0.75", { rules_established: 0.15, rules_enforced: 0.75 }, "0.9"],
  ["both FALSE", { rules_established: false, rules_enforced: false }, "0"],
  ["enforced 1.6 is above its 1.5 points: an issue", { rules_enforced: 1.6 }, "null"],
];

describe("2.5.1 管理制度健全性", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.5.1", overrides)).toBe(expected);
  });
});
