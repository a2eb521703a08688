import { suggestInput, type Framework } from "../scoring";
import { isBlank, shown } from "./args";
import { invalid } from "./errors";

export interface RangeInputs {
  /** Input id → the value beside it. */
  values: Record<string, unknown>;
  /** First-column entries that are neither an input id nor an input's label (headers, notes, typos). */
  unknown: string[];
}

/**
 * Reads a two-column range (input id or its Chinese label, value) such as a 基础数据 sheet. Rows without an id are
 * skipped; an id given twice is an error, since either value could be meant.
 */
export function readRange(framework: Framework, raw: unknown, name: string): RangeInputs {
  if (isBlank(raw)) throw invalid(`缺少${name}`);
  const rows = Array.isArray(raw) ? (raw as unknown[]) : [[raw]];
  const values: Record<string, unknown> = {};
  const unknown: string[] = [];
  const byLabel = new Map(framework.inputs.map((d) => [d.label, d]));
  const byId = new Map(framework.inputs.map((d) => [d.id, d]));
  for (const row of rows) {
    const cells = Array.isArray(row) ? (row as unknown[]) : [row];
    if (cells.length !== 2) throw invalid(`${name}应为两列（输入项代码、值），收到 ${cells.length} 列`);
    const [key, value] = cells;
    if (isBlank(key)) continue;
    const text = typeof key === "string" ? key.trim() : typeof key === "number" ? String(key) : shown(key);
    const def = byId.get(text) ?? byLabel.get(text);
    if (!def) {
      unknown.push(text);
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(values, def.id))
      throw invalid(`${name}中${def.label}（${def.id}）出现了不止一次`);
    values[def.id] = value;
  }
  return { values, unknown };
}

/** For an unknown entry that looks like one of `ids` mistyped: a hint naming the id it probably meant. */
export function hints(framework: Framework, unknown: readonly string[], ids: readonly string[]): string[] {
  return unknown.flatMap((key) => {
    const guess = suggestInput(framework, key);
    return guess && ids.includes(guess.id) ? [`区域中的“${key}”不是输入项代码，是否应为 ${guess.id}？`] : [];
  });
}
