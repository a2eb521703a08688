import fc from "fast-check";
import { anyValue } from "../helpers/arbitrary";
import { BY_ID, seedRange } from "./helpers/functions";
import { shownInCell } from "../fakes/excel-cell";
import { call, type Result } from "./helpers/custom-functions";

/**
 * Whatever Excel passes, a function returns a finite number or a string, or throws #VALUE! with a message: never NaN,
 * never a promise, never another exception, never an internal error, and never an error whose message Excel drops
 * (checked as Excel shows it: test/fakes/excel-cell.ts).
 */
function wellBehaved(r: Result): void {
  if ("value" in r) {
    if (typeof r.value === "number") expect(Number.isFinite(r.value)).toBe(true);
    else expect(typeof r.value).toBe("string");
    return;
  }
  expect(shownInCell(r)).toEqual({ error: "#VALUE!", message: expect.stringMatching(/\S/) });
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

describe("no function returns NaN or throws anything but #VALUE! with its message", () => {
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
  it("is #VALUE! with its message in the cell, not Infinity, nor a #NUM! whose message Excel drops", () => {
    expect(shownInCell(call(BY_ID.HEXIAN_RATE, 5e-324, 1))).toEqual({
      error: "#VALUE!",
      message: "计算结果 -2e+323 超出 Excel 可表示的数值范围，请检查参数的数量级",
    });
  });
});

describe("what Excel shows (the fake)", () => {
  it("keeps the message of #VALUE! and #N/A, and drops it from #NUM!, #DIV/0! and the rest", () => {
    expect(shownInCell({ code: "#VALUE!", message: "缺少总分" })).toEqual({ error: "#VALUE!", message: "缺少总分" });
    expect(shownInCell({ code: "#N/A", message: "无数据" })).toEqual({ error: "#N/A", message: "无数据" });
    expect(shownInCell({ code: "#NUM!", message: "超出范围" })).toEqual({ error: "#NUM!" });
    expect(shownInCell({ code: "#DIV/0!", message: "分母为 0" })).toEqual({ error: "#DIV/0!" });
    expect(shownInCell({ thrown: new TypeError("x") })).toEqual({ error: "#VALUE!" });
  });
});
