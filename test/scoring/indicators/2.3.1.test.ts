import { row, score, scoreOf } from "../../helpers/seed";

// 2.3.1 固定资产账实相符 (1 分), spec §4: 账实相符率 = physical / book (rounded to 0.01%);
// exactly 100% → 1; within ±5% → 0.5 (以内 includes ±5%); else 0 (以外 excludes it). Seed: 100% → 1.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 100%", {}, "1"],
  ["100% from other amounts", { assets_physical: 10000, assets_book: 10000 }, "1"],
  ["100.01% → 0.5", { assets_physical: 10001, assets_book: 10000 }, "0.5"],
  ["99.99% → 0.5", { assets_physical: 9999, assets_book: 10000 }, "0.5"],
  ["100.004% rounds onto 100% → 1", { assets_physical: 100004, assets_book: 100000 }, "1"],
  ["100.005% rounds to 100.01% → 0.5", { assets_physical: 100005, assets_book: 100000 }, "0.5"],
  ["99.995% rounds onto 100% → 1", { assets_physical: 99995, assets_book: 100000 }, "1"],
  ["99.994% rounds to 99.99% → 0.5", { assets_physical: 99994, assets_book: 100000 }, "0.5"],
  // Above 100%.
  ["104.99% → 0.5", { assets_physical: 10499, assets_book: 10000 }, "0.5"],
  ["105% (±5% 以内 includes it) → 0.5", { assets_physical: 10500, assets_book: 10000 }, "0.5"],
  ["105.004% rounds onto 105% → 0.5", { assets_physical: 105004, assets_book: 100000 }, "0.5"],
  ["105.005% rounds to 105.01% → 0", { assets_physical: 105005, assets_book: 100000 }, "0"],
  ["105.01% (±5% 以外) → 0", { assets_physical: 10501, assets_book: 10000 }, "0"],
  // Below 100%.
  ["95.01% → 0.5", { assets_physical: 9501, assets_book: 10000 }, "0.5"],
  ["95% (±5% 以内 includes it) → 0.5", { assets_physical: 9500, assets_book: 10000 }, "0.5"],
  ["94.995% rounds onto 95% → 0.5", { assets_physical: 94995, assets_book: 100000 }, "0.5"],
  ["94.994% rounds to 94.99% → 0", { assets_physical: 94994, assets_book: 100000 }, "0"],
  ["94.99% → 0", { assets_physical: 9499, assets_book: 10000 }, "0"],
  ["no physical assets → 0", { assets_physical: 0, assets_book: 10000 }, "0"],
  ["a book total of 0 cannot be divided by: an issue", { assets_book: 0 }, "null"],
];

describe("2.3.1 固定资产账实相符", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.3.1", overrides)).toBe(expected);
  });

  it("shows the rate and its distance from 100%", () => {
    expect(row(score({ assets_physical: 9500, assets_book: 10000 }), "2.3.1").reasons).toEqual([
      "第1至3项：账实相符率 = 9500 ÷ 10000 = 95%，与 100% 相差 5%，在“±5% 以内”档，得 0.5 分，扣 0.5 分",
    ]);
  });
});
