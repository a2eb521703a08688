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

/** The text as pieces found in the appendix in order, each as long as it can be. */
function pieces(text: string): string[] {
  const t = squash(text);
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < t.length;) {
    let found = 0;
    for (let n = t.length - i; n > 0 && !found; n--) {
      const p = appendix.indexOf(t.slice(i, i + n), at);
      if (p >= 0) [found, at] = [n, p + n];
    }
    if (!found) throw new Error(`“${t.slice(i, i + 12)}…”不在附件原文中`);
    out.push(t.slice(i, i + found));
    i += found;
  }
  return out;
}

/** Whole, or in two pieces across a page break. */
function quoted(text: string): boolean {
  try {
    return pieces(text).length <= 2;
  } catch {
    return false;
  }
}

describe("dapeng-2024's words are the appendix's", () => {
  const indicators = fullDoc(dapeng2024).indicators;

  it.each(indicators.map((i) => [i.code, i.criteria!] as const))("%s 参考评分标准", (_code, criteria) => {
    expect(pieces(criteria).length).toBeLessThanOrEqual(2);
  });

  it.each(indicators.map((i) => [i.code, i.description!] as const))("%s 指标说明", (_code, description) => {
    expect(pieces(description).length).toBeLessThanOrEqual(2);
  });

  it.each(indicators.map((i) => [i.code, i.name] as const))("%s's name", (_code, name) => {
    expect(quoted(name)).toBe(true);
  });

  it("and the rule's clauses and the passages marked not scored are passages of them (the core checks it too)", () => {
    for (const i of indicators)
      for (const n of i.not_scored ?? []) expect(squash(i.criteria!)).toContain(squash(n.passage));
  });

  it("finds a changed character", () => {
    expect(quoted("财政核减率低于 16%得 3 分")).toBe(false);
    expect(quoted("财政核减率低于 15%得 3 分；核减率 15%-25%得 2.5 分")).toBe(true);
  });
});
