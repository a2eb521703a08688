import { columnIndex, columnName } from "../workbook";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * A shared formula as its dependent cell reads it (ECMA-376 Part 1, 18.3.1.40): the master's formula with every
 * relative reference moved by the distance from the master to the dependent; absolute parts ($A$1) stay. Text in
 * quotes, sheet names, structured references ([...]) and function names are left alone. A reference moved off the
 * sheet becomes #REF!, as Excel shows it.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  const boundaryBefore = (k: number) => k === 0 || !/[A-Za-z0-9_.\\]/.test(formula[k - 1]);
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal, or a quoted sheet name: copied to its closing quote (a doubled quote is one character).
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (boundaryBefore(i)) {
      const rest = formula.slice(i);
      const colRange = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!])/.exec(rest);
      if (colRange) {
        const a = moveCol(colRange[1], colRange[2], cols);
        const b = moveCol(colRange[3], colRange[4], cols);
        out += a === undefined || b === undefined ? "#REF!" : `${a}:${b}`;
        i += colRange[0].length;
        continue;
      }
      const rowRange = /^(\$?)(\d+):(\$?)(\d+)(?![0-9A-Za-z_(.])/.exec(rest);
      if (rowRange && /[(,:!=+\-*/^&<> ]/.test(formula[i - 1] ?? "=")) {
        const a = moveRow(rowRange[1], rowRange[2], rows);
        const b = moveRow(rowRange[3], rowRange[4], rows);
        out += a === undefined || b === undefined ? "#REF!" : `${a}:${b}`;
        i += rowRange[0].length;
        continue;
      }
      const cell = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/.exec(rest);
      if (cell) {
        const c = moveCol(cell[1], cell[2], cols);
        const r = moveRow(cell[3], cell[4], rows);
        out += c === undefined || r === undefined ? "#REF!" : `${c}${r}`;
        i += cell[0].length;
        continue;
      }
      const word = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(rest);
      if (word) {
        out += word[0];
        i += word[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function moveCol(dollar: string, letters: string, by: number): string | undefined {
  const index = columnIndex(letters);
  if (index >= MAX_COL) return undefined;
  if (dollar) return `$${letters}`;
  const moved = index + by;
  return moved < 0 || moved >= MAX_COL ? undefined : columnName(moved);
}

function moveRow(dollar: string, digits: string, by: number): string | undefined {
  const row = Number(digits);
  if (dollar) return `$${digits}`;
  const moved = row + by;
  return moved < 1 || moved > MAX_ROW ? undefined : String(moved);
}
