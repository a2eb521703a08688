import { row, score, scoreOf } from "../../helpers/seed";

// 3.2.2 重点工作完成情况 (8 分), spec §4: key_tasks = 0 → 6; else max(0, 8 − 4 × key_tasks_unfinished).
// Seed: 2 tasks, none unfinished → 8.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 2 tasks, all done", {}, "8"],
  ["2 tasks, 1 unfinished", { key_tasks_unfinished: 1 }, "4"],
  ["2 tasks, 2 unfinished: exactly used up", { key_tasks_unfinished: 2 }, "0"],
  ["5 tasks, 1 unfinished", { key_tasks: 5, key_tasks_unfinished: 1 }, "4"],
  ["5 tasks, 3 unfinished: 扣完为止", { key_tasks: 5, key_tasks_unfinished: 3 }, "0"],
  ["5 tasks, 5 unfinished: 扣完为止", { key_tasks: 5, key_tasks_unfinished: 5 }, "0"],
  ["1 task, done", { key_tasks: 1 }, "8"],
  ["1 task, unfinished", { key_tasks: 1, key_tasks_unfinished: 1 }, "4"],
  // 全年无下达重点工作任务，默认得 75% 权重分，即 6 分.
  ["no task assigned → 6", { key_tasks: 0, key_tasks_unfinished: 0 }, "6"],
];

describe("3.2.2 重点工作完成情况", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("3.2.2", overrides)).toBe(expected);
  });

  it("explains the default of 6", () => {
    const reasons = row(score({ key_tasks: 0, key_tasks_unfinished: 0 }), "3.2.2").reasons;
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toBe("无重点工作：下达的重点工作任务数为 0，得 6 分，扣 2 分");
    expect(reasons[0]).toContain("扣 2 分");
  });
});
