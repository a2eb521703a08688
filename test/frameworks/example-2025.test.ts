import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText } from "../../src/cli/framework/file";
import { checkpointRates, Dec, fmt, gradeOf, parseCase, scoreCase, type Framework } from "../../src/scoring";

// example-2025, the example framework (not issued by any bureau): a table of cases per indicator, inputs → score, in
// the manner of OpenFisca's tests, with the derivation beside each expected score. Every case is the example's case
// (examples/example-2025.json: 87.6, 良) with the inputs given changed.
const ROOT = join(__dirname, "..", "..");
const example = loadFrameworkText(readFileSync(join(ROOT, "frameworks", "example-2025.yaml"), "utf8"))
  .framework as Framework;
const base = () => JSON.parse(readFileSync(join(ROOT, "examples", "example-2025.json"), "utf8"));

function score(overrides: Record<string, unknown> = {}) {
  const json = base();
  Object.assign(json.inputs, overrides);
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete json.inputs[k];
  return scoreCase(example, parseCase(json, [example.id]).case!);
}

const scoreOf = (code: string, overrides: Record<string, unknown> = {}) => {
  const row = score(overrides).indicators.find((r) => r.code === code)!;
  return row.score === null ? "null" : fmt(row.score);
};
const reasonsOf = (code: string, overrides: Record<string, unknown> = {}) =>
  score(overrides).indicators.find((r) => r.code === code)!.reasons;

type Case = [string, Record<string, unknown>, string];

describe("example-2025 as a whole", () => {
  it("scores its example case 87.6, 良 (11 + 23.3 + 26.2 + 27.1)", () => {
    const result = score();
    expect(result.issues).toEqual([]);
    expect(fmt(result.total!)).toBe("87.6");
    expect(result.grade).toBe("良");
    expect(result.indicators.filter((r) => r.level === 1).map((r) => fmt(r.score!))).toEqual([
      "11",
      "23.3",
      "26.2",
      "27.1",
    ]);
  });

  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["75", "良"],
    ["74.99", "合格"],
    ["60", "合格"],
    ["59.99", "不合格"],
  ])("grades a total of %s as %s (its own grade names and bounds)", (total, grade) => {
    expect(gradeOf(example, new Dec(total))).toBe(grade);
  });

  it("reads 序时进度 from its monthly checkpoints (7 月 40%, 11 月 80%)", () => {
    expect(example.schedule.map((c) => [c.id, c.month, c.target])).toEqual([
      ["m7", 7, "0.4"],
      ["m11", 11, "0.8"],
      ["m12", 12, "1"],
    ]);
    expect(checkpointRates(example).map((q) => q.quantity)).toEqual(["7 月末预算执行率", "11 月末预算执行率"]);
  });
});

describe("1.1.1 人员控制率 (5): bands that include their upper bound, “0–100%（含）”", () => {
  const CASES: Case[] = [
    ["the example: 52 ÷ 50 = 104% → 3", {}, "3"],
    ["100% is in 0–100%（含） → 5", { staff_actual: 50 }, "5"],
    ["100.004% rounds onto 100% → 5", { staff_actual: 25001, staff_quota: 25000 }, "5"],
    ["100.02% is past it → 3", { staff_actual: 5001, staff_quota: 5000 }, "3"],
    ["105% is in 100%–105%（含） → 3", { staff_actual: 105, staff_quota: 100 }, "3"],
    ["105.01% → 0", { staff_actual: 10501, staff_quota: 10000 }, "0"],
    ["0% → 5", { staff_actual: 0 }, "5"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("1.1.1", o)).toBe(expected));
});

describe("1.1.2 “三公”经费变动率 (5): a change rate, 0.5 per started percentage point", () => {
  const CASES: Case[] = [
    // (12.3 − 12) ÷ 12 = 2.5%: 3 started points × 0.5 = 1.5 → 3.5
    ["the example: 2.5% → 5 − 3 × 0.5 = 3.5", {}, "3.5"],
    ["unchanged: 0% → 5", { sangong_this_year: 12 }, "5"],
    ["down 8.33% → 5", { sangong_this_year: 11 }, "5"],
    ["up 0.1% (a started point) → 5 − 0.5 = 4.5", { sangong_this_year: 12.012 }, "4.5"],
    ["up 1% (one whole point) → 4.5", { sangong_this_year: 12.12 }, "4.5"],
    ["up 1.01% (two started) → 4", { sangong_this_year: 12.1212 }, "4"],
    ["up 10% → 5 − 10 × 0.5 = 0", { sangong_this_year: 13.2 }, "0"],
    ["up 20% → 0 (扣完为止)", { sangong_this_year: 14.4 }, "0"],
    ["no spending last year: no change rate, an error", { sangong_last_year: 0 }, "null"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("1.1.2", o)).toBe(expected));

  it("says how a started point is counted", () => {
    expect(reasonsOf("1.1.2")).toEqual([
      "第1、2项：“三公”经费变动率 =（12.3 − 12）÷ 12 = 2.5%，超出 0% 共 2.5 个 1%，不足一个按一个计，计 3 个，每个扣 0.5 分，得 3.5 分，扣 1.5 分",
    ]);
  });
});

describe("1.1.3 重点支出保障率 (5): rate × points, at most 100%, none needed → full", () => {
  const CASES: Case[] = [
    ["the example: 90% × 5 = 4.5", {}, "4.5"],
    ["100% → 5", { key_spending_funded: 1000 }, "5"],
    ["120% counts 100% → 5", { key_spending_funded: 1200 }, "5"],
    ["none needed → 100% → 5", { key_spending_funded: 0, key_spending_required: 0 }, "5"],
    // 123.45 ÷ 1000 = 12.35% (rounded to 0.01%); × 5 = 0.6175 → 0.62
    ["12.345% → 12.35% × 5 = 0.6175 → 0.62", { key_spending_funded: 123.45 }, "0.62"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("1.1.3", o)).toBe(expected));
});

describe("2.1.1 预算执行率 (15): monthly checkpoints, and 0.2 per percentage point below 100%, pro rata", () => {
  const CASES: Case[] = [
    // 38% ÷ 40% = 95% × 4 = 3.8; 82% ÷ 80% → 100% × 4 = 4; 97.5%: 2.5 points × 0.2 = 0.5 → 6.5
    ["the example: 3.8 + 4 + 6.5 = 14.3", {}, "14.3"],
    ["7 月 40% → 4 + 4 + 6.5", { progress_m7: 0.4 }, "14.5"],
    ["7 月 20% → 50% × 4 = 2", { progress_m7: 0.2 }, "12.5"],
    ["11 月 40% → 50% × 4 = 2", { progress_m11: 0.4 }, "12.3"],
    ["年末 100% → 7", { progress_m12: 1 }, "14.8"],
    ["年末 95%: 5 points → 6", { progress_m12: 0.95 }, "13.8"],
    // 99.99%: 0.01 point × 0.2 = 0.002 → 6.998; 3.8 + 4 + 6.998 = 14.798 → 14.8
    ["年末 99.99% → 6.998, the sum rounds to 14.8", { progress_m12: 0.9999 }, "14.8"],
    ["年末 65%: 35 points → 0 (扣完为止)", { progress_m12: 0.65, progress_m11: 0.6 }, "6.8"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("2.1.1", o)).toBe(expected));

  it("warns when progress falls from one checkpoint to the next (支出进度 is cumulative)", () => {
    expect(score({ progress_m12: 0.8 }).issues).toContainEqual({
      severity: "warning",
      input: "progress_m12",
      message: "年末累计支出进度为 80%，低于11 月末累计支出进度 82%；支出进度是累计数，应逐月不减",
    });
  });
});

describe("2.2.1 资金使用合规性 (4): a judgment, and a condition that zeroes the indicator", () => {
  const CASES: Case[] = [
    ["the example → 4", {}, "4"],
    ["judged 3.5 → 3.5", { funds_compliance: 3.5 }, "3.5"],
    ["截留、挤占、挪用 → 0", { funds_misuse: true }, "0"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("2.2.1", o)).toBe(expected));
});

describe("2.2.2 结转结余控制 (6): 1 per whole block of 5 points over 5%", () => {
  const CASES: Case[] = [
    ["the example: 12% is 1.4 blocks over, 1 whole → 5", {}, "5"],
    ["5% (以内 includes it) → 6", { carryover: 50 }, "6"],
    ["5.1%: 0.02 of a block → 6", { carryover: 51 }, "6"],
    ["9.99%: 0.998 of a block → 6", { carryover: 99.9 }, "6"],
    ["10%: one block → 5", { carryover: 100 }, "5"],
    ["35%: six blocks → 0", { carryover: 350 }, "0"],
    ["40%: seven → 0 (扣完为止)", { carryover: 400 }, "0"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("2.2.2", o)).toBe(expected));

  it("says only whole blocks count", () => {
    expect(reasonsOf("2.2.2")).toEqual([
      "第1、2项：结转结余率 = 120 ÷ 1000 = 12%，超出 5% 共 1.4 个 5%，按整数计 1 个，每个扣 1 分，得 5 分，扣 1 分",
    ]);
  });
});

describe("3.1.1 重点任务完成率 (10): 1 per started block of 5% below 100%", () => {
  const CASES: Case[] = [
    ["the example: 90% is 2 blocks below → 8", {}, "8"],
    ["100% → 10", { tasks_done: 10 }, "10"],
    ["97.5%: half a block, counted whole → 9", { tasks_planned: 40, tasks_done: 39 }, "9"],
    ["95%: one block → 9", { tasks_planned: 20, tasks_done: 19 }, "9"],
    ["70%: six blocks → 4", { tasks_done: 7 }, "4"],
    ["0%: twenty → 0", { tasks_done: 0 }, "0"],
    ["none planned → 满分 10", { tasks_planned: 0, tasks_done: 0 }, "10"],
    ["more done than planned: an error naming the part", { tasks_done: 11 }, "null"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("3.1.1", o)).toBe(expected));
});

describe("3.1.2 项目按期完成情况 (5): 1 per late project", () => {
  const CASES: Case[] = [
    ["the example: 1 late → 4", {}, "4"],
    ["none → 5", { projects_late: 0 }, "5"],
    ["5 → 0", { projects_late: 5 }, "0"],
    ["7 → 0 (扣完为止)", { projects_late: 7 }, "0"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("3.1.2", o)).toBe(expected));
});

describe("3.2.1 经济效益（可选项）(5): an optional indicator", () => {
  const CASES: Case[] = [
    ["the example: not applicable → 视同满分 5", {}, "5"],
    ["applicable, 95% → 5", { has_economic_benefit: true, economic_rate: 0.95 }, "5"],
    ["applicable, 90% → 5", { has_economic_benefit: true, economic_rate: 0.9 }, "5"],
    ["applicable, 89.99% → 3", { has_economic_benefit: true, economic_rate: 0.8999 }, "3"],
    ["applicable, 70% → 3", { has_economic_benefit: true, economic_rate: 0.7 }, "3"],
    ["applicable, 69.99% → 0", { has_economic_benefit: true, economic_rate: 0.6999 }, "0"],
    ["applicable without its rate: an error", { has_economic_benefit: true }, "null"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("3.2.1", o)).toBe(expected));

  it("says why it is full when it does not apply, and names what is missing when it does", () => {
    expect(score().indicators.find((r) => r.code === "3.2.1")!.parts[0].explain).toBe(
      "本部门职责不涉及经济效益，本可选项视同满分",
    );
    expect(score({ has_economic_benefit: true }).issues).toContainEqual({
      severity: "error",
      input: "economic_rate",
      message: "缺少经济效益指标达成率",
    });
  });
});

describe("3.2.2 社会效益或生态效益 (10): either-or, the department's choice", () => {
  const CASES: Case[] = [
    ["the example: 生态效益 92% × 10 = 9.2", {}, "9.2"],
    [
      "社会效益 judged 8.5 → 8.5 (the 生态效益 rate is not read)",
      { benefit_kind: "社会效益", social_benefit: 8.5 },
      "8.5",
    ],
    [
      "社会效益 with no 生态效益 rate at all → 10",
      { benefit_kind: "社会效益", social_benefit: 10, ecological_rate: undefined },
      "10",
    ],
    ["社会效益 without its judgment: an error", { benefit_kind: "社会效益" }, "null"],
    ["a choice that is not an option: an error", { benefit_kind: "经济效益" }, "null"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("3.2.2", o)).toBe(expected));

  it("says which was chosen", () => {
    expect(reasonsOf("3.2.2")).toEqual([
      "第2项：选择考核“生态效益”：生态效益指标达成率 92%，按 92% × 10 分计，得 9.2 分，扣 0.8 分",
    ]);
  });
});

describe("4.2.1 满意度 (10): split by source, one source weighted over two channels", () => {
  const CASES: Case[] = [
    // 60% × 95% + 40% × 85% = 91% → 6; 90% × 4 = 3.6
    ["the example: 91% → 6, + 3.6 = 9.6", {}, "9.6"],
    ["90% and 90% → 90% → 6", { counter_satisfaction: 0.9, online_satisfaction: 0.9 }, "9.6"],
    // 60% × 90% + 40% × 89.99% = 89.996% → 90% (rounded to 0.01%) → 6
    ["89.996% rounds onto 90% → 6", { counter_satisfaction: 0.9, online_satisfaction: 0.8999 }, "9.6"],
    ["85% → 4", { counter_satisfaction: 0.85, online_satisfaction: 0.85 }, "7.6"],
    // 60% × 70% + 40% × 95% = 80% → 4
    ["70% and 95% → 80% → 4", { counter_satisfaction: 0.7, online_satisfaction: 0.95 }, "7.6"],
    // 60% × 70% + 40% × 90% = 78% → 2
    ["70% and 90% → 78% → 2", { counter_satisfaction: 0.7, online_satisfaction: 0.9 }, "5.6"],
    ["public 100% → 6 + 4", { public_satisfaction: 1 }, "10"],
  ];
  it.each(CASES)("%s", (_, o, expected) => expect(scoreOf("4.2.1", o)).toBe(expected));

  it("writes the weights out", () => {
    expect(reasonsOf("4.2.1", { counter_satisfaction: 0.7, online_satisfaction: 0.9 })).toContain(
      "第1项：服务对象加权满意度 = 60% × 70% + 40% × 90% = 78%，在“0%（含）至 80%”档，得 2 分，扣 4 分",
    );
  });
});

describe("example-2025 names no input by its id in what finance staff read", () => {
  const ID = new RegExp(`(?<![A-Za-z0-9_])(${example.inputs.map((d) => d.id).join("|")})(?![A-Za-z0-9_])`);
  const PROVOCATIONS: Record<string, unknown>[] = [
    {},
    { staff_quota: 0, sangong_last_year: 0, key_spending_required: 0, annual_budget: 0, tasks_planned: 0 },
    { staff_actual: -1, progress_m7: 40, progress_m12: 0.5, funds_compliance: 5, funds_misuse: "可能" },
    { tasks_done: 11, has_economic_benefit: true, benefit_kind: "文化效益", public_satisfaction: "九成" },
    { has_economic_benefit: true, economic_rate: 0.5, benefit_kind: "社会效益", social_benefit: 7.5 },
    { staff_actual: undefined, progress_m11: undefined, benefit_kind: undefined },
  ];
  it.each(PROVOCATIONS.map((o) => [JSON.stringify(o), o] as const))("%s", (_, o) => {
    const result = score(o);
    const texts = [...result.issues.map((i) => i.message), ...result.indicators.flatMap((r) => r.reasons)];
    expect(texts.filter((t) => ID.test(t))).toEqual([]);
  });
});
