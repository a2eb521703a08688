/*
 * The browser bundles carry decimal.js without the methods PERF never calls (scripts/trim-decimal.js, a webpack
 * loader). Here the core runs on that trimmed decimal.js: every case of the golden corpus must give the same output,
 * byte for byte, as on the whole library (the corpus's own test, test/frameworks/golden.test.ts, run again).
 */
import { Dec, DECIMAL_METHODS, DECIMAL_STATICS } from "../../src/scoring/decimal";
import { readFileSync } from "node:fs";
import { trimDecimal, trimmedSource } from "./helpers/trimmed-decimal";

jest.mock("decimal.js", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadTrimmed } = require("./helpers/trimmed-decimal");
  return { __esModule: true, default: loadTrimmed() };
});

describe("decimal.js as the browser bundles carry it", () => {
  const { source, removed } = trimmedSource();

  it("leaves out the trigonometry, logarithms and conversions PERF never calls, and their constants", () => {
    expect(removed.methods).toEqual(expect.arrayContaining(["sine", "cosine", "naturalLogarithm", "toFraction"]));
    expect(removed.statics).toEqual(expect.arrayContaining(["sin", "random", "hypot", "sum"]));
    expect(source).not.toContain("function taylorSeries");
    expect(source).not.toMatch(/^PI = new Decimal\(PI\);$/m);
    expect(source.length).toBeLessThan(100_000); // decimal.mjs is 128 KB
  });

  it("refuses to keep a method decimal.js does not define (a typo, or one renamed by an upgrade)", () => {
    const original = readFileSync(require.resolve("decimal.js/decimal.mjs"), "utf8");
    expect(() => trimDecimal(original, { methods: ["plus", "plsu"], statics: [] })).toThrow(
      "trim-decimal: decimal.js defines no plsu",
    );
  });

  it("is what the core runs on here, with every method and static PERF calls", () => {
    const proto = Object.getPrototypeOf(new Dec(1)) as Record<string, unknown>;
    expect(proto.sine).toBeUndefined();
    expect(proto.naturalLogarithm).toBeUndefined();
    for (const m of DECIMAL_METHODS) expect([m, typeof proto[m]]).toEqual([m, "function"]);
    for (const s of DECIMAL_STATICS)
      expect([s, typeof (Dec as unknown as Record<string, unknown>)[s]]).toEqual([s, "function"]);
  });

  it("still parses what decimal.js parses (a hex figure with a large binary exponent takes its pow)", () => {
    expect(new Dec("0x1p60").toString()).toBe("1152921504606846976");
    expect(new Dec("1e-7").toFixed()).toBe("0.0000001");
    expect(new Dec(0.1).plus(0.2).toString()).toBe("0.3");
  });
});

// The golden corpus (407 table cases and 3,000 random ones), on the trimmed decimal.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../frameworks/golden.test");
