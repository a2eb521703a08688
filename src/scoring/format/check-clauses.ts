import type { FrameworkDoc, RuleDoc } from "./doc";
import { error, type Path, type Problem } from "./problem";

/** Text compared as the framework prints it, line breaks and spaces aside. */
const squash = (s: string) => s.replace(/\s+/g, "");

/** Every clause a rule quotes, with its path. */
function clauses(rule: RuleDoc, path: Path): { clause: string; path: Path }[] {
  const own = rule.kind === "sum" ? [] : [{ clause: rule.clause, path: [...path, "clause"] }];
  switch (rule.kind) {
    case "sum":
      return rule.parts.flatMap((p, k) => clauses(p, [...path, "parts", k]));
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

/**
 * The numbered items of 参考评分标准 (1. 2. 3. at the start of a line, in order; （1） sub-items belong to theirs),
 * and the text before the first, numbered 0.
 */
export function criteriaItems(criteria: string): { number: number; text: string }[] {
  const items = [{ number: 0, text: "" }];
  for (const line of criteria.split("\n")) {
    const m = /^\s*(\d+)[.．、]/.exec(line);
    if (m && Number(m[1]) === items.length) items.push({ number: items.length, text: line.slice(m[0].length) });
    else items[items.length - 1].text += `\n${line}`;
  }
  return items.filter((i) => squash(i.text) !== "");
}

/**
 * Clauses and criteria, both ways (as Catala pairs law and code): every clause a rule quotes is a passage of its
 * 参考评分标准, and every numbered item of it is quoted by a clause or marked not scored, with a note.
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
    const criteria = squash(i.criteria);
    const quoted = clauses(i.rule, [...at, "rule"]);
    for (const c of quoted)
      if (!criteria.includes(squash(c.clause)))
        out.push(error(c.path, `条款应逐字引自本指标的参考评分标准，却找不到：“${c.clause}”`));
    const marked = i.not_scored ?? [];
    marked.forEach((n, j) => {
      if (!criteria.includes(squash(n.passage)))
        out.push(
          error([...at, "not_scored", j, "passage"], `应逐字引自本指标的参考评分标准，却找不到：“${n.passage}”`),
        );
    });
    const passages = [...quoted.map((c) => squash(c.clause)), ...marked.map((n) => squash(n.passage))];
    for (const item of criteriaItems(i.criteria)) {
      const body = squash(item.text);
      if (passages.some((p) => body.includes(p) || p.includes(body))) continue;
      const which = item.number === 0 ? "开头一段" : `第 ${item.number} 项`;
      const start = body.length > 24 ? `${body.slice(0, 24)}…` : body;
      out.push(
        error([...at, "criteria"], `参考评分标准${which}（“${start}”）没有条款引用，也没有列入 not_scored 并说明原因`),
      );
    }
  });
  doc.groups.forEach((g, k) => {
    if (g.personal && !squash(g.personal.clause).includes(squash(g.personal.item_clause)))
      out.push(error(["groups", k, "personal", "item_clause"], "应逐字引自 personal 的 clause"));
  });
  return out;
}
