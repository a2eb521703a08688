import fc from "fast-check";
import { anyValue } from "../helpers/arbitrary";
import { BY_ID, seedRange } from "./helpers/functions";
import { call, type Result } from "./helpers/custom-functions";

/**
 * Whatever Excel passes, a function returns a finite number or a string, or throws #VALUE! with a message (#NUM! for
 * a rate beyond a double's range): never NaN, never a promise, never another exception, never an internal error.
 */
function wellBehaved(r: Result): void {
  if ("value" in r) {
    if (typeof r.value === "number") expect(Number.isFinite(r.value)).toBe(true);
    else expect(typeof r.value).toBe("string");
    return;
  }
  expect(r).toEqual({ code: expect.stringMatching(/^#(VALUE!|NUM!)$/), message: expect.stringMatching(/\S/) });
  expect((r as { message: string }).message).not.toMatch(/内部错误/);
}

const cell = fc.oneof(
  anyValue,
  fc.double({ noNaN: false }),
  fc.integer({ min: -200, max: 200 }),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
  fc.constantFrom("", " ", "0", "1", "100%", "35.48%", "１２３", "1.1.1", "3.2.1", "是", "否", "合规"),
);
const range = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom("yishang", "yixia", "satisfaction", "staff_quota", "key_tasks", "x"), cell), {
    maxLength: 6,
  }),
  fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
  cell,
);

describe("no function returns NaN or throws anything but #VALUE! (or #NUM!)", () => {
  it.each(Object.keys(BY_ID).filter((id) => id !== "INDICATOR" && id !== "EXPLAIN"))("%s on any arguments", (id) => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 0, maxLength: 5 }), (args) => wellBehaved(call(BY_ID[id], ...args))),
      { numRuns: 300 },
    );
  });

  it.each(["INDICATOR", "EXPLAIN"])("%s on any code and range", (id) => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.constantFrom("1.1.1", "2.1.3", "3.1.1", "3.2.1", "3.3.5")), range, (code, inputs) =>
        wellBehaved(call(BY_ID[id], code, inputs)),
      ),
      { numRuns: 300 },
    );
  });

  it.each(["INDICATOR", "EXPLAIN"])("%s on the seed's range with one value replaced by anything", (id) => {
    const rows = seedRange();
    fc.assert(
      fc.property(
        fc.nat(rows.length - 1),
        cell,
        fc.constantFrom("1.1.1", "2.1.1", "2.1.3", "3.1.1", "3.4.1"),
        (k, v, code) => {
          const changed = rows.map((r, i) => (i === k ? [r[0], v] : r));
          wellBehaved(call(BY_ID[id], code, changed));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a rate beyond a double's range", () => {
  it("is #NUM!, not Infinity", () => {
    expect(call(BY_ID.HEXIAN_RATE, 5e-324, 1)).toEqual({
      code: "#NUM!",
      message: "计算结果 -2e+323 超出 Excel 可表示的数值范围，请检查参数的数量级",
    });
  });
});
