import { scoreOf } from "../../helpers/seed";

// 2.2.1 项目实施程序 (1 分), spec §4: setup_approval (0–0.5) + execution_compliance (0–0.5). Seed: 0.5 + 0.5 = 1.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed", {}, "1"],
  ["setup 0.3 of 0.5", { setup_approval: 0.3 }, "0.8"],
  ["execution 0.25 of 0.5", { execution_compliance: 0.25 }, "0.75"],
  ["setup FALSE, execution TRUE", { setup_approval: false, execution_compliance: true }, "0.5"],
  ["setup 是, execution 否", { setup_approval: "是", execution_compliance: "否" }, "0.5"],
  ["both 否", { setup_approval: "否", execution_compliance: "否" }, "0"],
  ["0.1 + 0.15", { setup_approval: 0.1, execution_compliance: 0.15 }, "0.25"],
  ["setup 0.6 is above its 0.5 points: an issue", { setup_approval: 0.6 }, "null"],
  ["a negative judgment is an issue", { execution_compliance: -0.1 }, "null"],
];

describe("2.2.1 项目实施程序", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.2.1", overrides)).toBe(expected);
  });
});
