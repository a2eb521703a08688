import { coerce } from "../coerce";
import type { Dec } from "../decimal";
import type { Framework } from "../framework";
import type { Issue } from "../types";
import { BUDGET, cellName, ledgerColumns, SPENT, type LedgerColumn } from "./figures";
import { money } from "./status";

/** One row of the 运行监控 sheet as read: its 月份 cell and its figures by column code, each as the cell holds it. */
export interface LedgerRow {
  month: unknown;
  values: Readonly<Record<string, unknown>>;
}

/** The `input` of an issue about the 月份 cell of the ledger's row `index` (0-based, in the sheet's order). */
export function monthKey(index: number): string {
  return `month#${index}`;
}

/** A month's figures that could be read, by column code. */
export interface MonthFigures {
  month: number;
  /** Index of its row among the ledger's rows. */
  index: number;
  values: Map<string, Dec>;
}

export interface ReadLedger {
  months: Map<number, MonthFigures>;
  columns: LedgerColumn[];
  /** Every problem, its `input` the figure's cell name (spent_m7) or a 月份 cell's key (monthKey). */
  issues: Issue[];
  /** Cell names whose value is wrong: nothing is computed from them. */
  invalid: Set<string>;
}

const isBlank = (raw: unknown) => raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");

/** 7, "7", "07", "7月", "7 月" as the month 7; anything else is not a month. */
function monthOf(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= 12 ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  const m = /^\s*0?(\d{1,2})\s*(月份?)?\s*$/.exec(raw);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 12 ? n : undefined;
}

function shown(raw: unknown): string {
  return typeof raw === "string" ? `“${raw}”` : String(raw);
}

/**
 * Reads the 运行监控 sheet's rows against the framework's columns: every figure as its type (money in 万元, counts
 * whole), months from 1 to 12 each once and in order, 累计支出 never above that month's 预算数, and cumulative figures
 * never falling from one filled month to the next (a month's own spending typed where the total to date belongs is
 * the usual cause). Every problem names its cell by its column and month; nothing wrong is read as 0.
 */
export function readLedger(framework: Framework, rows: readonly LedgerRow[]): ReadLedger {
  const columns = ledgerColumns(framework);
  const issues: Issue[] = [];
  const invalid = new Set<string>();
  const months = new Map<number, MonthFigures>();
  const error = (input: string, message: string) => {
    issues.push({ severity: "error", input, message });
    invalid.add(input);
  };
  let last = 0;
  rows.forEach((row, index) => {
    const filled = columns.filter((c) => !isBlank(row.values[c.id]));
    if (isBlank(row.month)) {
      if (filled.length > 0) error(monthKey(index), `这一行填了${filled[0].name}，却没有月份：请填 1 至 12 月`);
      return;
    }
    const month = monthOf(row.month);
    if (month === undefined) {
      error(monthKey(index), `月份应为 1 至 12 月，这里是${shown(row.month)}`);
      return;
    }
    if (months.has(month)) {
      error(monthKey(index), `${month} 月出现了两次：每个月只填一行`);
      return;
    }
    if (month < last) {
      error(monthKey(index), `${month} 月排在 ${last} 月之后：月份应从上到下逐月排列`);
      return;
    }
    last = month;
    const values = new Map<string, Dec>();
    for (const c of filled) {
      const name = cellName(c.id, month);
      const read = coerce(row.values[c.id], { type: c.type }, `${month} 月${c.name}`);
      if (!read.ok) error(name, read.error);
      else {
        values.set(c.id, read.value as Dec);
        for (const w of read.warnings) issues.push({ severity: "warning", input: name, message: w });
      }
    }
    months.set(month, { month, index, values });
  });

  // Within a month: what was spent cannot exceed the budget it was spent from.
  for (const { month, values } of months.values()) {
    const [budget, spent] = [values.get(BUDGET), values.get(SPENT)];
    if (budget && spent && spent.greaterThan(budget)) {
      values.delete(SPENT); // nothing is computed from a figure with an error
      error(
        cellName(SPENT, month),
        `${month} 月累计支出 ${money(spent)} 万元大于当月预算数 ${money(budget)} 万元：累计支出不能超过预算数，请核对`,
      );
    }
  }
  // From month to month: a cumulative figure never falls.
  for (const c of columns.filter((x) => x.cumulative)) {
    let before: { month: number; value: Dec } | undefined;
    for (const { month, values } of [...months.values()].sort((a, b) => a.month - b.month)) {
      const value = values.get(c.id);
      if (!value) continue;
      if (before && value.lessThan(before.value)) {
        values.delete(c.id);
        error(
          cellName(c.id, month),
          `${month} 月${c.name} ${money(value)} 万元少于 ${before.month} 月的 ${money(before.value)} 万元：应填年初至当月末的累计数，请核对是否填成了当月数`,
        );
      } else before = { month, value };
    }
  }
  return { months, columns, issues, invalid };
}
