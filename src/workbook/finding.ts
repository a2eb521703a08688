import { refAddress, type CellRef } from "./snapshot";

/** What kind of problem a finding is, so the pane can group them and tests can name them. */
export type FindingKind =
  | "not-perf"
  | "not-filled"
  | "table-missing"
  | "input"
  | "input-blank"
  | "input-unknown"
  | "input-duplicate"
  | "input-row-missing"
  | "indicator-missing"
  | "indicator-extra"
  | "indicator-renamed"
  | "points-changed"
  | "sum-mismatch"
  | "effect"
  | "score-differs"
  | "total-missing"
  | "merged-cell"
  | "score-stray"
  | "score-sum"
  | "formula-uncalculated"
  | "record"
  | "input-name"
  | "framework"
  /** A sheet the Office reader left out: Excel would not give even its first rows (src/office/read.ts). */
  | "sheet-unread"
  /** A figure of the 运行监控 sheet, or what monitoring needs of 基础数据. */
  | "monitor";

/** How findings and issues name their severity to the user. */
export const SEVERITY_WORDS = { error: "错误", warning: "提示" } as const;

/** One result of checking a workbook: how serious, what, in Chinese, and the cell it concerns. */
export interface Finding {
  severity: "error" | "warning";
  kind: FindingKind;
  message: string;
  /** The cell, as Excel writes it: 基础数据!D7. Absent only when no cell can be named (a missing sheet). */
  cell?: string;
  ref?: CellRef;
  /** The input id or indicator code concerned, when there is one. */
  subject?: string;
}

export function finding(
  severity: Finding["severity"],
  kind: FindingKind,
  message: string,
  ref?: CellRef,
  subject?: string,
): Finding {
  return { severity, kind, message, ...(ref ? { cell: refAddress(ref), ref } : {}), ...(subject ? { subject } : {}) };
}
