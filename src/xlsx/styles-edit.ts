import { WorkbookLoadError } from "./errors";
import type { CellStyles } from "./styles";
import { scanXml } from "./xml";

interface List {
  /** The list element's open tag, to update its count. */
  open: { start: number; end: number; selfClosing: boolean; qname: string };
  closeStart: number;
  /** Each child element as written, to find an identical one before adding another. */
  children: string[];
  added: string[];
}

const LISTS = ["fonts", "fills", "cellXfs"] as const;
type ListName = (typeof LISTS)[number];

/** The cell formats of PERF's own sheets. */
export type OwnStyle = "title" | "section" | "header" | "number" | "whole" | "wrap";

/**
 * Adds the few cell formats PERF needs to styles.xml, and nothing else: existing fonts, fills and formats keep their
 * places and their bytes; a format PERF added before (or one identical to it) is reused, so filling again does not
 * make the file grow.
 */
export class StylesEditor {
  private readonly lists = new Map<ListName, List>();
  private readonly prefix: string;
  private readonly wrapCache = new Map<number, number>();
  private readonly ownCache = new Map<OwnStyle, number>();

  constructor(
    private readonly xml: string,
    private readonly styles: CellStyles,
  ) {
    let prefix = "";
    let first = true;
    let current: { name: ListName; depth: number; list: List } | undefined;
    let depth = 0;
    let childStart = -1;
    scanXml(
      xml,
      {
        open: (local, _a, selfClosing, start, end) => {
          if (first) {
            first = false;
            const qname = /^<([^\s/>]+)/.exec(xml.slice(start, end))?.[1] ?? local;
            prefix = qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "";
          }
          if (!current && depth === 1 && (LISTS as readonly string[]).includes(local)) {
            const qname = /^<([^\s/>]+)/.exec(xml.slice(start, end))?.[1] ?? local;
            const list: List = { open: { start, end, selfClosing, qname }, closeStart: end, children: [], added: [] };
            this.lists.set(local as ListName, list);
            if (!selfClosing) current = { name: local as ListName, depth: depth + 1, list };
          } else if (current && depth === current.depth) {
            childStart = selfClosing ? -1 : start;
            if (selfClosing) current.list.children.push(xml.slice(start, end));
          }
          if (!selfClosing) depth++;
        },
        close: (local, start, end) => {
          depth--;
          if (current && depth === current.depth && childStart >= 0) {
            current.list.children.push(xml.slice(childStart, end));
            childStart = -1;
          } else if (current && depth === current.depth - 1 && local === current.name) {
            current.list.closeStart = start;
            current = undefined;
          }
        },
      },
      () => false,
    );
    this.prefix = prefix;
    for (const name of LISTS) {
      if (!this.lists.has(name)) throw new WorkbookLoadError(`styles.xml 缺少 ${name}，无法写入`);
    }
  }

  private list(name: ListName): List {
    return this.lists.get(name) as List;
  }

  /** The index of an element identical to `xml` in the list, adding it when there is none. */
  private indexOf(name: ListName, xml: string): number {
    const list = this.list(name);
    const found = list.children.indexOf(xml);
    if (found >= 0) return found;
    const added = list.added.indexOf(xml);
    if (added >= 0) return list.children.length + added;
    list.added.push(xml);
    return list.children.length + list.added.length - 1;
  }

  /** A cell format like `style` that also wraps text (for 扣分原因 with one reason per line). */
  wrapping(style: number): number {
    if (this.styles.wraps(style)) return style;
    const cached = this.wrapCache.get(style);
    if (cached !== undefined) return cached;
    const xfs = this.list("cellXfs");
    const xf = [...xfs.children, ...xfs.added][style] ?? xfs.children[0];
    if (!xf) return style;
    const p = this.prefix;
    let wrapped: string;
    const withApply = (tag: string) =>
      /\bapplyAlignment\s*=/.test(tag)
        ? tag.replace(/\bapplyAlignment\s*=\s*("[^"]*"|'[^']*')/, 'applyAlignment="1"')
        : tag.replace(/^<([^\s/>]+)/, '<$1 applyAlignment="1"');
    if (/\/>\s*$/.test(xf) && !/<[^>]*alignment/.test(xf.slice(1))) {
      wrapped = `${withApply(xf.replace(/\s*\/>\s*$/, ""))}><${p}alignment wrapText="1"/></${xf.match(/^<([^\s/>]+)/)?.[1] ?? "xf"}>`;
    } else {
      const openEnd = xf.indexOf(">") + 1;
      const open = withApply(xf.slice(0, openEnd));
      let inner = xf.slice(openEnd);
      if (/<([\w]+:)?alignment\b/.test(inner)) {
        inner = inner.replace(
          /<((?:\w+:)?alignment)\b([^>]*?)(\/?)>/,
          (_m, q: string, attrs: string, slash: string) => {
            const a = /\bwrapText\s*=/.test(attrs)
              ? attrs.replace(/\bwrapText\s*=\s*("[^"]*"|'[^']*')/, 'wrapText="1"')
              : `${attrs} wrapText="1"`;
            return `<${q}${a}${slash}>`;
          },
        );
      } else {
        inner = `<${p}alignment wrapText="1"/>${inner}`;
      }
      wrapped = open + inner;
    }
    const index = this.indexOf("cellXfs", wrapped);
    this.wrapCache.set(style, index);
    return index;
  }

  /** A format for PERF's own sheets, in the workbook's own default font. */
  own(kind: OwnStyle): number {
    const cached = this.ownCache.get(kind);
    if (cached !== undefined) return cached;
    const p = this.prefix;
    const font = (size?: number) => {
      const base = this.list("fonts").children[0] ?? `<${p}font><${p}sz val="11"/></${p}font>`;
      const inner = base
        .replace(/^<[^>]*>/, "")
        .replace(/<\/[^>]+>\s*$/, "")
        .replace(/<((?:\w+:)?)b\/>/, "");
      const sized = size === undefined ? inner : inner.replace(/<((?:\w+:)?)sz\b[^>]*\/>/, `<$1sz val="${size}"/>`);
      const open = base.match(/^<[^>]*>/)?.[0].replace(/\/>$/, ">") ?? `<${p}font>`;
      const close = `</${open.match(/^<([^\s/>]+)/)?.[1] ?? "font"}>`;
      return this.indexOf("fonts", `${open}<${p}b/>${sized}${close}`);
    };
    const xf = (attrs: string, inner = "") =>
      this.indexOf(
        "cellXfs",
        inner ? `<${p}xf ${attrs} borderId="0" xfId="0">${inner}</${p}xf>` : `<${p}xf ${attrs} borderId="0" xfId="0"/>`,
      );
    let index: number;
    switch (kind) {
      case "title":
        index = xf(`numFmtId="0" fontId="${font(14)}" fillId="0" applyFont="1"`);
        break;
      case "section":
        index = xf(`numFmtId="0" fontId="${font(12)}" fillId="0" applyFont="1"`);
        break;
      case "header": {
        const fill = this.indexOf(
          "fills",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FFD9E1F2"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        );
        index = xf(`numFmtId="0" fontId="${font()}" fillId="${fill}" applyFont="1" applyFill="1"`);
        break;
      }
      case "number":
        index = xf(`numFmtId="2" fontId="0" fillId="0" applyNumberFormat="1"`);
        break;
      case "whole": // built-in format 1, "0": a year
        index = xf(`numFmtId="1" fontId="0" fillId="0" applyNumberFormat="1"`);
        break;
      case "wrap":
        index = xf(
          `numFmtId="0" fontId="0" fillId="0" applyAlignment="1"`,
          `<${p}alignment vertical="top" wrapText="1"/>`,
        );
        break;
    }
    this.ownCache.set(kind, index);
    return index;
  }

  get changed(): boolean {
    return LISTS.some((n) => this.list(n).added.length > 0);
  }

  /** styles.xml with the added formats appended to their lists and the counts updated. */
  toXml(): string {
    const edits = LISTS.map((n) => this.list(n))
      .filter((l) => l.added.length > 0)
      .sort((a, b) => a.open.start - b.open.start);
    let out = "";
    let at = 0;
    for (const l of edits) {
      const count = l.children.length + l.added.length;
      const openTag = this.xml.slice(l.open.start, l.open.end);
      const counted = /\bcount\s*=/.test(openTag)
        ? openTag.replace(/\bcount\s*=\s*("[^"]*"|'[^']*')/, `count="${count}"`)
        : openTag.replace(/^<([^\s/>]+)/, `<$1 count="${count}"`);
      if (l.open.selfClosing) {
        out +=
          this.xml.slice(at, l.open.start) + counted.replace(/\s*\/>$/, ">") + l.added.join("") + `</${l.open.qname}>`;
        at = l.open.end;
      } else {
        out += this.xml.slice(at, l.open.start) + counted + this.xml.slice(l.open.end, l.closeStart) + l.added.join("");
        at = l.closeStart;
      }
    }
    return out + this.xml.slice(at);
  }
}

/** A styles part for a workbook that has none (some programs write none): one font, the two required fills. */
export function minimalStyles(mainNs: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${mainNs}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}
