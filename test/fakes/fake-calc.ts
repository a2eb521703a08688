/**
 * The fake Excel's calculation: enough of Excel's formula language for the formulas tests put in workbooks (cell and
 * range references on any sheet, + - * / ^, parentheses, numbers, text, SUM, ROUND, MIN, MAX, AVERAGE, COUNT), so a
 * formula that depends on a cell PERF writes shows a current value, or a stale one, as Excel would. A formula outside
 * that language keeps the value it had: the fake never invents one.
 */

export type CalcValue = string | number | boolean;

/** Reads a cell's (already calculated) value: 0-based row and column. */
export type CellReader = (sheet: string, row: number, col: number) => CalcValue | undefined;

class Unsupported extends Error {}

type Token =
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "ref"; sheet?: string; row: number; col: number }
  | { kind: "fn"; name: string }
  | { kind: "op"; value: string };

function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  let sheet: string | undefined;
  while (rest.length > 0) {
    let m: RegExpExecArray | null;
    if ((m = /^\s+/.exec(rest))) {
      rest = rest.slice(m[0].length);
      continue;
    }
    if (
      (m = /^'((?:[^']|'')+)'!/.exec(rest)) ||
      (m = /^([^\s!()+\-*/^,:'"=<>&$0-9][^\s!()+\-*/^,:'"=<>&]*)!/.exec(rest))
    ) {
      sheet = m[1].replace(/''/g, "'");
      rest = rest.slice(m[0].length);
      continue;
    }
    if ((m = /^([A-Za-z][A-Za-z0-9.]*)\(/.exec(rest))) {
      tokens.push({ kind: "fn", name: m[1].toUpperCase() });
      rest = rest.slice(m[0].length);
      continue;
    }
    if ((m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(rest))) {
      tokens.push({ kind: "ref", sheet, row: Number(m[2]) - 1, col: colIndex(m[1]) });
      rest = rest.slice(m[0].length);
      // A range's second cell takes the sheet of its first: Sheet1!A1:B2.
      if (!rest.startsWith(":")) sheet = undefined;
      continue;
    }
    if ((m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest))) {
      tokens.push({ kind: "num", value: Number(m[0]) });
      rest = rest.slice(m[0].length);
      continue;
    }
    if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) {
      tokens.push({ kind: "str", value: m[1].replace(/""/g, '"') });
      rest = rest.slice(m[0].length);
      continue;
    }
    if ("+-*/^(),:".includes(rest[0])) {
      tokens.push({ kind: "op", value: rest[0] });
      rest = rest.slice(1);
      continue;
    }
    throw new Unsupported(rest);
  }
  return tokens;
}

type Operand = CalcValue | CalcValue[];

class Parser {
  private i = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly home: string,
    private readonly read: CellReader,
  ) {}

  parse(): Operand {
    const v = this.expression();
    if (this.i !== this.tokens.length) throw new Unsupported("trailing tokens");
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(value: string): boolean {
    const t = this.peek();
    return t?.kind === "op" && t.value === value;
  }

  private expression(): Operand {
    let left = this.term();
    while (this.isOp("+") || this.isOp("-")) {
      const op = (this.tokens[this.i++] as { value: string }).value;
      const right = this.term();
      left = arithmetic(left, right, op);
    }
    return left;
  }

  private term(): Operand {
    let left = this.power();
    while (this.isOp("*") || this.isOp("/")) {
      const op = (this.tokens[this.i++] as { value: string }).value;
      left = arithmetic(left, this.power(), op);
    }
    return left;
  }

  private power(): Operand {
    const base = this.unary();
    if (!this.isOp("^")) return base;
    this.i++;
    return arithmetic(base, this.power(), "^");
  }

  private unary(): Operand {
    if (this.isOp("-")) {
      this.i++;
      return arithmetic(0, this.unary(), "-");
    }
    if (this.isOp("+")) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Operand {
    const t = this.tokens[this.i++];
    if (!t) throw new Unsupported("end of formula");
    if (t.kind === "num" || t.kind === "str") return t.value;
    if (t.kind === "op" && t.value === "(") {
      const v = this.expression();
      if (!this.isOp(")")) throw new Unsupported("missing )");
      this.i++;
      return v;
    }
    if (t.kind === "ref") {
      const sheet = t.sheet ?? this.home;
      if (this.isOp(":")) {
        this.i++;
        const end = this.tokens[this.i++];
        if (end?.kind !== "ref") throw new Unsupported("bad range");
        const cells: CalcValue[] = [];
        for (let r = Math.min(t.row, end.row); r <= Math.max(t.row, end.row); r++)
          for (let c = Math.min(t.col, end.col); c <= Math.max(t.col, end.col); c++)
            cells.push(this.read(sheet, r, c) ?? "");
        return cells;
      }
      // A reference to an empty cell is 0, as in Excel.
      const v = this.read(sheet, t.row, t.col);
      return v === undefined || v === "" ? 0 : v;
    }
    if (t.kind === "fn") {
      const args: Operand[] = [];
      if (!this.isOp(")")) {
        for (;;) {
          args.push(this.expression());
          if (this.isOp(",")) {
            this.i++;
            continue;
          }
          break;
        }
      }
      if (!this.isOp(")")) throw new Unsupported("missing )");
      this.i++;
      return callFunction(t.name, args);
    }
    throw new Unsupported("unexpected token");
  }
}

const isError = (v: unknown): boolean => typeof v === "string" && /^#[A-Z/0!?]+[!?]?$/.test(v);

/** A scalar as arithmetic sees it: blank is 0, TRUE is 1, numeric text its number, other text #VALUE!. */
function toNumber(v: Operand): number | string {
  if (Array.isArray(v)) return "#VALUE!";
  if (isError(v)) return v as string;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v.trim() === "") return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : "#VALUE!";
}

function arithmetic(a: Operand, b: Operand, op: string): CalcValue {
  const x = toNumber(a);
  const y = toNumber(b);
  if (typeof x === "string") return x;
  if (typeof y === "string") return y;
  if (op === "/" && y === 0) return "#DIV/0!";
  const r = op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : op === "/" ? x / y : x ** y;
  return Number.isFinite(r) ? r : "#NUM!";
}

/** Numbers among a function's arguments, as SUM and its kin take them: text and blanks in ranges are skipped. */
function numbers(args: Operand[]): number[] | string {
  const out: number[] = [];
  for (const a of args) {
    for (const v of Array.isArray(a) ? a : [a]) {
      if (isError(v)) return v as string;
      if (typeof v === "number") out.push(v);
      else if (!Array.isArray(a) && typeof v === "boolean") out.push(v ? 1 : 0);
      else if (!Array.isArray(a) && typeof v === "string" && v.trim() !== "") {
        const n = toNumber(v);
        if (typeof n === "string") return n;
        out.push(n);
      }
    }
  }
  return out;
}

function callFunction(name: string, args: Operand[]): CalcValue {
  if (name === "ROUND") {
    const [x, digits] = [toNumber(args[0] ?? 0), toNumber(args[1] ?? 0)];
    if (typeof x === "string") return x;
    if (typeof digits === "string") return digits;
    const f = 10 ** digits;
    return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
  }
  const ns = numbers(args);
  if (typeof ns === "string") return ns;
  switch (name) {
    case "SUM":
      return ns.reduce((s, n) => s + n, 0);
    case "MIN":
      return ns.length ? Math.min(...ns) : 0;
    case "MAX":
      return ns.length ? Math.max(...ns) : 0;
    case "AVERAGE":
      return ns.length ? ns.reduce((s, n) => s + n, 0) / ns.length : "#DIV/0!";
    case "COUNT":
      return ns.length;
    default:
      throw new Unsupported(name);
  }
}

/** The value of `formula` (with its leading =) on sheet `home`, or undefined when the fake cannot calculate it. */
export function evaluate(formula: string, home: string, read: CellReader): CalcValue | undefined {
  try {
    const v = new Parser(tokenize(formula.replace(/^=/, "")), home, read).parse();
    return Array.isArray(v) ? (v[0] ?? 0) : v;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
