import fc from "fast-check";
import stringWidth from "string-width";
import { displayWidth, hang, truncate, wrap } from "../../src/cli/width";

/** Closing marks no line may begin with, and opening marks no line may end with (unless a piece had to be cut). */
const CLOSING = "，。；、：！？）》”’%";
const OPENING = "（《“‘";

describe("display width: what a Chinese terminal draws", () => {
  it.each([
    ["abc 123", 7],
    ["汉字", 4],
    ["（）：，。", 10], // full-width punctuation
    ["“ ” · × ÷ ≥", 17], // East Asian Ambiguous: double in Chinese terminals
    ["— … ≤ ±", 11],
    ["４，５０２.０３万元", 19], // full-width digits
    ["e\u0301", 1], // a combining accent takes no column
    ["\u001b[31m红\u001b[0m", 2], // escape codes take none
    ["", 0],
  ])("%j is %i columns", (text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });
});

describe("display width: the fast path agrees with string-width", () => {
  it("for any text of Chinese, Latin, full-width and Ambiguous characters, emoji and marks (property)", () => {
    const char = fc.oneof(
      fc.constantFrom(..."汉字，。（）“”‘’·×÷≥≤—…％４ａ①Ⅻ←→■□○●★※々〇ー・「」『』【】"),
      fc.integer({ min: 0x20, max: 0x2fff }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom("e\u0301", "\u{1F600}", "\u{20BB7}", "\u2764\uFE0F", "\u001b[1m", "\u200d", "\t"),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(displayWidth(text)).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
      }),
      { numRuns: 500 },
    );
  });
});

describe("wrap", () => {
  const sample =
    "第1项：政府采购执行率 = 680.11 ÷ 913.96 = 74.41%，按 74.41% × 1 分计；“一上”申报数 ≥ 4502.03 万元（含），得 0.7441 分。";

  it.each([80, 40, 24, 11])("keeps every line within %i columns and loses nothing but the spaces it breaks at", (w) => {
    const lines = wrap(sample, w);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(w);
    expect(lines.join("").replace(/ /g, "")).toBe(sample.replace(/ /g, ""));
  });

  it("never begins a line with closing punctuation nor ends one with opening punctuation", () => {
    for (const w of [10, 12, 13, 17, 23, 31]) {
      for (const line of wrap(sample, w)) {
        expect(CLOSING).not.toContain(line[0]);
        expect(OPENING).not.toContain(line[line.length - 1]);
      }
    }
  });

  it("keeps numbers and words whole, and cuts only what is wider than a line", () => {
    expect(wrap("总额 4502.03 万元", 8)).toEqual(["总额", "4502.03", "万元"]);
    expect(wrap("/a/very/long/path/to/某局.xlsx", 10).every((l) => displayWidth(l) <= 10)).toBe(true);
  });

  it("drops leading spaces that would push a piece past the edge", () => {
    expect(wrap(" 汉，", 4)).toEqual(["汉，"]);
  });

  it("keeps the text's own line breaks", () => {
    expect(wrap("一\n\n二", 80)).toEqual(["一", "", "二"]);
  });

  it("holds for any mix of Chinese, Latin, digits, symbols and spaces (property)", () => {
    const piece = fc.constantFrom(..."汉字一上申报数，。；：（）“”《》、 ·×÷≥—…%abcXYZ0123456789.-_/ ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 4, max: 100 }), (chars, w) => {
        const text = chars.join("");
        const lines = wrap(text, w);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(w);
        expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      }),
      { numRuns: 2000 },
    );
  });

  it("hangs continuation lines under the text, and truncates with …", () => {
    const lines = hang("[错误] 基础数据!D5 “一上”申报数为负数：请填写不小于 0 的金额（万元）", 30, "  ");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.startsWith("  ")).toBe(true);
      expect(displayWidth(line)).toBeLessThanOrEqual(30);
    }
    expect(truncate("深圳市大鹏新区政务服务和数据管理局.xlsx", 12)).toBe("深圳市大鹏…");
    expect(displayWidth(truncate("深圳市大鹏新区政务服务和数据管理局.xlsx", 12))).toBeLessThanOrEqual(12);
  });
});
