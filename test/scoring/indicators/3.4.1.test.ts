import { row, score, scoreOf } from "../../helpers/seed";

// 3.4.1 群众信访办理情况 (3 分), spec §4: complaint_channel + (reply_rate = 100% ? 1 : 0) + (timely_rate = 100% ? 1 : 0).
// The rates are rounded half-up to 0.01% first (spec §2). Seed: 1 + 1 + 1 = 3.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed", {}, "3"],
  ["reply 99.99% → 0", { complaint_reply_rate: 0.9999 }, "2"],
  ["reply 99.994% rounds to 99.99% → 0", { complaint_reply_rate: 0.99994 }, "2"],
  ["reply 99.995% rounds onto 100% → 1", { complaint_reply_rate: 0.99995 }, "3"],
  ["reply typed as 100%", { complaint_reply_rate: "100%" }, "3"],
  ["timely 98% → 0", { complaint_timely_rate: 0.98 }, "2"],
  ["timely 99.99% typed as a percentage → 0", { complaint_timely_rate: "99.99%" }, "2"],
  ["both 90% → 0 + 0", { complaint_reply_rate: 0.9, complaint_timely_rate: 0.9 }, "1"],
  ["channel 0.5 of 1", { complaint_channel: 0.5 }, "2.5"],
  ["channel 否", { complaint_channel: "否" }, "2"],
  ["channel 是, timely 95%", { complaint_channel: "是", complaint_timely_rate: 0.95 }, "2"],
  ["nothing", { complaint_channel: false, complaint_reply_rate: 0, complaint_timely_rate: 0 }, "0"],
];

describe("3.4.1 群众信访办理情况", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("3.4.1", overrides)).toBe(expected);
  });

  it("names the rate that fell short", () => {
    expect(row(score({ complaint_timely_rate: 0.98 }), "3.4.1").reasons).toEqual([
      "第3项：群众信访及时办理回复率 98%，在“未达 100%”档，得 0 分，扣 1 分",
    ]);
  });
});
