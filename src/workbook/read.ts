import {
  commonIndicators,
  nameOf,
  personalBlock,
  type EffectIndicatorInput,
  type Framework,
  type InputDef,
} from "../scoring";
import { nearest } from "../scoring/suggest";
import { finding, type Finding } from "./finding";
import { findLabelledValue, findTable, normalizeLabel, type Table } from "./find";
import {
  DEPARTMENT_LABEL,
  EFFECT_COLUMNS,
  FRAMEWORK_COLUMNS,
  INPUT_COLUMNS,
  parseGroupLabel,
  SHEETS,
  TOTAL_LABEL,
  YEAR_LABEL,
} from "./layout";
import {
  cellAt,
  isEmpty,
  textAt,
  valueAt,
  type Cell,
  type CellRef,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "./snapshot";

/** Unknown rows listed one by one (more are counted), and rows whose label is matched by edit distance. */
const MAX_LISTED = 20;
const MAX_GUESSES = 200;

export type InputTable = Table<keyof typeof INPUT_COLUMNS>;
export type EffectTable = Table<keyof typeof EFFECT_COLUMNS>;
export type FrameworkTable = Table<keyof typeof FRAMEWORK_COLUMNS>;

/**
 * Whether a table's rows are the framework's: at least one is, and more than half of the rows that name anything. A
 * department's own table may share PERF's header words (项目, 值; 三级指标, 分值, 得分) but not the framework's codes,
 * ids and labels; PERF's own table keeps them even with its 代码 column deleted or a few rows renamed or added.
 */
export function mostlyOwn(known: number, named: number): boolean {
  return known > 0 && known * 2 > named;
}

/** Rows of a 基础数据 table that name one of the framework's inputs exactly (by id or label), of all that name one. */
export function inputRowsKnown(table: InputTable, framework: Framework): { known: number; named: number } {
  const { sheet, headerRow, columns } = table;
  const ids = new Set(framework.inputs.map((d) => d.id));
  const labels = new Set(framework.inputs.map((d) => normalizeLabel(d.label)));
  let known = 0;
  let named = 0;
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const id = columns.id !== undefined ? textAt(sheet, row, columns.id) : "";
    const label = columns.label !== undefined ? textAt(sheet, row, columns.label) : "";
    if (!id && !label) continue;
    named++;
    if (ids.has(id) || (label && labels.has(normalizeLabel(label)))) known++;
  }
  return { known, named };
}

/** Rows of a 指标体系 table that are one of the framework's 三级 indicators (by code or name), of all that name one. */
export function frameworkRowsKnown(table: FrameworkTable, framework: Framework): { known: number; named: number } {
  const common = commonIndicators(framework);
  const codes = new Set(common.map((i) => i.code));
  const names = new Set(common.map((i) => normalizeLabel(i.name)));
  let known = 0;
  let named = 0;
  for (const r of readFrameworkTable(table).rows) {
    named++;
    if (codes.has(r.code) || (r.name && names.has(normalizeLabel(r.name)))) known++;
  }
  return { known, named };
}

/** Rows of a 效果性 table under the framework's 效果性 block (3.3.x), of all that give a code. */
export function effectRowsKnown(table: EffectTable, framework: Framework): { known: number; named: number } {
  const block = personalBlock(framework);
  const { sheet, headerRow, columns } = table;
  let known = 0;
  let named = 0;
  if (columns.code === undefined) return { known, named };
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const code = textAt(sheet, row, columns.code);
    if (!code) continue;
    named++;
    if (block && code.startsWith(`${block.code}.`)) known++;
  }
  return { known, named };
}

/**
 * The 基础数据 table. With the framework, only a table whose rows are mostly its inputs (mostlyOwn); without, any table
 * with the headers (the Office reader's first look at a sheet's top rows).
 */
export function findInputTable(wb: WorkbookSnapshot, framework?: Framework): InputTable | undefined {
  return findTable(
    wb,
    INPUT_COLUMNS,
    (c) => c.value !== undefined && (c.id !== undefined || c.label !== undefined),
    SHEETS.inputs,
    framework &&
      ((t) => {
        const { known, named } = inputRowsKnown(t, framework);
        return mostlyOwn(known, named) ? 1 : 0;
      }),
  );
}

/**
 * The 效果性 table. With the framework: one holding the department's own indicators of its 效果性 block first, then an
 * empty one (a template not yet filled); never one whose rows are something else.
 */
export function findEffectTable(wb: WorkbookSnapshot, framework?: Framework): EffectTable | undefined {
  return findTable(
    wb,
    EFFECT_COLUMNS,
    (c) => c.achievement !== undefined && c.points !== undefined,
    SHEETS.effect,
    framework &&
      ((t) => {
        const { known, named } = effectRowsKnown(t, framework);
        return named === 0 ? 1 : mostlyOwn(known, named) ? 2 : 0;
      }),
  );
}

/** The 指标体系 table. With the framework, only a table whose rows are mostly its 三级 indicators (mostlyOwn). */
export function findFrameworkTable(wb: WorkbookSnapshot, framework?: Framework): FrameworkTable | undefined {
  return findTable(
    wb,
    FRAMEWORK_COLUMNS,
    (c) => c.score !== undefined && c.points !== undefined && (c.code !== undefined || c.name !== undefined),
    SHEETS.framework,
    framework &&
      ((t) => {
        const { known, named } = frameworkRowsKnown(t, framework);
        return mostlyOwn(known, named) ? 1 : 0;
      }),
  );
}

const ref = (sheet: SheetSnapshot, row: number, col: number): CellRef => ({ sheet: sheet.name, row, col });

/**
 * A cell's value as the scoring core should see it: blank cells are absent, the result of a formula is its value. A
 * formula saved without its result is given as its text, so that it is an error on its cell, never a default value.
 */
function rawValue(cell: Cell | undefined): unknown {
  if (cell?.uncalculated && cell.formula) return cell.formula;
  if (!cell || isEmpty(cell.value)) return undefined;
  return cell.value;
}

export interface InputsRead {
  raw: Record<string, unknown>;
  /** The 值 cell of each input found, for findings and for import/export. */
  cells: Map<string, CellRef>;
  findings: Finding[];
}

/**
 * Reads the 基础数据 table: each row's input by its 代码, or by its 项目 label when the 代码 column is gone or the
 * code is unknown; a label that is nearly right is accepted with a warning.
 */
export function readInputs(table: InputTable, framework: Framework): InputsRead {
  const { sheet, headerRow, columns } = table;
  const raw: Record<string, unknown> = {};
  const cells = new Map<string, CellRef>();
  const findings: Finding[] = [];
  const byId = new Map(framework.inputs.map((d) => [d.id, d]));
  const byLabel = new Map(framework.inputs.map((d) => [normalizeLabel(d.label), d]));
  const labels = framework.inputs.map((d) => d.label);
  const valueCol = columns.value as number;
  let unknown = 0;
  let guesses = 0;

  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const id = columns.id !== undefined ? textAt(sheet, row, columns.id) : "";
    const label = columns.label !== undefined ? textAt(sheet, row, columns.label) : "";
    if (!id && !label) continue;
    let def: InputDef | undefined = byId.get(id) ?? (label ? byLabel.get(normalizeLabel(label)) : undefined);
    const where = ref(sheet, row, id && columns.id !== undefined ? columns.id : (columns.label ?? valueCol));
    if (def && id && def.id !== id) {
      findings.push(
        finding(
          "warning",
          "input-unknown",
          normalizeLabel(label) === normalizeLabel(def.label)
            ? `代码“${id}”不是输入项代码，已按项目名称识别为${nameOf(def)}`
            : `代码“${id}”不是输入项代码，已按项目名称“${label}”识别为${nameOf(def)}`,
          where,
          id,
        ),
      );
    }
    // Guessing is bounded: a sheet of thousands of stray rows costs a count, not minutes of edit distances.
    if (!def && label && !id && guesses++ < MAX_GUESSES) {
      const guess = nearest(label, labels);
      def = guess ? framework.inputs.find((d) => d.label === guess) : undefined;
      if (def)
        findings.push(
          finding("warning", "input-unknown", `项目“${label}”与框架用语不同，已识别为${nameOf(def)}`, where, def.id),
        );
    }
    if (!def) {
      if (++unknown > MAX_LISTED) continue;
      const guess =
        id && guesses++ < MAX_GUESSES
          ? nearest(
              id,
              framework.inputs.map((d) => d.id),
            )
          : undefined;
      const hint = guess ? `，已忽略；是否应为${nameOf(byId.get(guess) as InputDef)}？` : "，已忽略";
      findings.push(finding("warning", "input-unknown", `未知的输入项“${id || label}”${hint}`, where, id || label));
      continue;
    }
    const value = rawValue(cellAt(sheet, row, valueCol));
    if (cells.has(def.id)) {
      const first = cells.get(def.id) as CellRef;
      const same = JSON.stringify(raw[def.id]) === JSON.stringify(value);
      findings.push(
        finding(
          same ? "warning" : "error",
          "input-duplicate",
          `${nameOf(def)}重复出现（另见第 ${first.row + 1} 行）${same ? "，两处的值相同" : "，两处的值不同，已使用第一处；请删去多余的一行"}`,
          ref(sheet, row, valueCol),
          def.id,
        ),
      );
      continue;
    }
    cells.set(def.id, ref(sheet, row, valueCol));
    if (value !== undefined) raw[def.id] = value;
  }
  if (unknown > MAX_LISTED) {
    findings.push(
      finding(
        "warning",
        "input-unknown",
        `另有 ${unknown - MAX_LISTED} 行不是框架的输入项，已忽略`,
        ref(sheet, headerRow, columns.id ?? columns.label ?? valueCol),
      ),
    );
  }
  return { raw, cells, findings };
}

export interface EffectRead {
  effect: EffectIndicatorInput[];
  /** Each 3.3.x code's first row (its 指标代码 cell), and each sub-item's 达成度 cell, by "code/n". */
  cells: Map<string, CellRef>;
  findings: Finding[];
}

/** Reads the 效果性 table: one row per sub-item; a blank 指标代码 or 指标名称 continues the one above (merged cells). */
export function readEffect(table: EffectTable): EffectRead {
  const { sheet, headerRow, columns } = table;
  const byCode = new Map<string, EffectIndicatorInput>();
  const cells = new Map<string, CellRef>();
  const findings: Finding[] = [];
  let code = "";
  let name = "";
  const text = (row: number, col: number | undefined) => (col === undefined ? "" : textAt(sheet, row, col));
  const raw = (row: number, col: number | undefined) =>
    col === undefined ? undefined : rawValue(cellAt(sheet, row, col));
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const rowCode = text(row, columns.code);
    const rowName = text(row, columns.name);
    const item = text(row, columns.item);
    const points = raw(row, columns.points);
    const achievement = raw(row, columns.achievement);
    if (rowCode) {
      code = rowCode;
      name = rowName;
    } else if (rowName) {
      name = rowName;
    }
    if (!item && points === undefined && achievement === undefined) continue;
    if (!code) {
      findings.push(
        finding("error", "effect", `第 ${row + 1} 行的子项“${item}”没有指标代码`, ref(sheet, row, columns.code ?? 0)),
      );
      continue;
    }
    let indicator = byCode.get(code);
    if (!indicator) {
      indicator = { code, name, items: [] };
      byCode.set(code, indicator);
      cells.set(code, ref(sheet, row, columns.code ?? columns.name ?? 0));
    }
    indicator.items.push({ name: item || name, points, achievement });
    cells.set(`${code}/${indicator.items.length}`, ref(sheet, row, columns.achievement ?? 0));
  }
  return { effect: [...byCode.values()], cells, findings };
}

/** One 三级 row of the 指标体系 table, with the 一级 and 二级 it sits under. */
export interface FrameworkRow {
  row: number;
  code: string;
  name: string;
  points: CellValue;
  level1: { name: string; points?: string; row: number };
  level2: { name: string; points?: string; row: number };
  score: Cell | undefined;
  reasons: Cell | undefined;
}

export interface FrameworkRead {
  rows: FrameworkRow[];
  /** The 总计 row, when there is one. */
  totalRow?: number;
}

/** Reads the 指标体系 table; blank 一级/二级 cells continue the one above, as merged cells read. */
export function readFrameworkTable(table: FrameworkTable): FrameworkRead {
  const { sheet, headerRow, columns } = table;
  const text = (row: number, col: number | undefined) => (col === undefined ? "" : textAt(sheet, row, col));
  const rows: FrameworkRow[] = [];
  let level1 = { name: "", row: headerRow } as FrameworkRow["level1"];
  let level2 = { name: "", row: headerRow } as FrameworkRow["level2"];
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const l1 = text(row, columns.level1);
    const l2 = text(row, columns.level2);
    const name = text(row, columns.name);
    const code = text(row, columns.code);
    const isTotal = [l1, l2, name, code].some((t) => normalizeLabel(t) === TOTAL_LABEL);
    if (isTotal) return { rows, totalRow: row };
    if (l1) level1 = { ...parseGroupLabel(l1), row };
    if (l2) level2 = { ...parseGroupLabel(l2), row };
    if (!name && !code) continue;
    rows.push({
      row,
      code,
      name,
      points: columns.points === undefined ? null : valueAt(sheet, row, columns.points),
      level1,
      level2,
      score: columns.score === undefined ? undefined : cellAt(sheet, row, columns.score),
      reasons: columns.reasons === undefined ? undefined : cellAt(sheet, row, columns.reasons),
    });
  }
  return { rows };
}

/** 部门名称 and 评价年度 from wherever their labels are (the 说明 sheet in the template). */
export function readDepartment(wb: WorkbookSnapshot): {
  department?: string;
  year?: number;
  /** The 评价年度 cell's text as it reads, when it is not a year. */
  yearText?: string;
  departmentRef?: CellRef;
  yearRef?: CellRef;
} {
  const d = findLabelledValue(wb, DEPARTMENT_LABEL);
  const y = findLabelledValue(wb, YEAR_LABEL);
  const department = d ? textAt(d.sheet, d.row, d.col) || undefined : undefined;
  const yearText = y ? textAt(y.sheet, y.row, y.col).replace(/年(度)?$/, "") : "";
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  return {
    department,
    year,
    ...(year === undefined && yearText ? { yearText } : {}),
    departmentRef: d ? ref(d.sheet, d.row, d.col) : undefined,
    yearRef: y ? ref(y.sheet, y.row, y.col) : undefined,
  };
}
