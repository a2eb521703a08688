import { commonIndicators, Dec, describeBand, type Band } from "../../src/scoring";
import { checkBands } from "../../src/scoring/format/check-bands";
import { frameworkTexts } from "../../src/scoring/frameworks/texts";
import { dapeng2024 } from "../helpers/frameworks";

// Tests of the rulebook data itself, as PolicyEngine does: a misplaced citation or a gap between bands fails CI.
const indicators = commonIndicators(dapeng2024);
const squash = (s: string) => s.replace(/\s+/g, "");

describe("the framework's data", () => {
  it("has the 23 common 三级 indicators of spec §1 (the 效果性 block aside)", () => {
    expect(indicators.map((i) => i.code)).toEqual([
      "1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3",
      "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.5.1",
      "3.1.1", "3.2.1", "3.2.2", "3.2.3", "3.3.5", "3.4.1", "3.4.2",
    ]); // prettier-ignore
  });

  it.each(indicators.map((i) => [i.code, i] as const))("%s: the rule is worth the indicator's points", (_, i) => {
    expect(i.rule.points.equals(i.points)).toBe(true);
  });

  it.each(indicators.map((i) => [i.code, i] as const))(
    "%s: every clause a rule quotes is a passage of 参考评分标准",
    (_, i) => {
      // Evaluate on the seed to list the parts; each quotes its clause.
      const clauses = collectClauses(i.rule);
      expect(clauses.length).toBeGreaterThan(0);
      for (const clause of clauses)
        expect(squash(frameworkTexts(dapeng2024)[i.code].criteria)).toContain(squash(clause));
    },
  );

  it("二级 points are the sums of their 三级, 一级 of their 二级, and the total is 100", () => {
    let total = new Dec(0);
    for (const l1 of dapeng2024.tree) {
      let sum1 = new Dec(0);
      for (const l2 of l1.children) {
        const own = l2.indicators.reduce((a, i) => a.plus(i.points), new Dec(0));
        if (l2.personal)
          expect(own.toString()).toBe("2"); // 项目推广; the department's own make up the rest of 25
        else expect(own.equals(l2.points)).toBe(true);
        sum1 = sum1.plus(l2.points);
      }
      expect(sum1.equals(l1.points)).toBe(true);
      total = total.plus(l1.points);
    }
    expect(total.toString()).toBe("100");
  });

  it("every input feeds the indicator it names, and every input a rule reads is defined", () => {
    const readBy = new Map<string, Set<string>>();
    for (const i of indicators)
      for (const id of i.rule.inputs) readBy.set(id, (readBy.get(id) ?? new Set()).add(i.code));
    for (const def of dapeng2024.inputs)
      expect([def.id, [...(readBy.get(def.id) ?? [])]]).toEqual([def.id, [def.indicator]]);
    const defined = new Set(dapeng2024.inputs.map((d) => d.id));
    for (const id of readBy.keys()) expect(defined.has(id)).toBe(true);
  });

  it("every common indicator has its words (指标说明, 参考评分标准) and its 存在问题 wording", () => {
    const texts = frameworkTexts(dapeng2024);
    expect(Object.keys(texts)).toEqual(indicators.map((i) => i.code));
    for (const i of indicators) {
      expect(texts[i.code].description.length).toBeGreaterThan(10);
      expect(texts[i.code].criteria.length).toBeGreaterThan(10);
      expect(i.problem).toMatch(/有待/);
    }
  });

  it("judgment inputs are worth what their clause says", () => {
    for (const def of dapeng2024.inputs.filter((d) => d.type === "judgment")) {
      expect(Number(def.max)).toBeGreaterThan(0);
    }
  });
});

function collectClauses(rule: { evaluate: unknown }): string[] {
  // Parts carry their clause only when evaluated; evaluate on a context that answers every input with a neutral value.
  const ctx = {
    values: new Proxy(new Map(), {
      get(target, prop) {
        if (prop === "get") return (id: string) => neutral(id);
        if (prop === "has") return () => true;
        return Reflect.get(target, prop);
      },
    }),
    labelOf: (id: string) => id,
  };
  return (rule as { evaluate(c: unknown): { clause: string }[] }).evaluate(ctx).map((p) => p.clause);
}

function neutral(id: string): unknown {
  const def = dapeng2024.inputs.find((d) => d.id === id)!;
  if (def.type === "flag") return false;
  if (def.type === "enum") return def.options![0];
  return new Dec(1);
}

describe("bands leave no gap and no overlap", () => {
  const tables = indicators.flatMap((i) => i.rule.bandTables.map((t) => [`${i.code} ${t.name}`, t] as const));

  it("the framework has the banded rules of spec §4", () => {
    expect(tables.map(([name]) => name)).toEqual([
      "1.1.1 财政核减率",
      "1.1.1 调整调剂项目占比",
      "1.2.2 定性指标占比",
      "2.3.1 账实相符率",
      "2.3.3 固定资产利用率",
      "2.4.1 在职人员控制率",
      "2.4.2 编外人员控制率",
      "3.1.1 “三公”经费控制率",
      "3.1.1 日常公用经费控制率",
      "3.4.1 群众信访办理回复率",
      "3.4.1 群众信访及时办理回复率",
      "3.4.2 满意度",
    ]);
  });

  it.each(tables)("%s", (_, table) => {
    expect(checkBands(table.bands, table.domainMin)).toEqual([]);
  });

  it("grades and achievement levels too", () => {
    expect(checkBands(dapeng2024.grades)).toEqual([]);
    expect(checkBands(dapeng2024.personal!.levels)).toEqual([]);
  });
});

describe("the band checker itself", () => {
  const b = (min: string | null, minInclusive: boolean, max: string | null, maxInclusive: boolean): Band => ({
    min,
    minInclusive,
    max,
    maxInclusive,
  });

  it.each([
    [
      "a gap",
      [b("0", true, "0.1", false), b("0.2", true, null, false)],
      "第 2 档（20%（含）以上）的下界 0.2 与上一档的上界 0.1 不相接",
    ],
    [
      "a point left out",
      [b("0", true, "0.1", false), b("0.1", false, null, false)],
      "第 2 档（超过 10%）与上一档之间漏掉了 0.1",
    ],
    [
      "a point in two bands",
      [b("0", true, "0.1", true), b("0.1", true, null, false)],
      "第 2 档（10%（含）以上）与上一档在 0.1 处重叠",
    ],
    [
      "an open top",
      [b("0", true, "0.1", false), b("0.1", true, "1", true)],
      "最后一档的上界应为无上界，1 以上的值没有分档",
    ],
    [
      "a start above the domain",
      [b("0.1", true, null, false)],
      "第 1 档（10%（含）以上）的下界 0.1 与上一档的上界 0 不相接",
    ],
    ["an empty band", [b("0", true, "0", false), b("0", true, null, false)], "第 1 档（等于 0%）为空区间"],
  ])("finds %s", (_, bands, problem) => {
    expect(checkBands(bands)).toContain(problem);
  });

  it.each([
    [b("0.35", true, "0.45", false), "35%（含）至 45%"],
    [b(null, false, "0.15", false), "低于 15%"],
    [b(null, false, "1", true), "100%（含）以下"],
    [b("0.45", true, null, false), "45%（含）以上"],
    [b("0.1", false, null, false), "超过 10%"],
    [b("0.9", true, "1", true), "90%（含）至 100%（含）"],
    [b("1", true, "1", true), "等于 100%"],
  ])("describes %p as %s", (band, words) => {
    expect(describeBand(band)).toBe(words);
  });
});
