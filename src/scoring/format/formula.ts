/**
 * The formulas and conditions of a framework file, as finance staff write them: `(yishang − yixia) / yishang`,
 * `progress_q1 / 序时进度(q1)`, `procurement_actual > procurement_budget`, `key_tasks = 0`, `serious_violation`.
 */

export type Expr =
  | { op: "input"; id: string }
  | { op: "number"; value: string; percent: boolean }
  | { op: "target"; checkpoint: string }
  | { op: "+" | "-"; a: Expr; b: Expr };

export type Comparison = ">" | ">=" | "<" | "<=" | "=";

export type Condition = { op: "flag"; id: string; negate: boolean } | { op: Comparison; a: Expr; b: Expr };

/** A formula the parser could not read: the message says where and what was expected. */
export class FormulaError extends Error {}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?%?)|([A-Za-z_][A-Za-z0-9_]*)|(序时进度)|(>=|<=|==|[-+−/÷()>≥<≤=]))/y;

type Token = { kind: "number" | "id" | "fn" | "sym"; text: string; at: number };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    if (/^\s*$/.test(text.slice(at))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new FormulaError(`第 ${at + 1} 个字符“${text.slice(at).trim()[0]}”无法识别`);
    const kind = m[1] ? "number" : m[2] ? "id" : m[3] ? "fn" : "sym";
    const sym = { "−": "-", "÷": "/", "≥": ">=", "≤": "<=", "==": "=" }[m[4] ?? ""] ?? m[4];
    out.push({ kind, text: kind === "sym" ? sym : m[0].trim(), at: at + 1 });
  }
  return out;
}

class Reader {
  private k = 0;
  constructor(
    private readonly list: Token[],
    private readonly source: string,
  ) {}
  peek(): Token | undefined {
    return this.list[this.k];
  }
  next(): Token {
    const t = this.list[this.k++];
    if (!t) throw new FormulaError(`“${this.source}”不完整`);
    return t;
  }
  expect(sym: string): void {
    const t = this.next();
    if (t.text !== sym) throw new FormulaError(`第 ${t.at} 个字符处应为“${sym}”，却是“${t.text}”`);
  }
  done(): void {
    const t = this.peek();
    if (t) throw new FormulaError(`第 ${t.at} 个字符起的“${this.source.slice(t.at - 1)}”多余`);
  }
}

function term(r: Reader): Expr {
  const t = r.next();
  if (t.kind === "number") {
    const percent = t.text.endsWith("%");
    return { op: "number", value: percent ? t.text.slice(0, -1) : t.text, percent };
  }
  if (t.kind === "id") return { op: "input", id: t.text };
  if (t.kind === "fn") {
    r.expect("(");
    const id = r.next();
    if (id.kind !== "id") throw new FormulaError(`序时进度(…) 中应为检查点代码，如 q1`);
    r.expect(")");
    return { op: "target", checkpoint: id.text };
  }
  if (t.text === "(") {
    const e = sum(r);
    r.expect(")");
    return e;
  }
  throw new FormulaError(`第 ${t.at} 个字符处应为输入项代码、数字或括号，却是“${t.text}”`);
}

function sum(r: Reader): Expr {
  let e = term(r);
  for (let t = r.peek(); t && (t.text === "+" || t.text === "-"); t = r.peek()) {
    r.next();
    e = { op: t.text, a: e, b: term(r) };
  }
  return e;
}

/** `a / b`: the numerator and denominator of a ratio. */
export function parseRatio(text: string): { num: Expr; den: Expr } {
  const r = new Reader(tokens(text), text);
  const num = sum(r);
  r.expect("/");
  const den = sum(r);
  r.done();
  return { num, den };
}

/** `flag`, `not flag`, or a comparison of two sums. */
export function parseCondition(text: string): Condition {
  const list = tokens(text);
  const r = new Reader(list, text);
  if (list.length <= 2 && list[list.length - 1]?.kind === "id") {
    const negate = list.length === 2;
    if (negate && list[0].text !== "not") throw new FormulaError(`“${text}”应为“输入项代码”或“not 输入项代码”`);
    return { op: "flag", id: list[list.length - 1].text, negate };
  }
  const a = sum(r);
  const t = r.next();
  if (![">", ">=", "<", "<=", "="].includes(t.text))
    throw new FormulaError(`第 ${t.at} 个字符处应为比较符号（> ≥ < ≤ =），却是“${t.text}”`);
  const b = sum(r);
  r.done();
  return { op: t.text as Comparison, a, b };
}

/** Every input id an expression or condition reads. */
export function inputsOf(e: Expr | Condition): string[] {
  switch (e.op) {
    case "input":
    case "flag":
      return [e.id];
    case "number":
    case "target":
      return [];
    default:
      return [...inputsOf(e.a), ...inputsOf(e.b)];
  }
}

/** Every checkpoint an expression's 序时进度(…) names. */
export function targetsOf(e: Expr): string[] {
  if (e.op === "target") return [e.checkpoint];
  if (e.op === "+" || e.op === "-") return [...targetsOf(e.a), ...targetsOf(e.b)];
  return [];
}
