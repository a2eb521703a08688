import {
  achievementLevelOf,
  achievementScore,
  bandPoints,
  bandTable,
  computeQuantity,
  dapeng2024,
  Dec,
  deduct,
  EXEC_QUARTERS,
  fmt,
  frameworkPoints,
  personalPoints,
  scoreClause,
  scoreSingle,
} from "../../src/scoring";
import { row, score, seedJson } from "../helpers/seed";

/**
 * src/scoring/single.ts: the core's entry points for one indicator, clause, quantity or band, which the custom
 * functions call. They evaluate the framework's own rule objects; these tests pin how they read and word inputs.
 */

const seedInputs = () => seedJson().inputs;
const ok = <T>(o: { ok: boolean; value?: T }) => {
  if (!o.ok) throw new Error(JSON.stringify(o));
  return o.value as T;
};

describe("scoreSingle", () => {
  it("scores one indicator from the inputs it reads, ignoring the others, as the full case does", () => {
    const full = score();
    for (const code of ["1.1.1", "2.1.1", "3.1.1", "3.2.1", "3.4.1"]) {
      const single = ok(scoreSingle(dapeng2024, code, seedInputs()));
      expect(fmt(single.score)).toBe(fmt(row(full, code).score!));
      expect(single.reasons).toEqual(row(full, code).reasons);
    }
  });

  it("reports every missing input in one error, and an unknown code", () => {
    expect(scoreSingle(dapeng2024, "2.4.2", {})).toEqual({
      ok: false,
      errors: [
        {
          severity: "error",
          input: "staff_outside",
          message: "缺少编外人员数、在职人员总数（在编+编外）",
        },
      ],
      warnings: [],
    });
    expect(scoreSingle(dapeng2024, "4.1.1", {})).toMatchObject({ ok: false, errors: [{ input: "4.1.1" }] });
  });

  it("words messages with the caller's names for the inputs and its terms", () => {
    const wording = { names: { staff_total: "总数（total）" }, terms: { 编外人员控制率: "比率" } };
    expect(scoreSingle(dapeng2024, "2.4.2", { staff_outside: 0, staff_total: 0 }, wording)).toMatchObject({
      ok: false,
      errors: [{ message: "总数（total）为 0，无法计算比率" }],
    });
  });

  it("passes on lenient readings as warnings", () => {
    const o = scoreSingle(dapeng2024, "3.4.2", { satisfaction: "96%" });
    expect(o).toMatchObject({ ok: true, warnings: [{ severity: "warning", input: "satisfaction" }] });
  });
});

describe("scoreClause", () => {
  it("scores one clause, unrounded, from the inputs it reads", () => {
    // 12.34% is over 10% by 2.34 points: 1 − 0.234 (pro rata, not rounded to 0.01)
    expect(fmt(ok(scoreClause(dapeng2024, "2.1.2", "第2项", { adjusted_funds: 12.34, budget_scale: 100 })))).toBe(
      "0.766",
    );
  });

  it("fails loudly when the clause reads an input it was not given", () => {
    // budget_scale left out: its stand-ins (1, then 2) give 10.5% and 5.25%, so the clause's score changes.
    expect(() => scoreClause(dapeng2024, "2.1.2", "第2项", { adjusted_funds: 0.105 })).toThrow(
      /reads inputs other than/,
    );
    expect(() => scoreClause(dapeng2024, "2.1.2", "第9项", { adjusted_funds: 10, budget_scale: 100 })).toThrow(
      /no clause/,
    );
  });
});

describe("quantities and bands", () => {
  it("computes a named quantity of a rule, rounded to 0.01%", () => {
    expect(fmt(ok(computeQuantity(dapeng2024, "1.1.1", "财政核减率", { yishang: 3, yixia: 2 })))).toBe("0.3333");
    expect(() => computeQuantity(dapeng2024, "1.1.1", "无此比率", {})).toThrow(/no quantity/);
  });

  it("looks up a band table of a rule, rounding the value to 0.01% first", () => {
    expect(bandTable(dapeng2024, "1.1.1", "财政核减率").domainMin).toBeNull();
    expect(bandTable(dapeng2024, "3.4.2", "满意度").domainMin).toBe("0");
    expect(fmt(bandPoints(dapeng2024, "1.1.1", "财政核减率", new Dec("0.44995"))!)).toBe("0");
    expect(bandPoints(dapeng2024, "3.4.2", "满意度", new Dec("-0.5"))).toBeUndefined();
    expect(() => bandTable(dapeng2024, "1.1.1", "无此表")).toThrow(/no band table/);
  });

  it("lists 3.2.1's quarters with their inputs and 执行率", () => {
    expect(EXEC_QUARTERS).toEqual([
      { input: "progress_q1", quantity: "一季度预算执行率" },
      { input: "progress_q2", quantity: "二季度预算执行率" },
      { input: "progress_q3", quantity: "三季度预算执行率" },
      { input: "progress_q4", quantity: "四季度预算执行率" },
    ]);
  });
});

describe("the small rules", () => {
  it("deduct is the framework's deduction rule", () => {
    expect(fmt(deduct(new Dec(1), new Dec("0.1"), new Dec(2)))).toBe("0.8");
    expect(fmt(deduct(new Dec(2), new Dec(1), new Dec(5)))).toBe("0");
  });

  it("achievementScore and achievementLevelOf are the 个性 indicators' rule", () => {
    expect(fmt(achievementScore(new Dec(3), new Dec("0.83335")))).toBe("2.5002");
    expect(achievementLevelOf(new Dec("0.59995"))).toBe("部分实现目标");
  });

  it("the framework totals 100 points, 23 of them for a department's own 效果性 indicators", () => {
    expect(fmt(frameworkPoints(dapeng2024))).toBe("100");
    expect(fmt(personalPoints(dapeng2024))).toBe("23");
  });
});
