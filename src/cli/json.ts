/**
 * JSON as the bureau's files come: the encoding named when it is not UTF-8 (GBK and UTF-16 are what Windows editors
 * write), a parser without recursion that stops at set limits (size, depth, number of keys) instead of running out of
 * stack or memory, duplicate keys reported instead of silently losing one, and every message in Chinese with its line
 * and column.
 */

export const JSON_LIMITS = {
  /** A case file is a few kilobytes; this leaves room for many departments' worth of notes. */
  bytes: 16 * 1024 * 1024,
  depth: 64,
  keys: 100_000,
} as const;

export class JsonError extends Error {}

/** A key given twice in one object: the later value is used, as JSON.parse does, but not silently. */
export interface DuplicateKey {
  /** Where the object is: "inputs", "effect[2].items[0]", or "" for the top level. */
  path: string;
  key: string;
  firstLine: number;
  line: number;
}

export function sizeLimitText(): string {
  return `${JSON_LIMITS.bytes / 1024 / 1024} MB`;
}

/** The text of a JSON file's bytes: UTF-8, with or without a byte order mark; anything else is named. */
export function decodeJson(data: Buffer, label: string): string {
  const b = data;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8(b.subarray(3), label);
  if (
    b.length >= 4 &&
    ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) ||
      (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))
  )
    throw new JsonError(`${label} 是 UTF-32 编码，请另存为 UTF-8 后再试`);
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)))
    throw new JsonError(`${label} 是 UTF-16 编码（记事本中叫“Unicode”），请另存为 UTF-8 后再试`);
  if (b.length >= 2 && ((b[0] !== 0 && b[1] === 0) || (b[0] === 0 && b[1] !== 0)))
    throw new JsonError(`${label} 是 UTF-16 编码（没有字节顺序标记），请另存为 UTF-8 后再试`);
  return utf8(b, label);
}

function utf8(b: Buffer, label: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    let gbk = false;
    try {
      new TextDecoder("gbk", { fatal: true }).decode(b);
      gbk = true;
    } catch {
      gbk = false;
    }
    throw new JsonError(
      gbk
        ? `${label} 不是 UTF-8 编码，可能是 GBK（GB2312/GB18030，简体中文 Windows 的默认编码）：请用记事本打开，“另存为”时编码选 UTF-8 后再试`
        : `${label} 不是 UTF-8 编码，无法识别其中的文字：请另存为 UTF-8 后再试`,
    );
  }
}

interface Frame {
  kind: "object" | "array";
  value: Record<string, unknown> | unknown[];
  path: string;
  /** The key whose value is being read (objects). */
  key?: string;
  keys?: Map<string, number>;
}

/** Duplicate keys listed one by one; more are counted. */
export const MAX_LISTED = 20;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text; throws JsonError with a Chinese message, line and column. */
export function parseJson(
  text: string,
  label: string,
): { value: unknown; duplicates: DuplicateKey[]; duplicateCount: number } {
  const duplicates: DuplicateKey[] = [];
  let duplicateCount = 0;
  const stack: Frame[] = [];
  let i = 0;
  let keys = 0;
  const n = text.length;
  const lineOf = (pos: number) => {
    let line = 1;
    for (let k = text.indexOf("\n"); k >= 0 && k < pos; k = text.indexOf("\n", k + 1)) line++;
    return line;
  };
  const fail = (what: string, pos = i): never => {
    const line = lineOf(pos);
    const col = pos - (text.lastIndexOf("\n", pos - 1) + 1) + 1;
    throw new JsonError(`${label} 不是有效的 JSON：第 ${line} 行第 ${col} 列${what}`);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const readString = (): string => {
    const start = i + 1;
    let j = start;
    let simple = true;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 34) break;
      if (c === 92 || c < 32) {
        simple = false;
        break;
      }
    }
    if (simple) {
      if (j >= n) fail("：文本缺少结尾的双引号", i);
      i = j + 1;
      return text.slice(start, j);
    }
    let out = text.slice(start, j);
    for (;;) {
      if (j >= n) fail("：文本缺少结尾的双引号", i);
      const c = text.charCodeAt(j);
      if (c === 34) break;
      if (c < 32) fail("：文本中有控制字符（如直接换行），请写成 \\n 等转义", j);
      if (c === 92) {
        const e = text[j + 1];
        const simpleEscapes: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        if (e in simpleEscapes) {
          out += simpleEscapes[e];
          j += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
          out += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
          j += 6;
        } else {
          fail(`：无效的转义“\\${e ?? ""}”`, j);
        }
      } else {
        out += text[j];
        j++;
      }
    }
    i = j + 1;
    return out;
  };

  let root: unknown;
  let done = false;
  // Each turn reads one value; containers push a frame instead of recursing.
  ws();
  if (i >= n) throw new JsonError(`${label} 是空的，不是有效的 JSON`);
  for (;;) {
    ws();
    let value: unknown;
    let produced = false;
    const c = text[i];
    if (c === "{" || c === "[") {
      if (stack.length >= JSON_LIMITS.depth) {
        throw new JsonError(`${label} 的嵌套超过 ${JSON_LIMITS.depth} 层，不像是评分数据，已拒绝读取`);
      }
      const parent = stack[stack.length - 1];
      const path = !parent
        ? ""
        : parent.kind === "array"
          ? `${parent.path}[${(parent.value as unknown[]).length}]`
          : parent.path
            ? `${parent.path}.${parent.key}`
            : (parent.key as string);
      i++;
      ws();
      if (c === "{") {
        const frame: Frame = { kind: "object", value: {}, path, keys: new Map() };
        if (text[i] === "}") {
          i++;
          value = frame.value;
          produced = true;
        } else {
          stack.push(frame);
          readKey(frame);
          continue;
        }
      } else if (text[i] === "]") {
        i++;
        value = [];
        produced = true;
      } else {
        stack.push({ kind: "array", value: [], path });
        continue;
      }
    } else if (c === '"') {
      value = readString();
      produced = true;
    } else if (c === "t" && text.startsWith("true", i)) {
      value = true;
      i += 4;
      produced = true;
    } else if (c === "f" && text.startsWith("false", i)) {
      value = false;
      i += 5;
      produced = true;
    } else if (c === "n" && text.startsWith("null", i)) {
      value = null;
      i += 4;
      produced = true;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail("：数字的写法不对");
      value = Number((m as RegExpExecArray)[0]);
      i += (m as RegExpExecArray)[0].length;
      produced = true;
    } else {
      fail(
        i >= n
          ? "：内容不完整，在文件末尾中断"
          : `：这里应是一个值（数字、文本、true、false、null、{…} 或 […]），却是“${c}”`,
      );
    }
    // A value is complete: give it to its container, then close containers that end here.
    while (produced) {
      const top = stack[stack.length - 1];
      if (!top) {
        root = value;
        done = true;
        break;
      }
      if (top.kind === "array") (top.value as unknown[]).push(value);
      else setKey(top.value as Record<string, unknown>, top.key as string, value);
      ws();
      if (text[i] === ",") {
        i++;
        ws();
        if (top.kind === "object") readKey(top);
        produced = false;
      } else if (text[i] === (top.kind === "array" ? "]" : "}")) {
        i++;
        stack.pop();
        value = top.value;
      } else {
        fail(i >= n ? "：内容不完整，在文件末尾中断" : `：缺少逗号或${top.kind === "array" ? "“]”" : "“}”"}`);
      }
    }
    if (done) break;
  }
  ws();
  if (i < n) fail("：JSON 之后还有多余的内容");
  return { value: root, duplicates, duplicateCount };

  function readKey(frame: Frame): void {
    ws();
    if (text[i] !== '"') fail(i >= n ? "：内容不完整，在文件末尾中断" : "：对象的键应是带双引号的文本");
    const at = i;
    const key = readString();
    ws();
    if (text[i] !== ":") fail("：键之后缺少冒号");
    i++;
    if (++keys > JSON_LIMITS.keys) {
      throw new JsonError(`${label} 的键超过 ${JSON_LIMITS.keys} 个，不像是评分数据，已拒绝读取`);
    }
    const seen = frame.keys as Map<string, number>;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, at);
    else if (duplicateCount++ < MAX_LISTED)
      duplicates.push({ path: frame.path, key, firstLine: lineOf(first), line: lineOf(at) });
    frame.key = key;
  }
}

/** Sets a key as JSON.parse does: "__proto__" becomes an ordinary key, never the object's prototype. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
