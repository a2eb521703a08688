import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dapeng2024 } from "../helpers/frameworks";
import { fullDoc } from "../../src/scoring/frameworks/texts";

// frameworks/dapeng-2024.yaml quotes the seed's appendix word for word: every 指标说明 and 参考评分标准 is found in
// it, in order, spaces and line breaks aside. The appendix is a PDF turned to text, so a text may be cut by a page
// break (the page's header, and the 得分 or another column, then fall inside it): a text is whole, or in two pieces
// with a page break between them.
const squash = (s: string) => s.replace(/\s+/g, "");
const HEADER = squash(
  "评价指标\n指标说明 参考评分标准 得分\n一级指标 二级指标 三级指标\n名\n称\n分\n值\n名\n称\n分\n值\n名称 分值",
);
const appendix = squash(
  readFileSync(join(__dirname, "fixtures", "seed-appendix.txt"), "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("#"))
    .join("\n"),
)
  .split(HEADER)
  .join("|")
  .replace(/-\d+-/g, "|");

/** The text as pieces found in the appendix in order, each as long as it can be: [start, end) in the appendix. */
function pieces(text: string): [number, number][] {
  const t = squash(text);
  const out: [number, number][] = [];
  let at = 0;
  for (let i = 0; i < t.length;) {
    let found = 0;
    for (let n = t.length - i; n > 0 && !found; n--) {
      const p = appendix.indexOf(t.slice(i, i + n), at);
      if (p >= 0) {
        [found, at] = [n, p + n];
        out.push([p, p + n]);
      }
    }
    if (!found) throw new Error(`“${t.slice(i, i + 12)}…”不在附件原文中`);
    i += found;
  }
  return out;
}

/**
 * Whole, or in two pieces with only a page break between them: the appendix between the pieces holds a page's
 * header or number (“|”), and besides it at most the 得分 column's figure and a passage of the indicator's other
 * column (`other`: its 参考评分标准 beside its 指标说明, or the reverse), which the PDF's text runs into the cut. A
 * sentence deleted from the text leaves a gap of its own words, which is none of these.
 */
function wordForWord(text: string, other = ""): boolean {
  let found: [number, number][];
  try {
    found = pieces(text);
  } catch {
    return false;
  }
  if (found.length === 1) return true;
  if (found.length > 2) return false;
  const gap = appendix.slice(found[0][1], found[1][0]);
  if (!gap.includes("|")) return false;
  const rest = gap
    .replace(/\|/g, "")
    .replace(/^\d+(\.\d+)?/, "")
    .replace(/\d+(\.\d+)?$/, "");
  return rest === "" || squash(other).includes(rest);
}

describe("dapeng-2024's words are the appendix's", () => {
  const indicators = fullDoc(dapeng2024).indicators;

  it.each(indicators.map((i) => [i.code, i] as const))("%s 参考评分标准", (_code, i) => {
    expect(wordForWord(i.criteria!, i.description)).toBe(true);
  });

  it.each(indicators.map((i) => [i.code, i] as const))("%s 指标说明", (_code, i) => {
    expect(wordForWord(i.description!, i.criteria)).toBe(true);
  });

  it.each(indicators.map((i) => [i.code, i.name] as const))("%s's name", (_code, name) => {
    expect(wordForWord(name)).toBe(true);
  });

  it("and the rule's clauses and the passages marked not scored are passages of them (the core checks it too)", () => {
    for (const i of indicators)
      for (const n of i.not_scored ?? []) expect(squash(i.criteria!)).toContain(squash(n.passage));
  });

  it("finds a changed character", () => {
    expect(wordForWord("财政核减率低于 16%得 3 分")).toBe(false);
    expect(wordForWord("财政核减率低于 15%得 3 分；核减率 15%-25%得 2.5 分")).toBe(true);
  });

  it("finds a sentence deleted, within a page or across a page break (review of #8, item 7)", () => {
    const byCode = (code: string) => indicators.find((i) => i.code === code)!;
    const i111 = byCode("1.1.1");
    const item2 = "2.部门预算资金能根据年度工作重点，在不同项目、不同用途之间合理分配（0.5 分）；";
    expect(squash(i111.criteria!)).toContain(squash(item2));
    expect(wordForWord(squash(i111.criteria!).replace(squash(item2), ""), i111.description)).toBe(false);
    // 2.1.1 runs across a page break (its 得分 2.74 in between): whole, it passes; less its last item, it does not.
    const i211 = byCode("2.1.1");
    expect(pieces(i211.criteria!)).toHaveLength(2);
    expect(wordForWord(i211.criteria!, i211.description)).toBe(true);
    const item3 = /3\.政府采购项目[^\n]*/.exec(i211.criteria!)![0];
    const cut = squash(i211.criteria!).replace(squash(item3).slice(0, -4), "");
    expect(wordForWord(cut, i211.description)).toBe(false);
  });
});
