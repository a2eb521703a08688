import { a1, parseRange, rangeAddress, type CellRange, type CellValue } from "../workbook";
import { WorkbookLoadError } from "./errors";
import { shiftFormula } from "./formula";
import { escapeText, escapeXstring, scanXml } from "./xml";

/** One cell to write: its value, or a formula with its cached value; `style` picks the cell format. */
export interface CellEdit {
  row: number;
  col: number;
  value: CellValue;
  formula?: string;
}

/** Picks the style index of a written cell from the one it had (or would show, for a new cell). */
export type StyleFor = (edit: CellEdit, current: number) => number;

interface RowSpan {
  r: number;
  hasR: boolean;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  qname: string;
  style?: number;
  spans?: { at: number; end: number; min: number; max: number };
  cells: CellSpan[];
  lastCol: number;
}

interface CellSpan {
  col: number;
  hasR: boolean;
  start: number;
  end: number;
  qnameEnd: number;
  style: number;
  formula?: { t?: string; si?: string; ref?: string; start: number; end: number; textStart?: number; textEnd?: number };
}

/**
 * Rewrites only the given cells of a worksheet's XML: every other byte of the part stays as it was. A written cell
 * keeps its cell format (or takes the one its row or column shows); text is written as an inline string, so the
 * shared string table is never touched. A formula shared from a cell PERF replaces is written out in full in the
 * cells that still use it; a cell inside an array formula is refused. `sheetLabel` names the sheet in messages.
 */
export function editSheetCells(
  xml: string,
  edits: readonly CellEdit[],
  styleFor: StyleFor,
  sheetLabel: string,
): { xml: string; formulaReplaced: boolean } {
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const e of edits) {
    let row = byRow.get(e.row);
    if (!row) byRow.set(e.row, (row = new Map()));
    row.set(e.col, e);
  }
  const rows: RowSpan[] = [];
  const cols: { min: number; max: number; style: number }[] = [];
  const masters = new Map<string, { text: string; row: number; col: number; edited: boolean }>();
  const dependents: { si: string; row: number; col: number; start: number; end: number; edited: boolean }[] = [];
  const arrays: CellRange[] = [];
  let prefix = "";
  let sheetData: { start: number; end: number; selfClosing: boolean; closeStart?: number } | undefined;
  let dimension: { start: number; end: number; ref: string } | undefined;
  let row: RowSpan | undefined;
  let cell: CellSpan | undefined;
  let inData = false;
  let first = true;
  let lastRow = -1;

  scanXml(
    xml,
    {
      open(local, a, selfClosing, start, end) {
        const attrs = a ?? {};
        if (first) {
          first = false;
          const qname = /^<([^\s/>]+)/.exec(xml.slice(start, end))?.[1] ?? local;
          prefix = qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "";
          return;
        }
        if (local === "dimension" && attrs.ref) dimension = { start, end, ref: attrs.ref };
        else if (local === "col") {
          cols.push({ min: Number(attrs.min), max: Number(attrs.max), style: Number(attrs.style ?? 0) || 0 });
        } else if (local === "sheetData") {
          sheetData = { start, end, selfClosing };
          inData = !selfClosing;
        } else if (local === "row" && inData) {
          const r = attrs.r === undefined ? lastRow + 1 : Number(attrs.r) - 1;
          lastRow = r;
          const qname = /^<([^\s/>]+)/.exec(xml.slice(start, end))?.[1] ?? "row";
          const spans = /\bspans\s*=\s*"(\d+):(\d+)"/.exec(xml.slice(start, end));
          row = {
            r,
            hasR: attrs.r !== undefined,
            start,
            openEnd: end,
            closeStart: end,
            end,
            selfClosing,
            qname,
            cells: [],
            lastCol: -1,
            ...(attrs.customFormat === "1" || attrs.customFormat === "true"
              ? { style: Number(attrs.s ?? 0) || 0 }
              : {}),
            ...(spans
              ? {
                  spans: {
                    at: start + spans.index,
                    end: start + spans.index + spans[0].length,
                    min: Number(spans[1]),
                    max: Number(spans[2]),
                  },
                }
              : {}),
          };
          rows.push(row);
          if (selfClosing) row = undefined;
        } else if (local === "c" && row) {
          const col = attrs.r === undefined ? row.lastCol + 1 : (parseRange(attrs.r)?.left ?? -1);
          row.lastCol = col;
          const qnameEnd = start + 1 + (/^<([^\s/>]+)/.exec(xml.slice(start, end))?.[1].length ?? 1);
          cell = { col, hasR: attrs.r !== undefined, start, end, qnameEnd, style: Number(attrs.s ?? 0) || 0 };
          // Only the rows written to keep their cells: a long sheet costs its rows, not its cells.
          if (byRow.has(row.r)) row.cells.push(cell);
          if (selfClosing) cell = undefined;
        } else if (local === "f" && cell && row) {
          cell.formula = { t: attrs.t, si: attrs.si, ref: attrs.ref, start, end: end };
          if (!selfClosing) cell.formula.textStart = end;
          const edited = byRow.get(row.r)?.has(cell.col) ?? false;
          if (attrs.t === "array" && attrs.ref) {
            const range = parseRange(attrs.ref);
            if (range && (range.bottom > range.top || range.right > range.left)) arrays.push(range);
          }
          if (attrs.t === "shared" && attrs.si !== undefined && selfClosing) {
            dependents.push({ si: attrs.si, row: row.r, col: cell.col, start, end, edited });
          }
        }
      },
      close(local, start, end) {
        if (local === "f" && cell?.formula) {
          cell.formula.textEnd = start;
          cell.formula.end = end;
          const f = cell.formula;
          const text = xml.slice(f.textStart ?? start, start);
          if (f.t === "shared" && f.si !== undefined && row) {
            if (text.trim() !== "") {
              masters.set(f.si, { text, row: row.r, col: cell.col, edited: byRow.get(row.r)?.has(cell.col) ?? false });
            } else {
              const edited = byRow.get(row.r)?.has(cell.col) ?? false;
              dependents.push({ si: f.si, row: row.r, col: cell.col, start: f.start, end, edited });
            }
          }
        } else if (local === "c" && cell) {
          cell.end = end;
          cell = undefined;
        } else if (local === "row" && row) {
          row.closeStart = start;
          row.end = end;
          row = undefined;
        } else if (local === "sheetData" && sheetData) {
          sheetData.closeStart = start;
          inData = false;
        }
      },
    },
    (local) => local === "row" || local === "c" || local === "f" || local === "col" || local === "dimension",
  );
  if (!sheetData) throw new WorkbookLoadError(`工作表“${sheetLabel}”没有单元格区（sheetData），无法写入`);

  for (const e of edits) {
    const inside = arrays.find((r) => e.row >= r.top && e.row <= r.bottom && e.col >= r.left && e.col <= r.right);
    if (inside) {
      throw new WorkbookLoadError(
        `${sheetLabel}!${a1(e.row, e.col)} 属于数组公式 ${rangeAddress(inside)}，无法单独改写：请先在 Excel 中删除该数组公式再评分`,
      );
    }
  }

  const replacements: { start: number; end: number; text: string }[] = [];
  let formulaReplaced = false;
  const defaultStyle = (r: RowSpan | undefined, col: number) =>
    r?.style ?? cols.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? 0;
  const cellXml = (e: CellEdit, style: number) => newCell(prefix, e, styleFor(e, style));

  const rowByIndex = new Map(rows.map((r) => [r.r, r]));
  const rewritten = new Set([...byRow.keys()].filter((r) => rowByIndex.get(r)?.selfClosing));
  // Rows (and their cells) without an explicit r get one, so that no position can shift.
  const needExplicitRows = rows.some((r) => !r.hasR);
  for (const r of rows) {
    const at = r.start + 1 + r.qname.length;
    if (needExplicitRows && !r.hasR && !rewritten.has(r.r))
      replacements.push({ start: at, end: at, text: ` r="${r.r + 1}"` });
  }

  const newRows = new Map<number, string[]>(); // insertion point (-1: into an empty <sheetData/>) → rows
  for (const [r, cells] of [...byRow].sort((x, y) => x[0] - y[0])) {
    const existing = rowByIndex.get(r);
    const sorted = [...cells.values()].sort((x, y) => x.col - y.col);
    if (!existing) {
      const text = `<${prefix}row r="${r + 1}">${sorted.map((e) => cellXml(e, defaultStyle(undefined, e.col))).join("")}</${prefix}row>`;
      const next = rows.find((x) => x.r > r);
      const at = next ? next.start : sheetData.selfClosing ? -1 : (sheetData.closeStart as number);
      newRows.set(at, [...(newRows.get(at) ?? []), text]);
      continue;
    }
    let pending = 0;
    const take = (limit: number) => {
      let text = "";
      while (pending < sorted.length && sorted[pending].col < limit) {
        text += cellXml(sorted[pending], defaultStyle(existing, sorted[pending].col));
        pending++;
      }
      return text;
    };
    if (existing.selfClosing) {
      const open = xml.slice(existing.start, existing.end - 2).replace(/\s+$/, "");
      const withR = existing.hasR ? open : open.replace(/^<[^\s/>]+/, (m) => `${m} r="${r + 1}"`);
      replacements.push({
        start: existing.start,
        end: existing.end,
        text: `${withR}>${take(Infinity)}</${existing.qname}>`,
      });
    } else {
      for (const c of existing.cells) {
        const before = take(c.col);
        if (before) replacements.push({ start: c.start, end: c.start, text: before });
        const e = cells.get(c.col);
        if (e && sorted[pending] === e) {
          if (c.formula) formulaReplaced = true;
          replacements.push({ start: c.start, end: c.end, text: cellXml(e, c.style) });
          pending++;
        } else if (!c.hasR) {
          replacements.push({ start: c.qnameEnd, end: c.qnameEnd, text: ` r="${a1(r, c.col)}"` });
        }
      }
      const rest = take(Infinity);
      if (rest) replacements.push({ start: existing.closeStart, end: existing.closeStart, text: rest });
    }
    if (existing.spans) {
      const min = Math.min(existing.spans.min, sorted[0].col + 1);
      const max = Math.max(existing.spans.max, sorted[sorted.length - 1].col + 1);
      if (min !== existing.spans.min || max !== existing.spans.max)
        replacements.push({ start: existing.spans.at, end: existing.spans.end, text: `spans="${min}:${max}"` });
    }
  }
  for (const [at, texts] of newRows) {
    if (at >= 0) {
      replacements.push({ start: at, end: at, text: texts.join("") });
    } else {
      const open = xml.slice(sheetData.start, sheetData.end - 2).replace(/\s+$/, "");
      const qname = /^<([^\s/>]+)/.exec(open)?.[1] ?? "sheetData";
      replacements.push({ start: sheetData.start, end: sheetData.end, text: `${open}>${texts.join("")}</${qname}>` });
    }
  }

  // A shared formula whose master is overwritten: each cell still using it gets the formula written out.
  for (const d of dependents) {
    const master = masters.get(d.si);
    if (!master?.edited || d.edited) continue;
    const text = shiftFormula(master.text, d.row - master.row, d.col - master.col);
    replacements.push({ start: d.start, end: d.end, text: `<${prefix}f>${escapeText(text)}</${prefix}f>` });
  }

  if (dimension && edits.length > 0) {
    const range = parseRange(dimension.ref.split(":").length > 2 ? "A1" : dimension.ref);
    if (range) {
      const grown = { ...range };
      for (const e of edits) {
        grown.top = Math.min(grown.top, e.row);
        grown.left = Math.min(grown.left, e.col);
        grown.bottom = Math.max(grown.bottom, e.row);
        grown.right = Math.max(grown.right, e.col);
      }
      const ref = rangeAddress(grown);
      if (ref !== rangeAddress(range)) {
        const tag = xml.slice(dimension.start, dimension.end);
        replacements.push({
          start: dimension.start,
          end: dimension.end,
          text: tag.replace(/\bref\s*=\s*("[^"]*"|'[^']*')/, `ref="${ref}"`),
        });
      }
    }
  }
  return { xml: splice(xml, replacements), formulaReplaced };
}

function splice(xml: string, list: { start: number; end: number; text: string }[]): string {
  const replacements = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const r of replacements) {
    if (r.start < at) throw new Error("internal: overlapping edits of a sheet");
    parts.push(xml.slice(at, r.start), r.text);
    at = r.end;
  }
  parts.push(xml.slice(at));
  return parts.join("");
}

/** A <c> element for a written cell. */
export function newCell(prefix: string, e: CellEdit, style: number): string {
  const ref = a1(e.row, e.col);
  const s = style ? ` s="${style}"` : "";
  const v = (text: string) => `<${prefix}v>${text}</${prefix}v>`;
  if (e.formula) {
    const f = `<${prefix}f>${escapeText(e.formula.replace(/^=/, ""))}</${prefix}f>`;
    if (e.value === null) return `<${prefix}c r="${ref}"${s}>${f}</${prefix}c>`;
    if (typeof e.value === "number") return `<${prefix}c r="${ref}"${s}>${f}${v(String(e.value))}</${prefix}c>`;
    if (typeof e.value === "boolean")
      return `<${prefix}c r="${ref}"${s} t="b">${f}${v(e.value ? "1" : "0")}</${prefix}c>`;
    const t = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA)$/.test(e.value) ? "e" : "str";
    return `<${prefix}c r="${ref}"${s} t="${t}">${f}${v(escapeXstring(e.value))}</${prefix}c>`;
  }
  if (e.value === null || e.value === "") return style ? `<${prefix}c r="${ref}"${s}/>` : "";
  if (typeof e.value === "number") return `<${prefix}c r="${ref}"${s}>${v(String(e.value))}</${prefix}c>`;
  if (typeof e.value === "boolean") return `<${prefix}c r="${ref}"${s} t="b">${v(e.value ? "1" : "0")}</${prefix}c>`;
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXstring(e.value)}</${prefix}t></${prefix}is></${prefix}c>`;
}
