import { row, score, scoreOf } from "../../helpers/seed";

// 2.1.2 财务合规性 (3 分), spec §4: serious_violation ? 0 : payment_compliance + accounting_compliance
//   + (调整调剂占比 = adjusted_funds / budget_scale: ≤ 10% → 1; else max(0, 1 − 0.1 × (占比 − 10%) / 1%)).
// 10%以内 includes 10% (spec §2). Seed: 351.85 / 3763.51 = 9.35% → 1 + 1 + 1 = 3.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 9.35%", {}, "3"],
  ["占比 9.99% → 1", { budget_scale: 10000, adjusted_funds: 999 }, "3"],
  ["占比 10% (以内 includes it) → 1", { budget_scale: 10000, adjusted_funds: 1000 }, "3"],
  ["占比 10.004% rounds onto 10% → 1", { budget_scale: 100000, adjusted_funds: 10004 }, "3"],
  // 10.01%: 1 − 0.1 × 0.01 = 0.999; 2.999 → 3.00
  ["占比 10.01% → 0.999; 2.999 rounds to 3", { budget_scale: 10000, adjusted_funds: 1001 }, "3"],
  // 10.15%: 1 − 0.1 × 0.15 = 0.985; 2.985 → half-up 2.99 (half-even would give 2.98)
  ["占比 10.15% → 0.985; 2.985 → 2.99", { budget_scale: 10000, adjusted_funds: 1015 }, "2.99"],
  ["占比 10.5% → 0.95", { budget_scale: 10000, adjusted_funds: 1050 }, "2.95"],
  ["占比 12% → 0.8", { budget_scale: 10000, adjusted_funds: 1200 }, "2.8"],
  ["占比 12.5% → 1 − 0.1 × 2.5 = 0.75 (pro rata)", { budget_scale: 10000, adjusted_funds: 1250 }, "2.75"],
  // 15.55%: 1 − 0.555 = 0.445; 2.445 → half-up 2.45
  ["占比 15.55% → 0.445; 2.445 → 2.45", { budget_scale: 10000, adjusted_funds: 1555 }, "2.45"],
  ["占比 19.99% → 0.001; 2.001 → 2", { budget_scale: 10000, adjusted_funds: 1999 }, "2"],
  ["占比 20% → 0: exactly used up", { budget_scale: 10000, adjusted_funds: 2000 }, "2"],
  ["占比 20.01% → 0: 扣完为止", { budget_scale: 10000, adjusted_funds: 2001 }, "2"],
  ["占比 50% → 0: 扣完为止", { budget_scale: 10000, adjusted_funds: 5000 }, "2"],
  // Judgment sub-items.
  ["payment_compliance 0.6 of 1", { payment_compliance: 0.6 }, "2.6"],
  ["accounting_compliance 否", { accounting_compliance: "否" }, "2"],
  [
    "payment_compliance TRUE, accounting_compliance 0.35",
    { payment_compliance: true, accounting_compliance: 0.35 },
    "2.35",
  ],
  [
    "both FALSE, 占比 12.5%",
    { payment_compliance: false, accounting_compliance: false, adjusted_funds: 1250, budget_scale: 10000 },
    "0.75",
  ],
  // 发生超范围、超标准支出…本项指标得 0 分: the whole indicator, whatever the other clauses give.
  ["serious violation → 0", { serious_violation: true }, "0"],
  ["serious violation 是 → 0", { serious_violation: "是" }, "0"],
  ["serious violation 否 → as usual", { serious_violation: "否" }, "3"],
  [
    "serious violation FALSE with 12.5%",
    { serious_violation: false, adjusted_funds: 1250, budget_scale: 10000 },
    "2.75",
  ],
  ["payment_compliance 1.1 is above its 1 point: an issue", { payment_compliance: 1.1 }, "null"],
];

describe("2.1.2 财务合规性", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.1.2", overrides)).toBe(expected);
  });

  it("shows the pro rata deduction of 12.5%", () => {
    expect(row(score({ budget_scale: 10000, adjusted_funds: 1250 }), "2.1.2").reasons).toEqual([
      "第2项：调整调剂资金占比 = 1250 ÷ 10000 = 12.5%，超出 10% 共 2.5 个 1%，每个扣 0.1 分，得 0.75 分，扣 0.25 分",
    ]);
  });

  it("names the serious violation as the reason for 0", () => {
    const reasons = row(score({ serious_violation: true }), "2.1.2").reasons;
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toBe("第4项：发生超范围超标准、虚列、截留挤占挪用等支出（是），得 0 分，扣 3 分");
    expect(reasons[0]).toContain("扣 3 分");
  });
});
