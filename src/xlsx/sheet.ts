import type { Cell, CellRange, CellValue, SheetSnapshot } from "../workbook";
import { inRange, parseRange } from "../workbook";
import { shiftFormula } from "./formula";
import type { SharedStrings } from "./strings";
import { serialText, type CellStyles } from "./styles";
import { unescapeXstring, XmlError, XmlScanner, type Attributes } from "./xml";

export interface SheetReadOptions {
  strings: SharedStrings;
  styles: CellStyles;
  date1904: boolean;
  /**
   * Asked once the first `topRows` rows are read: whether anything further down can matter. When it says no, the
   * rest of the sheet is neither inflated nor parsed.
   */
  keepReading?: (top: SheetSnapshot) => boolean;
  topRows?: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** "AB12" → 0-based row and column; undefined when it is not a cell reference within a sheet. */
function cellRef(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW || col > MAX_COL) return undefined;
  return { row: row - 1, col: col - 1 };
}

const WANTED = new Set(["worksheet", "row", "c", "f", "mergeCell"]);

interface Pending {
  row: number;
  col: number;
  s: number;
  t: string;
  v?: string;
  f?: { t?: string; si?: string; text: string };
  inline?: string[];
}

/**
 * Reads one worksheet part, streamed: values as a person sees them (shared and inline strings, rich text as its
 * text, booleans, errors, dates by their number format as "2024-01-01"), formulas with their cached results, shared
 * formulas as each cell's own formula, a formula saved without a result marked so, and merged ranges (only their
 * top-left cell keeps a value, as in Excel). XML that is cut short or not well-formed throws XmlError.
 */
export async function readSheet(
  name: string,
  chunks: AsyncIterable<Buffer>,
  options: SheetReadOptions,
): Promise<SheetSnapshot> {
  const { strings, styles, date1904 } = options;
  const topRows = options.topRows ?? Infinity;
  const rows: (Cell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const masters = new Map<string, { text: string; row: number; col: number }>();
  let root: string | undefined;
  let inData = false;
  let row = -1;
  let col = -1;
  let cell: Pending | undefined;
  let target: "v" | "f" | "t" | undefined;
  let inInline = false;
  let phonetic = 0;
  let decided = options.keepReading === undefined;

  const finish = (p: Pending) => {
    let value: CellValue = null;
    const v = p.v;
    switch (p.t) {
      case "s": {
        if (v === undefined || v.trim() === "") break;
        const text = strings.get(Number(v));
        if (text === undefined) throw new XmlError(`单元格引用了不存在的共享字符串（编号 ${v}）`);
        value = text;
        break;
      }
      case "inlineStr":
        value = p.inline ? unescapeXstring(p.inline.join("")) : v === undefined ? null : unescapeXstring(v);
        break;
      case "str":
        value = v === undefined ? null : unescapeXstring(v);
        break;
      case "b":
        value = v === undefined || v === "" ? null : v.trim() === "1" || v.trim() === "true";
        break;
      case "e":
        value = v === undefined ? null : v;
        break;
      case "d":
        value = v === undefined || v === "" ? null : isoText(v);
        break;
      default: {
        if (v === undefined || v.trim() === "") break;
        const n = Number(v);
        if (!Number.isFinite(n)) throw new XmlError(`单元格的数值“${v.slice(0, 20)}”无效`);
        const kind = styles.dateKind(p.s);
        value = (kind && serialText(n, kind, date1904)) ?? n;
      }
    }
    let formula: string | undefined;
    if (p.f) {
      const text = p.f.text;
      if (text.trim() !== "") {
        formula = `=${text}`;
        if (p.f.t === "shared" && p.f.si !== undefined) masters.set(p.f.si, { text, row: p.row, col: p.col });
      } else if (p.f.t === "shared" && p.f.si !== undefined) {
        const master = masters.get(p.f.si);
        if (master) formula = `=${shiftFormula(master.text, p.row - master.row, p.col - master.col)}`;
      }
    }
    if (value === null && !formula) return;
    const out: Cell = formula ? { value, formula } : { value };
    if (formula && v === undefined && p.t !== "inlineStr") out.uncalculated = true;
    (rows[p.row] ??= [])[p.col] = out;
  };

  const scanner: XmlScanner = new XmlScanner(
    {
      open(local, a, selfClosing) {
        const attrs = a as Attributes;
        if (root === undefined) {
          root = local;
          if (local !== "worksheet" && local !== "chartsheet" && local !== "dialogsheet" && local !== "macrosheet")
            throw new XmlError(`不是工作表（<${local}>）`);
          return;
        }
        switch (local) {
          case "sheetData":
            inData = !selfClosing;
            return;
          case "row": {
            if (!inData) return;
            const r = attrs.r === undefined ? row + 2 : Number(attrs.r);
            if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new XmlError(`行号“${attrs.r}”无效`);
            row = r - 1;
            col = -1;
            if (!decided && row >= topRows) {
              decided = true;
              if (!options.keepReading?.({ name, rows })) scanner.stopped = true;
            }
            return;
          }
          case "c": {
            if (!inData) return;
            let at: { row: number; col: number } | undefined;
            if (attrs.r !== undefined) {
              at = cellRef(attrs.r);
              if (!at) throw new XmlError(`单元格地址“${attrs.r}”无效`);
            } else {
              if (row < 0) row = 0;
              at = { row, col: col + 1 };
              if (at.col >= MAX_COL) throw new XmlError("一行中的单元格超出了 XFD 列");
            }
            col = at.col;
            if (selfClosing) return;
            cell = { row: at.row, col: at.col, s: Number(attrs.s ?? 0) || 0, t: attrs.t ?? "n" };
            return;
          }
          case "f":
            if (!cell) return;
            cell.f = { t: attrs.t, si: attrs.si, text: "" };
            target = "f";
            scanner.capture = !selfClosing;
            return;
          case "v":
            if (!cell) return;
            cell.v = "";
            target = "v";
            scanner.capture = !selfClosing;
            return;
          case "is":
            if (cell && !selfClosing) {
              inInline = true;
              cell.inline = [];
            }
            return;
          case "rPh":
            if (!selfClosing) phonetic++;
            return;
          case "t":
            if (cell && inInline && phonetic === 0 && !selfClosing) {
              target = "t";
              scanner.capture = true;
            }
            return;
          case "mergeCell": {
            const range = attrs.ref === undefined ? undefined : parseRange(attrs.ref);
            if (range) merges.push(range);
            return;
          }
        }
      },
      close(local) {
        switch (local) {
          case "c":
            if (cell) finish(cell);
            cell = undefined;
            return;
          case "f":
          case "v":
          case "t":
            scanner.capture = false;
            target = undefined;
            return;
          case "is":
            inInline = false;
            return;
          case "rPh":
            phonetic--;
            return;
          case "sheetData":
            inData = false;
            return;
        }
      },
      text(t) {
        if (!cell) return;
        if (target === "v") cell.v = (cell.v ?? "") + t;
        else if (target === "f" && cell.f) cell.f.text += t;
        else if (target === "t") cell.inline?.push(t);
      },
    },
    (local) => WANTED.has(local),
  );

  let decoder: TextDecoder | undefined;
  for await (const chunk of chunks) {
    if (!decoder) decoder = new TextDecoder(encodingOf(chunk));
    scanner.write(decoder.decode(chunk, { stream: true }));
    if (scanner.stopped) break;
  }
  if (!scanner.stopped) {
    if (decoder) scanner.write(decoder.decode());
    scanner.end();
  }
  for (const m of merges) blankHidden(rows, m);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return merges.length > 0 ? { name, rows, merges } : { name, rows };
}

/** Excel shows only a merged range's top-left cell; a value another program left in the others is hidden. */
function blankHidden(rows: (Cell | undefined)[][], m: CellRange): void {
  for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
    const line = rows[r];
    if (!line) continue;
    for (let c = m.left; c <= Math.min(m.right, line.length - 1); c++) {
      if ((r !== m.top || c !== m.left) && line[c] !== undefined && inRange(m, r, c)) line[c] = undefined;
    }
  }
}

/** The encoding of an XML part, from its byte order mark (UTF-8 when there is none, as OOXML parts are). */
export function encodingOf(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** An ISO 8601 date cell (t="d") as text: "2024-01-01", with its time when it has one. */
function isoText(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/.exec(v.trim());
  if (!m) return v;
  const time = m[2] && !/^00:00(:00)?$/.test(m[2]) ? ` ${m[2].length === 5 ? `${m[2]}:00` : m[2]}` : "";
  return `${m[1]}${time}`;
}
