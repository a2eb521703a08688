import fc from "fast-check";
import { Dec, dapeng2024, parseCase, scoreCase, type ScoreResult } from "../../src/scoring";
import { anyValue, validEffect, validInputs } from "../helpers/arbitrary";
import { row, seedJson } from "../helpers/seed";

function scoreOf(inputs: Record<string, unknown>, effect: unknown[] = seedJson().effect): ScoreResult {
  const parsed = parseCase({ framework: "dapeng-2024", department: "测试", year: 2024, inputs, effect });
  return scoreCase(dapeng2024, parsed.case!);
}

const RUNS = { numRuns: 300 };

describe("properties of the score on any valid case", () => {
  it("every 三级 score lies in [0, points]; the total is the sum of the 三级 scores; the grade follows the total", () => {
    fc.assert(
      fc.property(validInputs, validEffect, (inputs, effect) => {
        const result = scoreOf(inputs, effect);
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        const level3 = result.indicators.filter((r) => r.level === 3);
        for (const r of level3) {
          expect(r.score!.greaterThanOrEqualTo(0) && r.score!.lessThanOrEqualTo(r.points)).toBe(true);
          expect(r.score!.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        const sum = level3.reduce((a, r) => a.plus(r.score!), new Dec(0));
        expect(result.total!.equals(sum)).toBe(true);
        const t = result.total!.toNumber();
        expect(result.grade).toBe(t >= 90 ? "优" : t >= 80 ? "良" : t >= 60 ? "中" : "差");
      }),
      RUNS,
    );
  });
});

type Pair = [number, number];
/**
 * A more favourable input never lowers a score: [input, indicator, range of valid values given the case,
 * direction]. "up" means a larger value is more favourable.
 */
const MONOTONE: [string, string, (c: Record<string, number>) => Pair, "up" | "down"][] = [
  ["yixia", "1.1.1", (c) => [0, c.yishang * 2], "up"],
  ["adjusted_projects", "1.1.1", (c) => [c.projects_adjusted_40pct, c.secondary_projects], "down"],
  ["projects_adjusted_40pct", "1.1.1", (c) => [0, c.adjusted_projects], "down"],
  ["budget_rule_violations", "1.1.2", () => [0, 10], "down"],
  ["new_projects_unassessed", "1.1.2", () => [0, 10], "down"],
  ["project_targets_approved", "1.2.1", (c) => [0, c.project_targets_required], "up"],
  ["indicators_qualitative", "1.2.2", (c) => [0, c.indicators_total], "down"],
  ["indicators_over_50pct", "1.2.3", () => [0, 20], "down"],
  ["late_tenders", "2.1.1", () => [0, 10], "down"],
  ["interim_renewals", "2.1.1", () => [0, 10], "down"],
  ["adjusted_funds", "2.1.2", (c) => [0, c.budget_scale], "down"],
  ["assets_in_use", "2.3.3", (c) => [0, c.assets_total], "up"],
  ["staff_on_payroll", "2.4.1", (c) => [0, c.staff_quota * 2], "down"],
  ["staff_outside", "2.4.2", (c) => [0, c.staff_total], "down"],
  ["sangong_actual", "3.1.1", (c) => [0, c.sangong_budget * 2], "down"],
  ["office_actual", "3.1.1", (c) => [0, c.office_budget * 2], "down"],
  ["progress_q1", "3.2.1", () => [0, 1], "up"],
  ["progress_q2", "3.2.1", () => [0, 1], "up"],
  ["progress_q3", "3.2.1", () => [0, 1], "up"],
  ["progress_q4", "3.2.1", () => [0, 1], "up"],
  ["key_tasks_unfinished", "3.2.2", (c) => [0, c.key_tasks], "down"],
  ["projects_completed", "3.2.3", (c) => [0, c.projects_planned], "up"],
  ["complaint_reply_rate", "3.4.1", () => [0, 1], "up"],
  ["complaint_timely_rate", "3.4.1", () => [0, 1], "up"],
  ["satisfaction", "3.4.2", () => [0, 1], "up"],
  ...dapeng2024.inputs
    .filter((d) => d.type === "judgment")
    .map((d): [string, string, () => Pair, "up"] => [d.id, d.indicator, () => [0, Number(d.max)], "up"]),
];

const COUNTS = new Set(dapeng2024.inputs.filter((d) => d.type === "count").map((d) => d.id));

describe("a more favourable input never lowers a score", () => {
  it.each(MONOTONE)("%s (%s)", (id, code, range, direction) => {
    fc.assert(
      fc.property(
        validInputs,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (base, a, b) => {
          const [lo, hi] = range(base as Record<string, number>);
          const pick = (t: number) => {
            const v = lo + (hi - lo) * t;
            return COUNTS.has(id) ? Math.round(v) : Math.round(v * 10_000) / 10_000;
          };
          let [worse, better] = [pick(Math.min(a, b)), pick(Math.max(a, b))];
          if (direction === "down") [worse, better] = [better, worse];
          const sWorse = row(scoreOf({ ...base, [id]: worse }), code).score!;
          const sBetter = row(scoreOf({ ...base, [id]: better }), code).score!;
          expect(sBetter.greaterThanOrEqualTo(sWorse)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    ["serious_violation", "2.1.2", false, true],
    ["oversight_failure", "2.2.2", false, true],
    ["classified_unit", "2.1.3", true, false],
    ["promoted", "3.3.5", true, false],
    ["budget_disclosure", "2.1.3", "合规", "不完全合规"],
    ["budget_disclosure", "2.1.3", "不完全合规", "未公开"],
    ["final_disclosure", "2.1.3", "合规", "不完全合规"],
    ["final_disclosure", "2.1.3", "不完全合规", "未公开"],
  ])("%s: %p is never worse than %p", (id, code, better, worse) => {
    fc.assert(
      fc.property(validInputs, (base) => {
        const sBetter = row(scoreOf({ ...base, [id]: better }), code).score!;
        const sWorse = row(scoreOf({ ...base, [id]: worse }), code).score!;
        expect(sBetter.greaterThanOrEqualTo(sWorse)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("a higher achievement of a 效果性 sub-item never lowers its indicator", () => {
    fc.assert(
      fc.property(validEffect, fc.nat(6), fc.double({ min: 0, max: 1, noNaN: true }), (effect, k, bump) => {
        const items = (effect as { code: string; items: { achievement: number }[] }[]).flatMap((i) =>
          i.items.map((it) => ({ code: i.code, it })),
        );
        const target = items[k];
        const before = row(scoreOf(seedJson().inputs, effect), target.code).score!;
        target.it.achievement = Math.min(1, target.it.achievement + bump);
        const after = row(scoreOf(seedJson().inputs, effect), target.code).score!;
        expect(after.greaterThanOrEqualTo(before)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe("random inputs never produce NaN, Infinity or an exception", () => {
  it("any value for any input gives either a finite score or an issue that names the input", () => {
    const ids = dapeng2024.inputs.map((d) => d.id);
    // An input of the framework is named by its Chinese label; an unknown key by itself.
    const labels = new Map(dapeng2024.inputs.map((d) => [d.id, d.label]));
    fc.assert(
      fc.property(
        validInputs,
        fc.dictionary(fc.constantFrom(...ids, "bogus", "yishan"), anyValue, { maxKeys: 6 }),
        (base, noise) => {
          const inputs = { ...base, ...noise };
          const result = scoreOf(inputs);
          for (const r of result.indicators) {
            if (r.score !== null) expect(r.score.isFinite()).toBe(true);
          }
          for (const issue of result.issues) {
            expect(issue.message).toContain(labels.get(issue.input) ?? issue.input);
          }
          if (result.total !== null) expect(result.total.isFinite()).toBe(true);
          else expect(result.issues.some((i) => i.severity === "error")).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("any value for the 效果性 block gives a score or an error, never an exception", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(
            fc.record({
              code: fc.constantFrom("3.3.1", "3.3.2", "3.3.5", "3.4", 3),
              name: anyValue,
              items: fc.oneof(
                anyValue,
                fc.array(fc.record({ name: anyValue, points: anyValue, achievement: anyValue })),
              ),
            }),
          ),
        ),
        (effect) => {
          const inputs = seedJson().inputs;
          const parsed = parseCase({ framework: "dapeng-2024", department: "测试", year: 2024, inputs, effect });
          if (!parsed.case) {
            // Not an array at all: a structural error of the case, named "effect".
            expect(parsed.issues).toContainEqual(expect.objectContaining({ severity: "error", input: "effect" }));
            return;
          }
          const result = scoreCase(dapeng2024, parsed.case);
          if (result.total === null) expect(result.issues.some((i) => i.severity === "error")).toBe(true);
          else expect(result.total.isFinite()).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
