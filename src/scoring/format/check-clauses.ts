import type { FrameworkDoc, RuleDoc } from "./doc";
import { error, stricter, type Path, type Problem } from "./problem";

/** Text compared as the framework prints it, line breaks and spaces aside. */
const squash = (s: string) => s.replace(/\s+/g, "");

/** Marks after (or before) which a phrase of 参考评分标准 begins (or ends): a quote starts and stops only there. */
const PHRASE_MARKS = new Set([..."。；;，,：:！？!?"]);
/** Marks that end a sentence (so do line breaks): coverage is counted sentence by sentence. */
const SENTENCE_MARKS = new Set([..."。；;！？!?"]);
/** Punctuation that is no content of its own: a sentence is covered when all of its other characters are. */
const PUNCTUATION = new Set([...PHRASE_MARKS, "、"]);
/** An item's number at the start of a line: “1.”, “2、”; a sub-item's: “（1）”. */
const ITEM = /^\s*(\d+)[.．、]/;
const SUB_ITEM = /^\s*[（(]\d+[）)]/;

/** Every clause a rule quotes (zero_when's own clause among them), with its path. */
function clauses(rule: RuleDoc, path: Path): { clause: string; path: Path }[] {
  const own = rule.kind === "sum" ? [] : [{ clause: rule.clause, path: [...path, "clause"] }];
  switch (rule.kind) {
    case "sum":
      return rule.parts.flatMap((p, k) => clauses(p, [...path, "parts", k]));
    case "proportional":
      return rule.zero_when_clause === undefined
        ? own
        : [...own, { clause: rule.zero_when_clause, path: [...path, "zero_when_clause"] }];
    case "condition":
      return [...own, ...clauses(rule.otherwise, [...path, "otherwise"])];
    case "optional":
      return [...own, ...clauses(rule.rule, [...path, "rule"])];
    case "either":
      return [...own, ...Object.entries(rule.options).flatMap(([k, o]) => clauses(o, [...path, "options", k]))];
    default:
      return own;
  }
}

/** A zero_when that quotes no clause of its own (the sentence it implements would otherwise go unquoted). */
function unquotedZeroWhen(rule: RuleDoc, path: Path): Path[] {
  switch (rule.kind) {
    case "sum":
      return rule.parts.flatMap((p, k) => unquotedZeroWhen(p, [...path, "parts", k]));
    case "proportional":
      return rule.zero_when !== undefined && rule.zero_when_clause === undefined ? [[...path, "zero_when"]] : [];
    case "condition":
      return unquotedZeroWhen(rule.otherwise, [...path, "otherwise"]);
    case "optional":
      return unquotedZeroWhen(rule.rule, [...path, "rule"]);
    case "either":
      return Object.entries(rule.options).flatMap(([k, o]) => unquotedZeroWhen(o, [...path, "options", k]));
    default:
      return [];
  }
}

/**
 * 参考评分标准 as the checks read it: its characters without spaces and line breaks (`text`), where each stood in the
 * original (`at`), the numbered item each belongs to, which are item numbers (no content), where phrases may begin
 * and end, and where sentences end.
 */
interface Criteria {
  original: string;
  text: string;
  at: number[];
  item: number[];
  marker: boolean[];
  /** Positions (between characters) where a line or an item's text begins or ends. */
  edges: Set<number>;
  /** Positions where a line ends. */
  lines: Set<number>;
}

function readCriteria(original: string): Criteria {
  const c: Criteria = { original, text: "", at: [], item: [], marker: [], edges: new Set([0]), lines: new Set() };
  let item = 0;
  let offset = 0;
  for (const line of original.split("\n")) {
    const numbered = ITEM.exec(line);
    if (numbered && Number(numbered[1]) === item + 1) item += 1;
    const markerEnd =
      numbered && Number(numbered[1]) === item ? numbered[0].length : (SUB_ITEM.exec(line)?.[0].length ?? 0);
    c.edges.add(c.text.length);
    for (let k = 0; k < line.length; k++) {
      if (/\s/.test(line[k])) continue;
      if (k === markerEnd) c.edges.add(c.text.length);
      c.text += line[k];
      c.at.push(offset + k);
      c.item.push(item);
      c.marker.push(k < markerEnd);
    }
    c.edges.add(c.text.length);
    c.lines.add(c.text.length);
    offset += line.length + 1;
  }
  return c;
}

/** Whether a quote may begin (or end) at this position: a phrase's edge, not inside one. */
function phraseEdge(c: Criteria, k: number): boolean {
  if (k <= 0 || k >= c.text.length || c.edges.has(k)) return true;
  // A quote may take the mark with it or leave it out: “…（1分）” and “…（1分）；” both end a phrase.
  return PHRASE_MARKS.has(c.text[k - 1]) || PHRASE_MARKS.has(c.text[k]);
}

/** Where a quote stands in the criteria: every place it is a run of whole phrases, and whether it occurs at all. */
function placesOf(c: Criteria, quote: string): { places: number[]; occurs: boolean } {
  const places: number[] = [];
  let occurs = false;
  for (let k = c.text.indexOf(quote); k >= 0 && quote !== ""; k = c.text.indexOf(quote, k + 1)) {
    occurs = true;
    if (phraseEdge(c, k) && phraseEdge(c, k + quote.length)) places.push(k);
  }
  return { places, occurs };
}

/** The sentences of the criteria, as [start, end) of its text: split at 。；;！？ and at line breaks. */
function sentences(c: Criteria): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= c.text.length; k++) {
    if (k === c.text.length || SENTENCE_MARKS.has(c.text[k - 1]) || c.lines.has(k)) {
      out.push([start, k]);
      start = k;
    }
  }
  return out;
}

const isContent = (c: Criteria, k: number) => !c.marker[k] && !PUNCTUATION.has(c.text[k]);

/**
 * Clauses and criteria, both ways (as Catala pairs law and code).
 *
 * One way: every clause a rule quotes, and every passage marked not scored, is found word for word in its
 * indicator's 参考评分标准, spaces and line breaks aside, and is whole: it begins where a phrase begins (the start of
 * the text or of a line, after an item's number such as “1.” or “（1）”, or after one of 。；;，,：:！？) and ends where
 * one ends (the end of the text or of a line, or at one of those marks), so a fragment such as “得” or “得分” is no
 * quote.
 *
 * The other way: sentence by sentence (split at 。；;！？ and line breaks), every character of 参考评分标准 other than
 * punctuation and item numbers lies inside a clause or a passage marked not scored. Each quote covers one place: the
 * first where it leaves something uncovered (two items may share their words, as 2.1.3's sub-items do).
 *
 * The checks that came after format 1 was first shipped (whole phrases, sentence by sentence, zero_when's clause)
 * are `stricter`: a framework a workbook carries, issued under the earlier checks, keeps scoring (check-doc.ts).
 */
export function checkClauses(doc: FrameworkDoc): Problem[] {
  const out: Problem[] = [];
  doc.indicators.forEach((i, k) => {
    const at: Path = ["indicators", k];
    if (i.criteria === undefined || i.description === undefined) {
      out.push(
        error(at, `${i.code} 缺少${i.criteria === undefined ? "参考评分标准（criteria）" : "指标说明（description）"}`),
      );
      return;
    }
    const c = readCriteria(i.criteria);
    const covered = c.text.split("").map(() => false);
    const quotes = [
      ...clauses(i.rule, [...at, "rule"]).map((q) => ({ ...q, marked: false })),
      ...(i.not_scored ?? []).map((n, j) => ({
        clause: n.passage,
        path: [...at, "not_scored", j, "passage"] as Path,
        marked: true,
      })),
    ];
    // Longest first, so that a short quote does not take the place of a long one that includes it.
    for (const q of [...quotes].sort((a, b) => squash(b.clause).length - squash(a.clause).length)) {
      const quote = squash(q.clause);
      const { places, occurs } = placesOf(c, quote);
      if (!occurs) {
        const what = q.marked ? "应逐字引自本指标的参考评分标准" : "条款应逐字引自本指标的参考评分标准";
        out.push(error(q.path, `${what}，却找不到：“${q.clause}”`));
        continue;
      }
      if (places.length === 0) {
        out.push(
          stricter(
            q.path,
            `“${q.clause}”只是参考评分标准中一句话的片段：应引用完整的语句，从句首（或逗号、分号、冒号、句号之后）引到句末（或这些标点之前）`,
          ),
        );
        continue;
      }
      const place =
        places.find((p) => covered.slice(p, p + quote.length).some((x, d) => !x && isContent(c, p + d))) ?? places[0];
      for (let d = 0; d < quote.length; d++) covered[place + d] = true;
    }
    for (const [start, end] of sentences(c)) {
      const open = [];
      for (let p = start; p < end; p++) if (!covered[p] && isContent(c, p)) open.push(p);
      if (open.length === 0) continue;
      const [first, last] = [open[0], open[open.length - 1]];
      const words = c.original.slice(c.at[first], c.at[last] + 1);
      const item = c.item[first];
      out.push(
        stricter(
          [...at, "criteria"],
          `参考评分标准${item > 0 ? `第 ${item} 项` : ""}中“${words}”没有条款引用，也没有列入 not_scored 并说明原因`,
        ),
      );
    }
    for (const path of unquotedZeroWhen(i.rule, [...at, "rule"]))
      out.push(
        stricter(
          path,
          "zero_when 应配有 zero_when_clause：引用它所实施的参考评分标准原文（如“如实际采购金额大于采购计划金额，本项得 0分”）",
        ),
      );
  });
  doc.groups.forEach((g, k) => {
    if (g.personal && !squash(g.personal.clause).includes(squash(g.personal.item_clause)))
      out.push(error(["groups", k, "personal", "item_clause"], "应逐字引自 personal 的 clause"));
  });
  return out;
}
