import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getFramework, parseCase, scoreCase, toExchange, type ExchangeOutput } from "../../src/scoring";
import { seedCase } from "../helpers/seed";
import { digest, fromStableText, stableText } from "./golden/encode";
import { randomCases } from "./golden/random-cases";
import { masked, RULED } from "./golden/ruled";

// dapeng-2024 moved from TypeScript into a framework file: every case scored before the move gives the same exchange
// output, byte for byte, except where spec §7 R1/R2 now score instead of refusing (listed below, and checked on all
// that the rulings do not touch).

interface Differs extends Partial<ExchangeOutput> {
  rows?: Record<string, ExchangeOutput["indicators"][number]>;
}
interface TableCase {
  overrides: Record<string, unknown>;
  effect: unknown[] | null;
  differs?: Differs;
}
const tables = fromStableText(readFileSync(join(__dirname, "golden", "tables.json"), "utf8")) as {
  seed: ExchangeOutput;
  cases: TableCase[];
};
const random = JSON.parse(readFileSync(join(__dirname, "golden", "random.json"), "utf8")) as {
  cases: [string, string][];
  ruled: Record<string, string>;
};
const dapeng = getFramework("dapeng-2024")!;

function expectedOf(c: TableCase): ExchangeOutput {
  const { rows, ...rest } = c.differs ?? {};
  const indicators = tables.seed.indicators.map((r) => rows?.[r.code] ?? r);
  return { ...tables.seed, indicators, ...rest };
}

function scoreTable(c: TableCase): ExchangeOutput {
  return toExchange(scoreCase(dapeng, seedCase(c.overrides, c.effect ?? undefined)));
}

/** The two table cases that stopped at a zero budget and that R1 and R2 now score. */
const EXCEPTIONS: [string, Record<string, unknown>, string, number][] = [
  [
    "R2: no procurement budget and nothing bought: 1 + 1 + 1",
    { procurement_budget: 0, procurement_actual: 0 },
    "2.1.1",
    3,
  ],
  ["R1: no 三公 budget, yet 1.33 spent: 0 + 3", { sangong_budget: 0, sangong_remitted: 0 }, "3.1.1", 3],
];
const isException = (c: TableCase) =>
  EXCEPTIONS.some(([, overrides]) => JSON.stringify(overrides) === JSON.stringify(c.overrides));

describe("the golden corpus: today's test/scoring cases", () => {
  const plain = tables.cases.filter((c) => !isException(c));

  it("holds every table case, the exceptions among them", () => {
    expect(tables.cases.length).toBe(407);
    expect(tables.cases.filter(isException)).toHaveLength(EXCEPTIONS.length);
  });

  it.each(plain.map((c, k) => [k, stableText(c.overrides), c] as const))(
    "case %i %s gives the same output",
    (_k, _text, c) => {
      expect(JSON.stringify(scoreTable(c))).toBe(JSON.stringify(expectedOf(c)));
    },
  );

  it.each(EXCEPTIONS)("%s", (_name, overrides, code, score) => {
    const c = tables.cases.find((x) => JSON.stringify(x.overrides) === JSON.stringify(overrides))!;
    const before = expectedOf(c);
    const now = scoreTable(c);
    expect(before.issues.some((i) => RULED.test(i.message))).toBe(true);
    expect(JSON.stringify(masked(now))).toBe(JSON.stringify(masked(before)));
    expect(now.indicators.find((r) => r.code === code)!.score).toBe(score);
    expect(now.total).not.toBeNull();
  });
});

describe("the golden corpus: 3,000 random cases", () => {
  const cases = randomCases();

  it("draws the same cases as when it was recorded", () => {
    expect(cases.map((c) => digest(stableText(c), 12))).toEqual(random.cases.map(([inputs]) => inputs));
  });

  it("gives the same output on each, or for R1/R2 cases the same output apart from what the rulings change", () => {
    const differing: number[] = [];
    cases.forEach(({ inputs, effect }, k) => {
      const parsed = parseCase({ framework: "dapeng-2024", department: "测试", year: 2024, inputs, effect });
      const output = toExchange(scoreCase(dapeng, parsed.case!));
      const ruled = random.ruled[k];
      const same = ruled
        ? digest(JSON.stringify(masked(output))) === ruled
        : digest(JSON.stringify(output)) === random.cases[k][1];
      if (!same) differing.push(k);
    });
    expect(differing).toEqual([]);
    expect(Object.keys(random.ruled).length).toBeGreaterThan(50);
  });
});
