import fc from "fast-check";
import { commonIndicators, fmt, scoreCase, parseCase, type ScoreResult } from "../../src/scoring";
import { dapeng2024 } from "../helpers/frameworks";
import { validInputs } from "../helpers/arbitrary";
import { row, score, seedJson } from "../helpers/seed";
import { BY_ID, seed, seedRange } from "./helpers/functions";

/** The functions and the scoring core give the same numbers: both run the same rules. */

const CODES = commonIndicators(dapeng2024).map((d) => d.code);
const seedResult = score();
const num = (r: ScoreResult, code: string) => Number(fmt(row(r, code).score!));

describe("INDICATOR and EXPLAIN agree with the core on the seed's case (spec §6)", () => {
  it("covers every common 三级 indicator", () => {
    expect(CODES).toHaveLength(23);
  });

  it.each(CODES)("INDICATOR(%s) is the core's score", (code) => {
    expect(BY_ID.INDICATOR(code, seedRange())).toBe(num(seedResult, code));
  });

  it.each(CODES)("EXPLAIN(%s) is the core's reasons, one a line", (code) => {
    expect(BY_ID.EXPLAIN(code, seedRange())).toBe(row(seedResult, code).reasons.join("\n"));
  });

  it("reads inputs by their Chinese labels as well as by id", () => {
    const byLabel = dapeng2024.inputs.map((d) => [d.label, seedJson().inputs[d.id]]);
    for (const code of CODES) expect(BY_ID.INDICATOR(code, byLabel)).toBe(num(seedResult, code));
  });

  it("ignores blank rows, headers and inputs of other indicators", () => {
    const range = [["输入项", "值"], ["", ""], ...seedRange(), ["", "备注"]];
    expect(BY_ID.INDICATOR("1.1.1", range)).toBe(4.8);
  });

  it("applies the inputs' defaults (已上缴结余 0 when left out)", () => {
    const range = seedRange().filter(([id]) => id !== "sangong_remitted" && id !== "office_remitted");
    expect(BY_ID.INDICATOR("3.1.1", range)).toBe(5);
  });

  it("notes a lenient reading in EXPLAIN", () => {
    expect(BY_ID.EXPLAIN("3.4.2", [["satisfaction", "96%"]])).toBe(
      "满分 6 分\n注意：公众或服务对象满意度（satisfaction）以文本形式填写（“96%”），已按 96% 读取",
    );
  });

  it("scores the seed's other 一上/一下 pair as the core does (6.3)", () => {
    expect(BY_ID.INDICATOR("1.1.1", seedRange({ yishang: 4704.37, yixia: 3783.36 }))).toBe(6.3);
  });
});

describe("the single-rule functions add up to the core's indicators on the seed's case", () => {
  const s = (id: string) => seed(id);
  it.each([
    ["3.2.1", () => BY_ID.SCORE_EXEC(s("progress_q1"), s("progress_q2"), s("progress_q3"), s("progress_q4"))],
    [
      "2.1.1",
      () =>
        BY_ID.SCORE_PROCUREMENT(
          s("procurement_budget"),
          s("procurement_actual"),
          s("late_tenders"),
          s("interim_renewals"),
        ),
    ],
    [
      "3.1.1",
      () =>
        (BY_ID.SCORE_CONTROL(s("sangong_actual"), s("sangong_budget"), s("sangong_remitted")) as number) +
        (BY_ID.SCORE_CONTROL(s("office_actual"), s("office_budget"), s("office_remitted")) as number),
    ],
    ["2.3.1", () => BY_ID.SCORE_ASSET_MATCH(s("assets_physical"), s("assets_book"))],
    ["2.3.3", () => BY_ID.SCORE_ASSET_USE(s("assets_in_use"), s("assets_total"))],
    ["2.4.1", () => BY_ID.SCORE_PAYROLL(s("staff_on_payroll"), s("staff_quota"))],
    ["2.4.2", () => BY_ID.SCORE_OUTSIDE_STAFF(s("staff_outside"), s("staff_total"))],
    ["3.2.2", () => BY_ID.SCORE_KEY_TASKS(s("key_tasks"), s("key_tasks_unfinished"))],
    ["3.2.3", () => BY_ID.SCORE_COMPLETION(s("projects_completed"), s("projects_planned"))],
    ["3.4.2", () => BY_ID.SCORE_SATISFACTION(s("satisfaction"))],
    [
      "2.1.2",
      () =>
        (s("payment_compliance") as number) +
        (BY_ID.SCORE_ADJUSTMENT(s("adjusted_funds"), s("budget_scale")) as number) +
        (s("accounting_compliance") as number),
    ],
    [
      "1.2.2",
      () =>
        (s("targets_decomposed") as number) +
        (s("basic_expenditure_included") as number) +
        (s("benefit_indicators") as number) +
        (BY_ID.SCORE_QUALITATIVE_SHARE(s("indicators_qualitative"), s("indicators_total")) as number) +
        (s("target_values_justified") as number),
    ],
    [
      "1.1.1",
      () =>
        1 +
        0.5 +
        0.5 +
        (BY_ID.SCORE_HEXIAN(BY_ID.HEXIAN_RATE(s("yishang"), s("yixia"))) as number) +
        0 + // 第5项: 10 ÷ 21 = 47.62% ≥ 25%
        (BY_ID.DEDUCT(1, 0.1, s("projects_adjusted_40pct")) as number) +
        1,
    ],
  ])("%s", (code, f) => {
    expect(f()).toBeCloseTo(num(seedResult, code), 10);
  });

  it("3.3.x: the seed's 个性 indicators are the sums of SCORE_ACHIEVEMENT over their sub-items", () => {
    for (const indicator of seedJson().effect as { code: string; items: { points: number; achievement: number }[] }[]) {
      const sum = indicator.items.reduce((a, i) => a + (BY_ID.SCORE_ACHIEVEMENT(i.points, i.achievement) as number), 0);
      expect(sum).toBe(num(seedResult, indicator.code));
    }
  });

  it("GRADE of the core's total is the core's grade", () => {
    expect(BY_ID.GRADE(Number(fmt(seedResult.total!)))).toBe(seedResult.grade);
  });
});

describe("INDICATOR agrees with the core on any valid case", () => {
  it("every common code, random inputs", () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const parsed = parseCase({ framework: "dapeng-2024", inputs, effect: seedJson().effect });
        const result = scoreCase(dapeng2024, parsed.case!);
        const range = Object.entries(inputs);
        for (const code of CODES) expect(BY_ID.INDICATOR(code, range)).toBe(num(result, code));
      }),
      { numRuns: 100 },
    );
  });
});
