import type { ColumnSpec } from "./layout";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/** A table found by its header row: the sheet, the header's row, and the column of each header it has. */
export interface Table<K extends string> {
  sheet: SheetSnapshot;
  headerRow: number;
  columns: Partial<Record<K, number>>;
}

/** How far down a sheet a header row is looked for: titles and notes above a table are common, pages of them are not. */
export const HEADER_SEARCH_ROWS = 40;

export function normalizeLabel(text: string): string {
  // Most cells need nothing done; testing first saves four passes over each (this runs on every header candidate).
  if (!/[\s（）／A-Z]/.test(text)) return text;
  return text.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/／/g, "/").toLowerCase();
}

/** No header or label is longer; longer cells (the 参考评分标准 texts) are never normalized. */
const LABEL_MAX_LENGTH = 24;

/** The normalized text of the cells near the top of a sheet, computed once per sheet: every search reads it. */
const topTexts = new WeakMap<SheetSnapshot, string[][]>();

function normalizedTop(sheet: SheetSnapshot): string[][] {
  let grid = topTexts.get(sheet);
  if (!grid) {
    const rows = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    grid = Array.from({ length: rows }, (_, r) =>
      Array.from(sheet.rows[r] ?? [], (cell) => {
        const v = cell?.value;
        return typeof v === "string" && v.length <= LABEL_MAX_LENGTH ? normalizeLabel(v) : "";
      }),
    );
    topTexts.set(sheet, grid);
  }
  return grid;
}

function wantedLabels<K extends string>(spec: Record<K, ColumnSpec>): Map<string, K> {
  const wanted = new Map<string, K>();
  for (const key of Object.keys(spec) as K[]) {
    for (const label of [spec[key].label, ...(spec[key].aliases ?? [])]) {
      const n = normalizeLabel(label);
      if (!wanted.has(n)) wanted.set(n, key);
    }
  }
  return wanted;
}

function matchHeaders<K extends string>(texts: readonly string[], wanted: Map<string, K>): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  texts.forEach((text, c) => {
    const key = text ? wanted.get(text) : undefined;
    // The first column with a label wins; a second one is someone's copy or note, not the table's.
    if (key !== undefined && columns[key] === undefined) columns[key] = c;
  });
  return columns;
}

/**
 * Finds the table whose header row has the columns `isTable` requires, on any sheet and in any row near the top.
 * A sheet with the expected name is preferred when several qualify; otherwise the first in workbook order. With
 * `rank`, a table's rows decide first: a table ranked 0 is not the one sought (generic headers such as 分值 and 得分
 * head many a department's own table), and the highest rank wins.
 */
export function findTable<K extends string>(
  workbook: WorkbookSnapshot,
  spec: Record<K, ColumnSpec>,
  isTable: (columns: Partial<Record<K, number>>) => boolean,
  preferredSheet: string,
  rank?: (table: Table<K>) => number,
): Table<K> | undefined {
  const found: Table<K>[] = [];
  const wanted = wantedLabels(spec);
  for (const sheet of workbook.sheets) {
    const top = normalizedTop(sheet);
    for (let row = 0; row < top.length; row++) {
      const columns = matchHeaders(top[row], wanted);
      if (isTable(columns)) {
        found.push({ sheet, headerRow: row, columns });
        break;
      }
    }
  }
  if (!rank) return found.find((t) => t.sheet.name === preferredSheet) ?? found[0];
  const ranked = found.map((t) => ({ t, rank: rank(t) })).filter((r) => r.rank > 0);
  const best = Math.max(0, ...ranked.map((r) => r.rank));
  const top = ranked.filter((r) => r.rank === best).map((r) => r.t);
  return top.find((t) => t.sheet.name === preferredSheet) ?? top[0];
}

/** The cell to the right of (or below) a label such as 部门名称, anywhere in the workbook. */
export function findLabelledValue(
  workbook: WorkbookSnapshot,
  label: string,
): { sheet: SheetSnapshot; row: number; col: number } | undefined {
  const target = normalizeLabel(label);
  for (const sheet of workbook.sheets) {
    const top = normalizedTop(sheet);
    for (let row = 0; row < top.length; row++) {
      const col = top[row].findIndex((text) => text.replace(/[:：]$/, "") === target);
      if (col >= 0) return { sheet, row, col: col + 1 };
    }
  }
  return undefined;
}
