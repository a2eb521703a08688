/**
 * A small, strict, incremental XML scanner for the parts of a workbook. It reads element names by their local name
 * (so `<x:c>` as the .NET Open XML SDK writes it is `c`), refuses a DTD (no entity can expand), checks that every
 * element is closed in order, and keeps its memory bounded whatever it is fed: text it is not asked for is dropped as
 * it goes, and no tag or text may grow past a limit. Offsets are absolute, so an editor can splice the document.
 */

export type Attributes = Record<string, string>;

export interface XmlEvents {
  /** A start tag; `attrs` is given only for elements `wantAttrs` names. `start`/`end` span the tag itself. */
  open(local: string, attrs: Attributes | undefined, selfClosing: boolean, start: number, end: number): void;
  /** An end tag (never called for a self-closing element). */
  close(local: string, start: number, end: number): void;
  /** Character data, entities decoded, while `capture` is set. */
  text?(text: string): void;
}

/** Why a part is not well-formed XML, in Chinese; the reader adds which file and part. */
export class XmlError extends Error {}

const MAX_TAG = 4 << 20;
const MAX_TEXT = 4 << 20;
const MAX_DEPTH = 256;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&([^;&<]{0,12});|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new XmlError("文字中有未转义的“&”");
    if (name.startsWith("#x") || name.startsWith("#X")) return codePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith("#")) return codePoint(Number(name.slice(1)), whole);
    const e = ENTITIES[name];
    if (e === undefined) throw new XmlError(`未定义的实体 ${whole}`);
    return e;
  });
}

function codePoint(n: number, whole: string): string {
  if (!Number.isInteger(n) || n < 0 || n > 0x10ffff) throw new XmlError(`无效的字符引用 ${whole}`);
  return String.fromCodePoint(n);
}

/** Character data as a parser reports it: line ends folded to "\n" (XML 1.0 §2.11), entities decoded. */
export function decodeText(raw: string): string {
  const folded = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return folded.includes("&") ? decodeEntities(folded) : folded;
}

/** An attribute value as a parser reports it: literal white space becomes a space (§3.3.3), entities decoded. */
function decodeAttribute(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  const folded = raw.replace(/\r\n?/g, " ").replace(/[\t\n]/g, " ");
  return folded.includes("&") ? decodeEntities(folded) : folded;
}

export function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The attributes of a start tag's inner text (after its name). */
export function parseAttributes(source: string): Attributes {
  const out: Attributes = {};
  const n = source.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    if (i >= n || source.charCodeAt(i) === 47 /* / */) break;
    const eq = source.indexOf("=", i);
    if (eq < 0) throw new XmlError("标签的属性写法不对");
    const name = source.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(source.charCodeAt(q))) q++;
    const quote = source[q];
    if ((quote !== '"' && quote !== "'") || !name) throw new XmlError("标签的属性写法不对");
    const close = source.indexOf(quote, q + 1);
    if (close < 0) throw new XmlError("标签的属性写法不对");
    out[name] = decodeAttribute(source.slice(q + 1, close));
    i = close + 1;
  }
  if (source.slice(i).replace(/\/?\s*$/, "") !== "") throw new XmlError("标签的属性写法不对");
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export class XmlScanner {
  /** Set by the handler while it wants the text of the element it is in. */
  capture = false;
  /** Set by the handler to stop reading: the rest of the document is neither read nor checked. */
  stopped = false;

  private pending = "";
  private base = 0;
  private readonly stack: string[] = [];
  private rawText = "";
  private textParts: string[] = [];
  private rootDone = false;
  private rootSeen = false;
  // The next quote of each kind at or after an offset of `pending`: searched once, not once per tag.
  private nextDq = -1;
  private nextSq = -1;

  constructor(
    private readonly events: XmlEvents,
    private readonly wantAttrs: (local: string) => boolean = () => true,
  ) {}

  /** Offset of the first character not yet consumed. */
  get offset(): number {
    return this.base;
  }

  write(chunk: string): void {
    if (this.stopped) return;
    this.pending = this.pending.length > 0 ? this.pending + chunk : chunk;
    this.nextDq = this.nextSq = -1;
    this.run();
  }

  /** The document is complete: anything left open means it was cut short. */
  end(): void {
    if (this.stopped) return;
    if (this.pending.trim() !== "") throw new XmlError("内容在一个标签中间中断");
    if (!this.rootSeen) throw new XmlError("没有任何内容");
    if (this.stack.length > 0) throw new XmlError(`内容不完整：<${this.stack[this.stack.length - 1]}> 没有结束`);
  }

  private quoteAt(s: string, from: number, kind: '"' | "'"): number {
    if (kind === '"') {
      if (this.nextDq !== Infinity && this.nextDq < from) {
        const i = s.indexOf('"', from);
        this.nextDq = i < 0 ? Infinity : i;
      }
      return this.nextDq;
    }
    if (this.nextSq !== Infinity && this.nextSq < from) {
      const i = s.indexOf("'", from);
      this.nextSq = i < 0 ? Infinity : i;
    }
    return this.nextSq;
  }

  /** The offset just past a start tag's closing ">", quotes respected; -1 when the tag is not complete yet. */
  private startTagEnd(s: string, from: number): number {
    let j = from;
    for (;;) {
      const gt = s.indexOf(">", j);
      if (gt < 0) return -1;
      const q = Math.min(this.quoteAt(s, j, '"'), this.quoteAt(s, j, "'"));
      if (q > gt) return gt + 1;
      const close = s.indexOf(s[q], q + 1);
      if (close < 0) return -1;
      j = close + 1;
    }
  }

  private tagEnd(s: string, lt: number): number {
    const next = s.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const gt = s.indexOf(">", lt);
      return gt < 0 ? -1 : gt + 1;
    }
    if (next === 63 /* ? */) {
      const q = s.indexOf("?>", lt + 2);
      return q < 0 ? -1 : q + 2;
    }
    if (next === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) {
        const c = s.indexOf("-->", lt + 4);
        return c < 0 ? -1 : c + 3;
      }
      if (s.startsWith("<![CDATA[", lt)) {
        const c = s.indexOf("]]>", lt + 9);
        return c < 0 ? -1 : c + 3;
      }
      if (s.length - lt < 9) return -1;
      if (s.startsWith("<!DOCTYPE", lt)) throw new XmlError("含有文档类型定义（DTD），工作簿的 XML 不应有，已拒绝读取");
      throw new XmlError("有无法识别的标记");
    }
    if (Number.isNaN(next)) return -1;
    return this.startTagEnd(s, lt + 1);
  }

  private flushText(): void {
    if (this.rawText.length > 0) {
      this.textParts.push(decodeText(this.rawText));
      this.rawText = "";
    }
    if (this.textParts.length > 0) {
      const text = this.textParts.length === 1 ? this.textParts[0] : this.textParts.join("");
      this.textParts = [];
      this.events.text?.(text);
    }
  }

  private addText(raw: string): void {
    if (!this.capture || raw.length === 0) return;
    this.rawText += raw;
    if (this.rawText.length > MAX_TEXT) throw new XmlError("单元格文字过长");
  }

  private run(): void {
    const s = this.pending;
    let i = 0;
    while (i < s.length && !this.stopped) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        this.addText(s.slice(i));
        i = s.length;
        break;
      }
      if (lt > i) this.addText(s.slice(i, lt));
      const end = this.tagEnd(s, lt);
      if (end < 0) {
        if (s.length - lt > MAX_TAG) throw new XmlError("标签过长");
        i = lt;
        break;
      }
      this.tag(s, lt, end);
      i = end;
    }
    this.base += i;
    this.pending = i >= s.length ? "" : s.slice(i);
    this.nextDq = this.nextSq = -1;
  }

  private tag(s: string, lt: number, end: number): void {
    const kind = s.charCodeAt(lt + 1);
    if (kind === 63 /* ? */) return;
    if (kind === 33 /* ! */) {
      if (s.startsWith("<![CDATA[", lt) && this.capture) {
        if (this.rawText) this.textParts.push(decodeText(this.rawText));
        this.rawText = "";
        this.textParts.push(s.slice(lt + 9, end - 3));
      }
      return;
    }
    const at = this.base + lt;
    const atEnd = this.base + end;
    if (kind === 47 /* / */) {
      const qname = s.slice(lt + 2, end - 1).trim();
      const open = this.stack.pop();
      if (open !== qname) {
        throw new XmlError(open ? `</${qname}> 与 <${open}> 不匹配` : `多出了 </${qname}>`);
      }
      this.flushText();
      if (this.stack.length === 0) this.rootDone = true;
      this.events.close(localName(qname), at, atEnd);
      return;
    }
    let nameEnd = lt + 1;
    while (nameEnd < end) {
      const c = s.charCodeAt(nameEnd);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
      nameEnd++;
    }
    const qname = s.slice(lt + 1, nameEnd);
    if (!qname) throw new XmlError("有无名的标签");
    if (this.rootDone) throw new XmlError("根元素之后还有内容");
    this.rootSeen = true;
    const selfClosing = s.charCodeAt(end - 2) === 47;
    const local = localName(qname);
    this.flushText();
    const attrs = this.wantAttrs(local)
      ? parseAttributes(s.slice(nameEnd, selfClosing ? end - 2 : end - 1))
      : undefined;
    if (!selfClosing) {
      if (this.stack.length >= MAX_DEPTH) throw new XmlError("元素嵌套过深");
      this.stack.push(qname);
    } else if (this.stack.length === 0) {
      this.rootDone = true;
    }
    this.events.open(local, attrs, selfClosing, at, atEnd);
  }
}

/** Scans a whole document held in memory. */
export function scanXml(xml: string, events: XmlEvents, wantAttrs?: (local: string) => boolean): void {
  const scanner = new XmlScanner(events, wantAttrs);
  if (xml.charCodeAt(0) === 0xfeff) throw new XmlError("internal: strip the byte order mark before scanning");
  scanner.write(xml);
  scanner.end();
}

/** Text for element content: &, < and > escaped. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Text for an attribute value in double quotes; white space kept as character references. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A cell's text as SpreadsheetML stores it: characters XML 1.0 cannot hold (most control characters, lone surrogates)
 * as _xHHHH_, and a literal "_xHHHH_" protected by escaping its underscore (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */
export function escapeXstring(text: string): string {
  const protectedText = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  const safe = protectedText.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return escapeText(safe);
}

/** The reverse of escapeXstring, for text read from a cell (shared and inline strings). */
export function unescapeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
